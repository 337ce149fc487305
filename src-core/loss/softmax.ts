// 3.5.2: exp(a − max a) / Σ exp(a − max a). Subtracting the max changes nothing mathematically but keeps
// exp from overflowing (exp(1000) = ∞ in float64); a Matrix is taken row by row, one sample per row.
import type { Matrix } from '../matrix.ts';
import { requireMatrix, requireVector, type Vector } from '../validate.ts';
import { pairwiseSum } from './pairwiseSum.ts';

/** softmax of a[start, end) into out[start, end), unchecked: the one softmax the core's networks use too. */
export function softmaxInto(a: ArrayLike<number>, start: number, end: number, out: Float64Array): void {
  let c = a[start];
  for (let i = start + 1; i < end; i++) if (a[i] > c) c = a[i];
  for (let i = start; i < end; i++) out[i] = Math.exp(a[i] - c);
  const sum = pairwiseSum(out, start, end);
  for (let i = start; i < end; i++) out[i] /= sum;
}

export function softmax(a: Vector): Float64Array;
export function softmax(a: Matrix): Matrix;
export function softmax(a: Vector | Matrix): Float64Array | Matrix {
  if (a instanceof Float64Array || Array.isArray(a)) {
    requireVector('softmax', 'a', a);
    const out = new Float64Array(a.length);
    softmaxInto(a, 0, a.length, out);
    return out;
  }
  requireMatrix('softmax', 'a', a);
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < a.rows; i++) softmaxInto(a.data, i * a.cols, (i + 1) * a.cols, out);
  return { rows: a.rows, cols: a.cols, data: out };
}
