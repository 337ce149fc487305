import { describe, expect, it } from 'vitest';
import { bowls } from '../../../src-core/index.ts';
import { runDescent as runOn, type DescentSpec } from './runDescent.ts';

const book = { x0: -3, x1: 4, steps: 100 };
const runDescent = (spec: Omit<DescentSpec, 'optimizer'>) => runOn(bowls.sphere, { ...spec, optimizer: 'SGD' });

describe('runDescent (SGD on x0² + x1² is the book’s gradient_descent, with what the panel reports)', () => {
  it('gives the book’s final points at lr 0.1, 10 and 1e-10 from a fresh (−3, 4)', () => {
    const final = (lr: number) => Array.from(runDescent({ ...book, lr, gradient: 'numerical' }).path[100].x);
    expect(final(0.1)).toEqual([-6.111107928998789e-10, 8.148143905314271e-10]);
    expect(final(10)).toEqual([-25898374737328.363, -1295248616896.5398]);
    expect(final(1e-10)).toEqual([-2.999999939999995, 3.9999999199999934]);
  });

  it('finds the freeze at step 10 with the numerical gradient at lr 10, and none at lr 0.1', () => {
    const frozen = runDescent({ ...book, lr: 10, gradient: 'numerical' });
    expect(frozen.frozenAt).toBe(10);
    expect(frozen.infiniteAt).toBeNull();
    expect(runDescent({ ...book, lr: 0.1, gradient: 'numerical' }).frozenAt).toBeNull();
    // At the minimum the gradient is 0 too, but that is convergence, not a freeze.
    expect(runDescent({ x0: 0, x1: 0, steps: 5, lr: 0.1, gradient: 'numerical' }).frozenAt).toBeNull();
  });

  it('reports the exact gradient’s overflow at lr 10: finite at 100 steps, Infinity at 241, NaN from 242', () => {
    const hundred = runDescent({ ...book, lr: 10, gradient: 'exact' });
    expect(Array.from(hundred.path[100].x)).toEqual([-2.2515487259475596e128, 3.002064967930081e128]);
    expect(hundred.infiniteAt).toBeNull();
    const long = runDescent({ ...book, steps: 300, lr: 10, gradient: 'exact' });
    expect(long.error).toBeNull();
    expect(long.infiniteAt).toBe(241);
    expect(long.nanAt).toBe(242);
    expect(Array.from(long.path[241].x)).toEqual([Infinity, -Infinity]);
    expect(long.maxFinite).toBe(3.18364195994629e307);
  });
});

describe('runDescent with chapter 6’s optimizers', () => {
  it('gives the Figure 6-8 end points (x²/20 + y², the book’s df) and f along the way', () => {
    const run = (optimizer: DescentSpec['optimizer'], lr: number) => runOn(bowls.bowl, { x0: -7, x1: 2, steps: 30, lr, gradient: 'exact', optimizer });
    expect(Array.from(run('Adam', 0.3).path[30].x)).toEqual([0.13600685239498186, 0.31824537553721943]);
    const sgd = run('SGD', 0.95);
    expect(Array.from(sgd.path[30].x)).toEqual([-0.3503929957523197, 0.0847823165504322]);
    expect(sgd.fValues[0]).toBe(6.45);
    expect(sgd.fValues).toHaveLength(31);
  });
});
