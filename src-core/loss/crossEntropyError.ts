// The book's two cross-entropy errors; the 1e-7 (δ) keeps log(0) = −∞ out of the sum.
//   4.2.2, one sample, t as given:            E = −Σₖ tₖ·log(yₖ + δ)           (soft targets allowed)
//   4.2.4, a batch (common/functions.py):      E = −Σₙ log(y[n, tₙ] + δ) / N    (one-hot t becomes argmax indices)
import type { Matrix } from '../matrix.ts';
import type { Vector } from '../validate.ts';
import { labelIndices, labelValues, outputRows, type Labels } from './labels.ts';
import { pairwiseSum } from './pairwiseSum.ts';

/** The book's δ: log(y + δ) stays finite at y = 0. */
export const CROSS_ENTROPY_DELTA = 1e-7;
const DELTA = CROSS_ENTROPY_DELTA;

/** log(y[n, tₙ] + δ) for each row n of y (rows×cols): the terms of 4.2.4's sum (unchecked). */
export function labelLogTerms(y: ArrayLike<number>, labels: ArrayLike<number>, cols: number): Float64Array {
  const terms = new Float64Array(labels.length);
  for (let n = 0; n < labels.length; n++) terms[n] = Math.log(y[n * cols + labels[n]] + DELTA);
  return terms;
}

/** 4.2.4's −Σ terms / N, summed in numpy's order. */
export function batchCrossEntropy(terms: Float64Array): number {
  return -pairwiseSum(terms) / terms.length;
}

/**
 * y a vector and t a vector of its size: 4.2.2's `-np.sum(t * np.log(y + delta))`, t as given.
 * t a label index, or y a Matrix (one sample per row): 4.2.4's batch version, one-hot t (t.size == y.size)
 * replaced by its argmax as the book's `t.argmax(axis=1)` does, so a soft batch t counts as its argmax.
 */
export function crossEntropyError(y: Vector, t: Vector | number): number;
export function crossEntropyError(y: Matrix, t: Labels): number;
export function crossEntropyError(y: Vector | Matrix, t: Labels | number): number {
  const fn = 'crossEntropyError';
  const { rows, cols, data, vector } = outputRows(fn, y);
  for (let i = 0; i < data.length; i++) {
    if (data[i] < 0) throw new RangeError(`${fn}: y[${i}] is ${data[i]}, expected a probability ≥ 0`);
  }
  const values = labelValues(fn, t);
  if (vector && typeof t !== 'number' && values.length === cols) {
    const terms = new Float64Array(cols);
    for (let k = 0; k < cols; k++) terms[k] = values[k] * Math.log(data[k] + DELTA);
    return -pairwiseSum(terms);
  }
  return batchCrossEntropy(labelLogTerms(data, labelIndices(fn, t, rows, cols, vector), cols));
}
