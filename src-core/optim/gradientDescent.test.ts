import { describe, expect, it } from 'vitest';
import { gradientDescent } from './gradientDescent.ts';
import { function2, function2Gradient } from '../functions/functions.ts';
import fixture from '../grad/fixtures/grad.json';

// The fixture stores NaN and ±Infinity as strings (JSON has no such numbers).
const num = (v: number | string) => (typeof v === 'number' ? v : Number(v));
const nums = (a: (number | string)[]) => a.map(num);
const bits = (a: ArrayLike<number>) => Array.from(a);

describe('gradientDescent', () => {
  it('reproduces REFERENCE.md, each run from a fresh (-3, 4)', () => {
    const init = [-3, 4];
    expect(bits(gradientDescent(function2, init, { lr: 0.1, stepNum: 100 }).x)).toEqual([-6.111107928998789e-10, 8.148143905314271e-10]);
    expect(bits(gradientDescent(function2, init, { lr: 10, stepNum: 100 }).x)).toEqual([-25898374737328.363, -1295248616896.5398]);
    expect(bits(gradientDescent(function2, init, { lr: 1e-10, stepNum: 100 }).x)).toEqual([-2.999999939999995, 3.9999999199999934]);
    expect(init).toEqual([-3, 4]);
  });

  it.each(fixture.descent.map((r) => [`lr ${r.lr}, ${r.stepNum} steps, ${r.exact ? 'exact' : 'numerical'} gradient`, r] as const))(
    'follows numpy point by point: %s',
    (_, run) => {
      const gradient = run.exact ? function2Gradient : undefined;
      const { x, path } = gradientDescent(function2, run.init, { lr: run.lr, stepNum: run.stepNum, gradient });
      expect(bits(x)).toEqual(nums(run.x));
      expect(path).toHaveLength(run.stepNum + 1);
      path.forEach((p, k) => expect(bits(p.x), `x at step ${k}`).toEqual(nums(run.path[k])));
      path.slice(0, -1).forEach((p, k) => expect(bits(p.grad ?? []), `grad at step ${k}`).toEqual(nums(run.grads[k])));
      expect(path[run.stepNum].grad).toBeNull();
    },
  );

  it('freezes at lr 10: near 1e13 the central difference of x² cancels to exactly 0', () => {
    const { path } = gradientDescent(function2, [-3, 4], { lr: 10, stepNum: 100 });
    const frozenFrom = path.findIndex((p) => p.grad !== null && p.grad[0] === 0 && p.grad[1] === 0);
    expect(frozenFrom).toBe(10);
    expect(Math.abs(path[10].x[0])).toBeGreaterThan(1e13);
    expect(path.slice(10).every((p) => bits(p.x).join() === bits(path[10].x).join())).toBe(true);
    expect(bits(path[9].x)).not.toEqual(bits(path[10].x));
  });

  it('with the exact gradient at lr 10 grows ×(−19) a step: ≈1e128 after 100, ±Infinity at 241, NaN at 242', () => {
    const hundred = gradientDescent(function2, [-3, 4], { lr: 10, stepNum: 100, gradient: function2Gradient });
    expect(bits(hundred.x)).toEqual([-2.2515487259475596e128, 3.002064967930081e128]);
    const long = gradientDescent(function2, [-3, 4], { lr: 10, stepNum: 300, gradient: function2Gradient });
    expect(bits(long.path[240].x).every(Number.isFinite)).toBe(true);
    expect(bits(long.path[241].x)).toEqual([Infinity, -Infinity]);
    // ∞ − 10·(2·∞) is NaN in IEEE arithmetic, in numpy too: an output to show, not an input error.
    expect(bits(long.path[242].x).every(Number.isNaN)).toBe(true);
  });

  it('never mutates initX (the study notes chained their runs through a mutated init_x)', () => {
    const init = Float64Array.of(-3, 4);
    const { x, path } = gradientDescent(function2, init, { lr: 0.1 });
    expect(bits(init)).toEqual([-3, 4]);
    expect(x).not.toBe(init);
    expect(path[0].x).not.toBe(init);
    expect(bits(path[0].x)).toEqual([-3, 4]);
  });

  it('uses the defaults lr 0.01 and 100 steps', () => {
    const run = fixture.descent.find((r) => r.lr === 0.01 && !r.exact);
    const { x, path } = gradientDescent(function2, [-3, 4]);
    expect(path).toHaveLength(101);
    expect(bits(x)).toEqual(run?.x);
  });

  it('rejects bad input, naming function and argument', () => {
    expect(() => gradientDescent(function2, [-3, NaN])).toThrow(/gradientDescent: initX\[1\] is NaN, expected a finite number/);
    expect(() => gradientDescent(function2, [])).toThrow(/gradientDescent: initX is empty/);
    expect(() => gradientDescent(function2, [1, 2], { lr: 0 })).toThrow(/gradientDescent: lr must be a positive finite number, got 0/);
    expect(() => gradientDescent(function2, [1, 2], { lr: Infinity })).toThrow(/gradientDescent: lr/);
    expect(() => gradientDescent(function2, [1, 2], { stepNum: 0 })).toThrow(/gradientDescent: stepNum must be an integer ≥ 1, got 0/);
    expect(() => gradientDescent(function2, [1, 2], { stepNum: 2.5 })).toThrow(RangeError);
    expect(() => gradientDescent(function2, [1, 2], { gradient: () => new Float64Array(3) })).toThrow(
      /gradientDescent: gradient returned length 3, expected 2/,
    );
    expect(() => gradientDescent(function2, [1, 2, 3])).toThrow(/function2: x has length 3, expected 2/);
  });
});
