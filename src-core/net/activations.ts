// 3.2.4 and 5.6: the sigmoid and its derivative σ'(x) = (1 − σ(x))·σ(x), for scalars, vectors and matrices.
import type { Matrix } from '../matrix.ts';
import { requireFiniteNumber, requireMatrix, requireVector, type Vector } from '../validate.ts';

const sigma = (x: number) => 1 / (1 + Math.exp(-x));
const sigmaGrad = (x: number) => (1.0 - sigma(x)) * sigma(x);

function elementwise(fn: string, f: (x: number) => number, x: number | Vector | Matrix): number | Float64Array | Matrix {
  if (typeof x === 'number') {
    requireFiniteNumber(fn, 'x', x);
    return f(x);
  }
  if (x instanceof Float64Array || Array.isArray(x)) {
    requireVector(fn, 'x', x);
    return Float64Array.from(x, f);
  }
  requireMatrix(fn, 'x', x);
  return { rows: x.rows, cols: x.cols, data: x.data.map(f) };
}

export function sigmoid(x: number): number;
export function sigmoid(x: Vector): Float64Array;
export function sigmoid(x: Matrix): Matrix;
export function sigmoid(x: number | Vector | Matrix): number | Float64Array | Matrix {
  return elementwise('sigmoid', sigma, x);
}

export function sigmoidGrad(x: number): number;
export function sigmoidGrad(x: Vector): Float64Array;
export function sigmoidGrad(x: Matrix): Matrix;
export function sigmoidGrad(x: number | Vector | Matrix): number | Float64Array | Matrix {
  return elementwise('sigmoidGrad', sigmaGrad, x);
}
