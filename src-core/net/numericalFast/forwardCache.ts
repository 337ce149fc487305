// The float64 forward pass of TwoLayerNet, keeping every intermediate the incremental numerical gradient
// reuses: a1 = x·W1 + b1, z1 = σ(a1), a2 = z1·W2 + b2, and each sample's log(y[t] + 1e-7).
import { pairwiseSum } from '../../loss/pairwiseSum.ts';
import { checkParams, type TwoLayerNetParams } from '../twoLayerNetParams.ts';

/** Class labels 0…outputSize−1, one per sample, or one-hot rows (batch·outputSize values). */
export type BatchLabels = Uint8Array | Int32Array | Float64Array | readonly number[];

export interface ForwardCache {
  readonly batch: number;
  /** batch×hidden. */
  readonly a1: Float64Array;
  readonly z1: Float64Array;
  /** batch×output. */
  readonly a2: Float64Array;
  /** log(y[n, t_n] + 1e-7) per sample: the loss is −Σ / batch. */
  readonly logs: Float64Array;
  /** softmax(a2), batch×output. */
  readonly y: Float64Array;
  /** exp(−a1), batch×hidden: σ(a1 + δ) = 1 / (1 + exp(−a1)·exp(−δ)). */
  readonly expNegA1: Float64Array;
  /** max_k |W2[j][k]| per hidden unit: bounds the logit changes a hidden unit's change causes. */
  readonly w2RowMax: Float64Array;
  readonly labels: Int32Array;
  /** The book's batch cross-entropy −Σ logs / batch, summed in numpy's order. */
  readonly loss: number;
}

export const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

/**
 * log(softmax(row)[t] + 1e-7) for one sample's outputs, with the max subtracted and the exponentials summed
 * in numpy's order, as the book's softmax and cross_entropy_error compute it. Leaves exp(row − max) in `e`.
 */
export function logProbability(row: Float64Array, t: number, e: Float64Array): number {
  const o = e.length;
  let c = row[0];
  for (let k = 1; k < o; k++) if (row[k] > c) c = row[k];
  for (let k = 0; k < o; k++) e[k] = Math.exp(row[k] - c);
  return Math.log(e[t] / pairwiseSum(e) + 1e-7);
}

/** Label indices from indices or one-hot rows (argmax, first on ties, as the book's t.argmax(axis=1)). */
export function labelIndices(fn: string, t: BatchLabels, batch: number, outputSize: number): Int32Array {
  const out = new Int32Array(batch);
  if (t.length === batch * outputSize && outputSize > 1) {
    for (let n = 0; n < batch; n++) {
      let best = 0;
      for (let k = 1; k < outputSize; k++) if (t[n * outputSize + k] > t[n * outputSize + best]) best = k;
      out[n] = best;
    }
    return out;
  }
  if (t.length !== batch) throw new RangeError(`${fn}: t has length ${t.length}, expected ${batch} labels or ${batch}·${outputSize} one-hot values`);
  for (let n = 0; n < batch; n++) {
    const k = t[n];
    if (!Number.isInteger(k) || k < 0 || k >= outputSize) throw new RangeError(`${fn}: t[${n}] is ${k}, expected a label in [0, ${outputSize - 1}]`);
    out[n] = k;
  }
  return out;
}

/** Checks params, x (batch×inputSize, finite) and t; returns the batch size and label indices. */
export function checkBatch(fn: string, p: TwoLayerNetParams, x: Float64Array, t: BatchLabels): { batch: number; labels: Int32Array } {
  checkParams(fn, p);
  if (!(x instanceof Float64Array)) throw new TypeError(`${fn}: x must be a Float64Array (batch×inputSize, row-major)`);
  if (x.length === 0 || x.length % p.inputSize !== 0) {
    throw new RangeError(`${fn}: x has length ${x.length}, expected a positive multiple of inputSize ${p.inputSize}`);
  }
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) throw new RangeError(`${fn}: x[${i}] is ${x[i]}, expected a finite number`);
  const batch = x.length / p.inputSize;
  return { batch, labels: labelIndices(fn, t, batch, p.outputSize) };
}

/** The forward pass, summing x·W1 over the input index in order and skipping zero inputs (exact: 0·w adds 0). */
export function forwardCache(p: TwoLayerNetParams, x: Float64Array, labels: Int32Array): ForwardCache {
  const { inputSize: d, hiddenSize: h, outputSize: o } = p;
  const batch = labels.length;
  const a1 = new Float64Array(batch * h);
  const z1 = new Float64Array(batch * h);
  const a2 = new Float64Array(batch * o);
  const logs = new Float64Array(batch);
  const y = new Float64Array(batch * o);
  const e = new Float64Array(o);
  const expNegA1 = new Float64Array(batch * h);
  for (let n = 0; n < batch; n++) {
    const an = a1.subarray(n * h, (n + 1) * h);
    for (let i = 0; i < d; i++) {
      const xi = x[n * d + i];
      if (xi === 0) continue;
      for (let j = 0; j < h; j++) an[j] += xi * p.W1[i * h + j];
    }
    for (let j = 0; j < h; j++) {
      an[j] += p.b1[j];
      expNegA1[n * h + j] = Math.exp(-an[j]);
      z1[n * h + j] = 1 / (1 + expNegA1[n * h + j]);
    }
    const row = a2.subarray(n * o, (n + 1) * o);
    for (let j = 0; j < h; j++) {
      const zj = z1[n * h + j];
      for (let k = 0; k < o; k++) row[k] += zj * p.W2[j * o + k];
    }
    for (let k = 0; k < o; k++) row[k] += p.b2[k];
    logs[n] = logProbability(row, labels[n], e);
    const sum = pairwiseSum(e);
    for (let k = 0; k < o; k++) y[n * o + k] = e[k] / sum;
  }
  const w2RowMax = new Float64Array(h);
  for (let j = 0; j < h; j++) for (let k = 0; k < o; k++) w2RowMax[j] = Math.max(w2RowMax[j], Math.abs(p.W2[j * o + k]));
  return { batch, a1, z1, a2, y, logs, expNegA1, w2RowMax, labels, loss: -pairwiseSum(logs) / batch };
}

/** The book's TwoLayerNet.loss(x, t) in float64. */
export function twoLayerNetLoss(p: TwoLayerNetParams, x: Float64Array, t: BatchLabels): number {
  const { labels } = checkBatch('twoLayerNetLoss', p, x, t);
  return forwardCache(p, x, labels).loss;
}
