// 4.2.4: E = −Σ log(y[i, tᵢ] + 1e-7) / batchSize; the 1e-7 keeps log(0) = −∞ out of the sum.
import type { Matrix } from '../matrix.ts';
import type { Vector } from '../validate.ts';
import { labelledBatch, type Labels } from './labels.ts';
import { pairwiseSum } from './pairwiseSum.ts';

export function crossEntropyError(y: Vector, t: Vector | number): number;
export function crossEntropyError(y: Matrix, t: Matrix | Labels): number;
export function crossEntropyError(y: Vector | Matrix, t: Vector | Matrix | Labels | number): number {
  const { rows, cols, y: data, labels } = labelledBatch('crossEntropyError', y, t);
  for (let i = 0; i < data.length; i++) {
    if (data[i] < 0) throw new RangeError(`crossEntropyError: y[${i}] is ${data[i]}, expected a probability ≥ 0`);
  }
  const logs = new Float64Array(rows);
  for (let i = 0; i < rows; i++) logs[i] = Math.log(data[i * cols + labels[i]] + 1e-7);
  return -pairwiseSum(logs) / rows;
}
