// The book's label convention (common/functions.py): t the same size as y is one-hot and becomes argmax
// indices; otherwise t holds one label index per row of y. The one converter of the core: the losses and
// the two-layer net read their labels through it.
import type { Matrix } from '../matrix.ts';
import { requireFiniteEntries, requireMatrix, requireVector, type Vector } from '../validate.ts';

/** One label index per row of y, or one-hot rows (as many values as y), flat or as a Matrix. */
export type Labels = Float64Array | Int32Array | Uint8Array | readonly number[] | Matrix;

/** t's values, flat, after checking it is a Matrix or an array of finite numbers. */
export function labelValues(fn: string, t: Labels | number): ArrayLike<number> {
  if (typeof t === 'number') return [t];
  if (ArrayBuffer.isView(t) || Array.isArray(t)) {
    if (!(t instanceof Int32Array || t instanceof Uint8Array || t instanceof Float64Array || Array.isArray(t))) {
      throw new TypeError(`${fn}: t must be a Matrix, a number, a number[] or a Float64Array/Int32Array/Uint8Array`);
    }
    requireFiniteEntries(fn, 't', t);
    return t as ArrayLike<number>;
  }
  requireMatrix(fn, 't', t);
  return t.data;
}

/** Index of the largest of `count` values from `offset` (first on ties, as np.argmax). */
export function argmaxAt(v: ArrayLike<number>, offset: number, count: number): number {
  let best = 0;
  for (let c = 1; c < count; c++) if (v[offset + c] > v[offset + best]) best = c;
  return best;
}

/**
 * Label indices of t for y of rows×cols: one-hot rows (t.size == y.size) by argmax as the book's
 * `t.argmax(axis=1)`, label indices checked. `vector` words the error for a single sample y.
 */
export function labelIndices(fn: string, t: Labels | number, rows: number, cols: number, vector = false): Int32Array {
  const values = labelValues(fn, t);
  const out = new Int32Array(rows);
  if (values.length === rows * cols) {
    for (let i = 0; i < rows; i++) out[i] = argmaxAt(values, i * cols, cols);
    return out;
  }
  if (values.length !== rows) throw new RangeError(`${fn}: t has length ${values.length}, expected ${expectedShape(rows, cols, vector)}`);
  for (let i = 0; i < rows; i++) {
    const k = values[i];
    if (!Number.isInteger(k) || k < 0 || k >= cols) {
      throw new RangeError(`${fn}: t[${i}] is ${k}, expected a label index, an integer in [0, ${cols - 1}]`);
    }
    out[i] = k;
  }
  return out;
}

/** t as the book's formulas take it: as given when it has y's size, one-hot rows made from label indices. */
export function targetValues(fn: string, t: Labels | number, rows: number, cols: number, vector = false): ArrayLike<number> {
  const values = labelValues(fn, t);
  if (values.length === rows * cols) return values;
  const labels = labelIndices(fn, t, rows, cols, vector);
  const oneHot = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) oneHot[i * cols + labels[i]] = 1;
  return oneHot;
}

function expectedShape(rows: number, cols: number, vector: boolean): string {
  return vector ? `${cols} (one-hot) or 1 (label index)` : `${rows * cols} (one-hot, ${rows}×${cols}) or ${rows} (label indices)`;
}

/** y as rows×cols, a single sample (a vector) being 1×size. */
export function outputRows(fn: string, y: Vector | Matrix): { rows: number; cols: number; data: ArrayLike<number>; vector: boolean } {
  if (y instanceof Float64Array || Array.isArray(y)) {
    requireVector(fn, 'y', y);
    return { rows: 1, cols: y.length, data: y, vector: true };
  }
  requireMatrix(fn, 'y', y);
  return { rows: y.rows, cols: y.cols, data: y.data, vector: false };
}
