import { describe, expect, it } from 'vitest';
import { numericalGradient } from './numericalGradient.ts';
import { function2 } from '../functions/functions.ts';
import { matrixCreate, type Matrix } from '../matrix.ts';
import fixture from './fixtures/grad.json';

const bits = (a: ArrayLike<number>) => Array.from(a);

describe('numericalGradient', () => {
  it('reproduces REFERENCE.md at (3, 4)', () => {
    expect(bits(numericalGradient(function2, [3, 4]))).toEqual([6.00000000000378, 7.999999999999119]);
  });

  it.each(fixture.numericalGradient)('matches numpy bit for bit at %j', (point, want) => {
    expect(bits(numericalGradient(function2, Float64Array.from(point)))).toEqual(want);
    expect(bits(numericalGradient(function2, [...point]))).toEqual(want);
  });

  it('differentiates a Matrix in place, entry by entry in row-major order like np.nditer', () => {
    // Sum left to right over 6 entries, as np.sum does below 8 entries.
    const cubePlusHalf = (w: Matrix) => {
      let a = 0;
      let b = 0;
      for (const v of w.data) a += v * v * v;
      for (const v of w.data) b += v;
      return a + 0.5 * b;
    };
    const w = matrixCreate(2, 3, fixture.matrixGradient.w);
    expect(cubePlusHalf(w)).toBe(fixture.matrixGradient.f);
    const g = numericalGradient(cubePlusHalf, w);
    expect([g.rows, g.cols]).toEqual([2, 3]);
    expect(bits(g.data)).toEqual(fixture.matrixGradient.grad);
    expect(bits(w.data)).toEqual(fixture.matrixGradient.w);
  });

  it('restores every perturbed value, also when f throws midway', () => {
    const x = Float64Array.of(0.1, 0.7, 1e-3);
    const before = bits(x);
    numericalGradient((v: Float64Array) => v[0] * v[1] * v[2], x);
    expect(bits(x)).toEqual(before);
    let calls = 0;
    const throwsOnThird = () => {
      if (++calls === 3) throw new Error('boom');
      return 0;
    };
    expect(() => numericalGradient(throwsOnThird, x)).toThrow('boom');
    expect(bits(x)).toEqual(before);
  });

  it('lets f see the perturbed x (the book relies on it for net.loss)', () => {
    const seen: number[][] = [];
    numericalGradient((v: number[]) => (seen.push([...v]), 0), [1, 2], 0.5);
    expect(seen).toEqual([[1.5, 2], [0.5, 2], [1, 2.5], [1, 1.5]]);
  });

  it('rejects bad input, naming function and argument', () => {
    expect(() => numericalGradient(function2, [])).toThrow(/numericalGradient: x is empty, expected at least one value/);
    expect(() => numericalGradient(function2, [1, NaN])).toThrow(/numericalGradient: x\[1\] is NaN, expected a finite number/);
    expect(() => numericalGradient(function2, [1, -Infinity])).toThrow(RangeError);
    expect(() => numericalGradient(function2, [1, 2], 0)).toThrow(/numericalGradient: h must be a positive finite number, got 0/);
    expect(() => numericalGradient(function2, [1, 2], NaN)).toThrow(/numericalGradient: h must be a finite number/);
    expect(() => numericalGradient(function2, [1, '2' as unknown as number])).toThrow(/numericalGradient: x\[1\] must be a number/);
    const broken = { rows: 2, cols: 2, data: new Float64Array(3) };
    expect(() => numericalGradient(() => 0, broken)).toThrow(/numericalGradient: x.data has length 3, expected rows·cols = 4/);
    expect(() => numericalGradient(() => NaN, [1])).toThrow(/numericalGradient: f gave NaN around x\[0\] = 1/);
  });
});
