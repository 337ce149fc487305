// The book's label convention (common/functions.py): t the same size as y is one-hot and becomes
// argmax indices; otherwise t holds one label index per row of y.
import type { Matrix } from '../matrix.ts';
import { requireFiniteEntries, requireMatrix, requireVector, type Vector } from '../validate.ts';

export type Labels = Float64Array | Int32Array | Uint8Array | readonly number[];

/** y as rows×cols (a single sample is 1×size) plus one label index per row. */
export interface LabelledBatch {
  readonly rows: number;
  readonly cols: number;
  readonly y: Float64Array | readonly number[];
  readonly labels: Int32Array;
}

export function labelledBatch(fn: string, y: Vector | Matrix, t: Vector | Matrix | Labels | number): LabelledBatch {
  const single = y instanceof Float64Array || Array.isArray(y);
  if (single) requireVector(fn, 'y', y);
  else requireMatrix(fn, 'y', y);
  const yData = single ? y : y.data;
  const rows = single ? 1 : y.rows;
  const cols = single ? y.length : y.cols;
  if (typeof t === 'number') t = [t];
  const isMatrix = !(ArrayBuffer.isView(t) || Array.isArray(t));
  if (isMatrix) requireMatrix(fn, 't', t);
  const tData = isMatrix ? (t as Matrix).data : (t as Labels);
  if (!(tData instanceof Int32Array || tData instanceof Uint8Array || tData instanceof Float64Array || Array.isArray(tData))) {
    throw new TypeError(`${fn}: t must be a Matrix, a number, a number[] or a Float64Array/Int32Array/Uint8Array`);
  }
  requireFiniteEntries(fn, 't', tData);
  const labels = new Int32Array(rows);
  if (tData.length === yData.length) {
    // One-hot: the first largest entry of each row, like numpy's argmax.
    for (let i = 0; i < rows; i++) {
      let best = 0;
      for (let j = 1; j < cols; j++) if (tData[i * cols + j] > tData[i * cols + best]) best = j;
      labels[i] = best;
    }
  } else if (tData.length === rows) {
    for (let i = 0; i < rows; i++) {
      const k = tData[i];
      if (!Number.isInteger(k) || k < 0 || k >= cols) {
        throw new RangeError(`${fn}: t[${i}] is ${k}, expected a label index, an integer in [0, ${cols - 1}]`);
      }
      labels[i] = k;
    }
  } else {
    const shape = single ? `${yData.length} (one-hot) or 1 (label index)` : `${yData.length} (one-hot, ${rows}×${cols}) or ${rows} (label indices)`;
    throw new RangeError(`${fn}: t has length ${tData.length}, expected ${shape}`);
  }
  return { rows, cols, y: yData, labels };
}
