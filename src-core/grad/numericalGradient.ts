// 4.4: the book's loop. Each entry of x is nudged in place by ±h and put back, so f may read x directly
// (as the book's `lambda W: net.loss(x, t)` does); try/finally restores it even if f throws.
import type { Matrix } from '../matrix.ts';
import { requireFunction, requireMatrix, requirePositiveFinite, requireVector } from '../validate.ts';

/** The book's loop without input checks, for callers (gradientDescent) that checked once up front. */
export function numericalGradientInPlace<X>(f: (x: X) => number, x: X, data: Float64Array | number[], h: number): Float64Array {
  const grad = new Float64Array(data.length);
  for (let idx = 0; idx < data.length; idx++) {
    const tmpVal = data[idx];
    try {
      data[idx] = tmpVal + h;
      const fxh1 = f(x);
      data[idx] = tmpVal - h;
      const fxh2 = f(x);
      grad[idx] = (fxh1 - fxh2) / (2 * h);
    } finally {
      data[idx] = tmpVal;
    }
  }
  return grad;
}

export function numericalGradient(f: (x: Float64Array) => number, x: Float64Array, h?: number): Float64Array;
export function numericalGradient(f: (x: number[]) => number, x: number[], h?: number): Float64Array;
export function numericalGradient(f: (x: Matrix) => number, x: Matrix, h?: number): Matrix;
export function numericalGradient(
  f: ((x: Float64Array) => number) | ((x: number[]) => number) | ((x: Matrix) => number),
  x: Float64Array | number[] | Matrix,
  h = 1e-4,
): Float64Array | Matrix {
  requireFunction('numericalGradient', 'f', f);
  requirePositiveFinite('numericalGradient', 'h', h);
  const isVector = x instanceof Float64Array || Array.isArray(x);
  if (isVector) requireVector('numericalGradient', 'x', x);
  else requireMatrix('numericalGradient', 'x', x);
  const data = isVector ? x : x.data;
  const grad = numericalGradientInPlace(f as (x: unknown) => number, x, data, h);
  const bad = grad.findIndex(Number.isNaN);
  if (bad >= 0) throw new RangeError(`numericalGradient: f gave NaN around x[${bad}] = ${data[bad]}, expected numbers`);
  return isVector ? grad : { rows: x.rows, cols: x.cols, data: grad };
}
