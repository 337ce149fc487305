// The float64 forward pass of TwoLayerNet (twoLayerNetMaths.ts) plus what the incremental numerical gradient
// reuses: each sample's log(y[t] + 1e-7), exp(−a1), and a bound on W2's rows.
import { batchCrossEntropy, labelLogTerms } from '../../loss/crossEntropyError.ts';
import { softmaxInto } from '../../loss/softmax.ts';
import { forwardPass, type TwoLayerNetActivations } from '../twoLayerNetMaths.ts';
import type { TwoLayerNetParams } from '../twoLayerNetParams.ts';

export interface ForwardCache extends TwoLayerNetActivations {
  readonly batch: number;
  /** log(y[n, t_n] + 1e-7) per sample: the loss is −Σ / batch. */
  readonly logs: Float64Array;
  /** exp(−a1), batch×hidden: σ(a1 + δ) = 1 / (1 + exp(−a1)·exp(−δ)). */
  readonly expNegA1: Float64Array;
  /** max_k |W2[j][k]| per hidden unit: bounds the logit changes a hidden unit's change causes. */
  readonly w2RowMax: Float64Array;
  readonly labels: Int32Array;
  /** The book's batch cross-entropy −Σ logs / batch, summed in numpy's order: twoLayerNetLoss's bits. */
  readonly loss: number;
}

/** log(softmax(row)[t] + 1e-7) for one sample's logits, as the forward pass computes it; `e` is scratch. */
export function logProbability(row: Float64Array, t: number, e: Float64Array): number {
  softmaxInto(row, 0, e.length, e);
  return Math.log(e[t] + 1e-7);
}

/** The forward pass of the batch (x checked by the caller) with the cached extras. */
export function forwardCache(p: TwoLayerNetParams, x: Float64Array, labels: Int32Array): ForwardCache {
  const { hiddenSize: h, outputSize: o } = p;
  const batch = labels.length;
  const forward = forwardPass(p, x, batch);
  const logs = labelLogTerms(forward.y, labels, o);
  const expNegA1 = forward.a1.map((a) => Math.exp(-a));
  const w2RowMax = new Float64Array(h);
  for (let j = 0; j < h; j++) for (let k = 0; k < o; k++) w2RowMax[j] = Math.max(w2RowMax[j], Math.abs(p.W2[j * o + k]));
  return { batch, ...forward, logs, expNegA1, w2RowMax, labels, loss: batchCrossEntropy(logs) };
}
