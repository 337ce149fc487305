// 4.2.1: E = ½·Σ(y − t)², summed over every entry as the book's np.sum does (a batch is not averaged).
import type { Matrix } from '../matrix.ts';
import type { Vector } from '../validate.ts';
import { labelledBatch, type Labels } from './labels.ts';
import { pairwiseSum } from './pairwiseSum.ts';

export function sumSquaresError(y: Vector, t: Vector | number): number;
export function sumSquaresError(y: Matrix, t: Matrix | Labels): number;
export function sumSquaresError(y: Vector | Matrix, t: Vector | Matrix | Labels | number): number {
  const { rows, cols, y: data, labels } = labelledBatch('sumSquaresError', y, t);
  // Label indices become the one-hot t the book's formula expects; one-hot t comes back unchanged.
  const sq = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const d = data[i * cols + j] - (j === labels[i] ? 1 : 0);
      sq[i * cols + j] = d ** 2;
    }
  }
  return 0.5 * pairwiseSum(sq);
}
