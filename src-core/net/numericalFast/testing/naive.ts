// Test helpers: the book's TwoLayerNet written out naively (full matrix products, no caching, no zero
// skipping) and its numerical_gradient, the reference the incremental version must agree with.
import { crossEntropyError } from '../../../loss/crossEntropyError.ts';
import { softmax } from '../../../loss/softmax.ts';
import { numericalGradient } from '../../../grad/numericalGradient.ts';
import type { Random } from '../../../random/random.ts';
import type { ParamKey, TwoLayerNetParams, TwoLayerNetSizes } from '../../twoLayerNetParams.ts';

export function naiveLoss(p: TwoLayerNetParams, x: Float64Array, labels: ArrayLike<number>): number {
  const { inputSize: d, hiddenSize: h, outputSize: o } = p;
  const batch = labels.length;
  const z1 = new Float64Array(batch * h);
  const a2 = new Float64Array(batch * o);
  for (let n = 0; n < batch; n++) {
    for (let j = 0; j < h; j++) {
      let s = 0;
      for (let i = 0; i < d; i++) s += x[n * d + i] * p.W1[i * h + j];
      z1[n * h + j] = 1 / (1 + Math.exp(-(s + p.b1[j])));
    }
    for (let k = 0; k < o; k++) {
      let s = 0;
      for (let j = 0; j < h; j++) s += z1[n * h + j] * p.W2[j * o + k];
      a2[n * o + k] = s + p.b2[k];
    }
  }
  return crossEntropyError(softmax({ rows: batch, cols: o, data: a2 }), Int32Array.from(labels));
}

/** numerical_gradient(loss_W, params[key]) for the listed entries only (the naive one is slow). */
export function naiveGradientAt(
  p: TwoLayerNetParams,
  x: Float64Array,
  labels: ArrayLike<number>,
  key: ParamKey,
  indices: readonly number[],
  h = 1e-4,
): number[] {
  const data = p[key];
  return indices.map((idx) => {
    // numericalGradient perturbs every entry it is given: hand it a one-entry view on data[idx].
    const view = data.subarray(idx, idx + 1);
    return numericalGradient(() => naiveLoss(p, x, labels), view, h)[0];
  });
}

export function randomParams(sizes: TwoLayerNetSizes, scale: number, random: Random): TwoLayerNetParams {
  const draw = (n: number) => random.randn(n).map((v) => v * scale);
  const { inputSize: d, hiddenSize: h, outputSize: o } = sizes;
  return { ...sizes, W1: draw(d * h), b1: draw(h), W2: draw(h * o), b2: draw(o) };
}

/** A batch with exact zeros: pixel 0 is zero in every sample, others are zero about `zeroFraction` of the time. */
export function randomBatch(batch: number, d: number, o: number, zeroFraction: number, random: Random, xScale = 1) {
  const x = new Float64Array(batch * d);
  const u = random.random(batch * d);
  const v = random.random(batch * d);
  for (let k = 0; k < x.length; k++) if (k % d !== 0 && u[k] >= zeroFraction) x[k] = v[k] * xScale;
  const labels = Int32Array.from(random.random(batch), (r) => Math.floor(r * o));
  return { x, labels };
}
