// 4.2.1: E = ½·Σ(y − t)², summed over every entry as the book's np.sum does (a batch is not averaged).
// t is taken as given (soft targets too); only label indices become the one-hot t the formula expects.
import type { Matrix } from '../matrix.ts';
import type { Vector } from '../validate.ts';
import { outputRows, targetValues, type Labels } from './labels.ts';
import { pairwiseSum } from './pairwiseSum.ts';

/** The book's `0.5 * np.sum((y - t)**2)`; t a label index (or one per row) is made one-hot first. */
export function sumSquaresError(y: Vector, t: Vector | number): number;
export function sumSquaresError(y: Matrix, t: Labels): number;
export function sumSquaresError(y: Vector | Matrix, t: Labels | number): number {
  const { rows, cols, data, vector } = outputRows('sumSquaresError', y);
  const target = targetValues('sumSquaresError', t, rows, cols, vector);
  const sq = new Float64Array(rows * cols);
  for (let i = 0; i < sq.length; i++) sq[i] = (data[i] - target[i]) ** 2;
  return 0.5 * pairwiseSum(sq);
}
