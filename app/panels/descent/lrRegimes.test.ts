import { describe, expect, it } from 'vitest';
import { bowls, function2Gradient, optimize, SGD } from '../../../src-core/index.ts';
import { lrMarks, regimeOf, snapToMark } from './lrRegimes.ts';

describe('lr regimes', () => {
  it('x0² + x1²: 0.5 one step, 1 endless ±, beyond 1 diverges (checked by running the exact gradient)', () => {
    expect(lrMarks(bowls.sphere.curvatures, { min: 1e-10, max: 10 })).toEqual([{ lr: 0.5, regime: 'oneStep' }, { lr: 1, regime: 'oscillate' }]);
    const end = (lr: number, steps: number) => Array.from(optimize(new SGD(lr), function2Gradient, [-3, 4], steps)[steps].x);
    expect(regimeOf(0.5, [2])).toBe('oneStep');
    expect(end(0.5, 1)).toEqual([0, 0]);
    expect(regimeOf(1, [2])).toBe('oscillate');
    expect(end(1, 7)).toEqual([3, -4]);
    expect(regimeOf(0.7, [2])).toBe('overshoot');
    expect(regimeOf(1.01, [2])).toBe('diverge');
    expect(regimeOf(0.1, [2])).toBe('smooth');
    expect(regimeOf(0.1, [])).toBeNull();
  });

  it('x²/20 + y²: marks for both curvatures inside the slider’s range', () => {
    expect(lrMarks(bowls.bowl.curvatures, { min: 1e-10, max: 10 }).map((m) => m.lr)).toEqual([0.5, 1, 10]);
  });

  it('snaps the slider onto a mark within one step', () => {
    const marks = lrMarks([2], { min: 1e-10, max: 10 });
    expect(snapToMark(0.501, marks)).toBe(0.5);
    expect(snapToMark(1.01, marks)).toBe(1);
    expect(snapToMark(1.023, marks)).toBe(1.023);
    expect(snapToMark(0.6, marks)).toBe(0.6);
  });
});
