// Plain-JS float64 TwoLayerNet maths in the book's order of operations: the reference the wasm kernels are
// tested against, and the slow path when WebAssembly SIMD is missing. Zero inputs are skipped (exact).
import type { TwoLayerNetParams } from '../net/twoLayerNetParams.ts';

/** Class labels 0…outputSize−1, one per sample. */
export type Labels = Uint8Array | Int32Array | readonly number[];

export interface ForwardCache {
  readonly batch: number;
  /** batch×hidden sigmoid outputs. */
  readonly z1: Float64Array;
  /** batch×output softmax probabilities. */
  readonly y: Float64Array;
}

export interface Gradients {
  readonly W1: Float64Array;
  readonly b1: Float64Array;
  readonly W2: Float64Array;
  readonly b2: Float64Array;
}

/** a1 = x·W1 + b1, z1 = σ(a1), a2 = z1·W2 + b2, y = softmax(a2); x is batch×input, row-major. */
export function referenceForward(p: TwoLayerNetParams, x: Float64Array, batch: number): ForwardCache {
  const { inputSize: d, hiddenSize: h, outputSize: o } = p;
  const z1 = new Float64Array(batch * h);
  const y = new Float64Array(batch * o);
  const acc = new Float64Array(Math.max(h, o));
  for (let s = 0; s < batch; s++) {
    acc.fill(0, 0, h);
    for (let k = 0; k < d; k++) {
      const xk = x[s * d + k];
      if (xk === 0) continue;
      const row = k * h;
      for (let j = 0; j < h; j++) acc[j] += xk * p.W1[row + j];
    }
    for (let j = 0; j < h; j++) z1[s * h + j] = 1 / (1 + Math.exp(-(acc[j] + p.b1[j])));
    acc.fill(0, 0, o);
    for (let j = 0; j < h; j++) {
      const zj = z1[s * h + j];
      for (let c = 0; c < o; c++) acc[c] += zj * p.W2[j * o + c];
    }
    let max = -Infinity;
    for (let c = 0; c < o; c++) max = Math.max(max, acc[c] + p.b2[c]);
    let sum = 0;
    for (let c = 0; c < o; c++) sum += (y[s * o + c] = Math.exp(acc[c] + p.b2[c] - max));
    for (let c = 0; c < o; c++) y[s * o + c] /= sum;
  }
  return { batch, z1, y };
}

/** The book's batch cross-entropy: −Σ log(y[t] + 1e-7) / batch. */
export function referenceLoss(y: Float64Array, labels: Labels, outputSize: number): number {
  let sum = 0;
  for (let s = 0; s < labels.length; s++) sum += Math.log(y[s * outputSize + labels[s]] + 1e-7);
  return -sum / labels.length;
}

/** Backprop: dy = (y − t)/B; dW2 = z1ᵀdy; db2 = Σdy; da1 = σ'(a1)·(dy W2ᵀ); dW1 = xᵀda1; db1 = Σda1. */
export function referenceGradient(p: TwoLayerNetParams, x: Float64Array, labels: Labels, cache?: ForwardCache): Gradients {
  const { inputSize: d, hiddenSize: h, outputSize: o } = p;
  const batch = labels.length;
  const { z1, y } = cache ?? referenceForward(p, x, batch);
  const dy = new Float64Array(batch * o);
  for (let s = 0; s < batch; s++) {
    for (let c = 0; c < o; c++) dy[s * o + c] = (y[s * o + c] - (c === labels[s] ? 1 : 0)) / batch;
  }
  const W2 = new Float64Array(h * o);
  const b2 = new Float64Array(o);
  const da1 = new Float64Array(batch * h);
  for (let s = 0; s < batch; s++) {
    for (let c = 0; c < o; c++) b2[c] += dy[s * o + c];
    for (let j = 0; j < h; j++) {
      const zj = z1[s * h + j];
      let back = 0;
      for (let c = 0; c < o; c++) {
        W2[j * o + c] += zj * dy[s * o + c];
        back += dy[s * o + c] * p.W2[j * o + c];
      }
      da1[s * h + j] = (1 - zj) * zj * back;
    }
  }
  const W1 = new Float64Array(d * h);
  const b1 = new Float64Array(h);
  for (let s = 0; s < batch; s++) {
    for (let j = 0; j < h; j++) b1[j] += da1[s * h + j];
    for (let k = 0; k < d; k++) {
      const xk = x[s * d + k];
      if (xk === 0) continue;
      for (let j = 0; j < h; j++) W1[k * h + j] += xk * da1[s * h + j];
    }
  }
  return { W1, b1, W2, b2 };
}

/** Index of the largest of `count` values from `offset` (first on ties, as np.argmax). */
export function argmaxAt(v: Float64Array, offset: number, count: number): number {
  let best = 0;
  for (let c = 1; c < count; c++) if (v[offset + c] > v[offset + best]) best = c;
  return best;
}
