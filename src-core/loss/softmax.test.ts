import { describe, expect, it } from 'vitest';
import { softmax } from './softmax.ts';
import { matrixCreate } from '../matrix.ts';
import fixture from './fixtures/loss.json';

// numpy's np.exp (SIMD) and V8's Math.exp (fdlibm) each miss by up to an ulp, differently: compare to numpy
// within 4 ulps relative. The order of the max, the subtraction, the sum and the division is the book's.
const ULPS4 = 4 * 2 ** -52;
function expectClose(got: ArrayLike<number>, want: number[]): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThanOrEqual(ULPS4 * Math.abs(want[i]));
}

describe('softmax', () => {
  it('matches the book example within rounding and sums to 1', () => {
    const y = softmax([0.3, 2.9, 4.0]);
    expectClose(y, fixture.softmax.book);
    expect(Math.abs(y[0] + y[1] + y[2] - 1)).toBeLessThan(1e-15);
  });

  it('stays finite for big inputs by subtracting the max', () => {
    expect(Math.exp(1000)).toBe(Infinity); // what the naive formula would divide by
    const y = softmax([1000, 1001, 1002]);
    expect(Array.from(y).every(Number.isFinite)).toBe(true);
    expectClose(y, fixture.softmax.big);
    expectClose(softmax([1000, 1001]), [1 / (1 + Math.E), Math.E / (1 + Math.E)]);
  });

  it('takes a Matrix row by row, like the book batch version', () => {
    const { rows, cols, a, y } = fixture.batch;
    const out = softmax(matrixCreate(rows, cols, a));
    expect([out.rows, out.cols]).toEqual([rows, cols]);
    expectClose(out.data, y);
    expect(Array.from(softmax(a.slice(cols, 2 * cols)))).toEqual(Array.from(out.data.slice(cols, 2 * cols)));
  });

  it('rejects bad input, naming function and argument', () => {
    expect(() => softmax([])).toThrow(/softmax: a is empty/);
    expect(() => softmax([1, NaN])).toThrow(/softmax: a\[1\] is NaN, expected a finite number/);
    expect(() => softmax([Infinity, 1])).toThrow(/softmax: a\[0\] is Infinity/);
    expect(() => softmax({ rows: 1, cols: 2, data: new Float64Array(1) })).toThrow(/softmax: a.data has length 1/);
  });
});
