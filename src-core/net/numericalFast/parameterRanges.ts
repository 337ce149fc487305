// Splitting the incremental numerical gradient by parameter, for a pool of workers: contiguous ranges of
// the flat W1, b1, W2, b2 order with about the same work each. The work is far from uniform: a W1 pixel
// that is 0 in the whole batch costs nothing, any other costs hiddenSize × (its samples) perturbed terms,
// and b1, W2, b2 cost batch terms per parameter. W1 is done a pixel at a time, so W1 boundaries fall on
// pixels (a range may still start anywhere: the job then does only the part of the pixel in it).
import type { TwoLayerNetSizes } from '../twoLayerNetParams.ts';
import type { ParameterRange } from './numericalGradientJob.ts';

// Relative cost of one sample's pair of perturbed terms (L(w + h) and L(w − h)), measured in Node on MNIST
// batches, fresh and trained weights (a W1 pair, the unit, ≈ 80 ns; b1 takes hiddenTerm one term at a time,
// ≈ 180 ns; W2 and b2 ≈ 40 ns), and of a non-blank pixel's bookkeeping (its unaffected sum). With these, 2
// and 3 ranges of a batch took equal times to within 1 %.
export const PARAMETER_COST = { w1Pair: 1, b1Pair: 2.3, outputPair: 0.5, pixel: 2 };
const COST = PARAMETER_COST;

/** Work (in W1 sample-pairs) before each allowed boundary: pixel boundaries in W1, every parameter after. */
function boundaries(sizes: TwoLayerNetSizes, x: Float64Array): { at: number[]; work: number[] } {
  const { inputSize: d, hiddenSize: hs, outputSize: o } = sizes;
  const batch = Math.floor(x.length / d);
  if (!(batch > 0 && batch * d === x.length)) throw new RangeError(`splitParameterRanges: x has length ${x.length}, not a positive multiple of inputSize ${d}`);
  const samples = new Int32Array(d);
  for (let n = 0; n < batch; n++) for (let i = 0; i < d; i++) if (x[n * d + i] !== 0) samples[i]++;
  const at = [0];
  const work = [0];
  const step = (to: number, cost: number) => {
    at.push(to);
    work.push(work[work.length - 1] + cost);
  };
  for (let i = 0; i < d; i++) step((i + 1) * hs, samples[i] === 0 ? 0 : COST.pixel + samples[i] * hs * COST.w1Pair);
  for (let j = 0; j < hs; j++) step(d * hs + j + 1, batch * COST.b1Pair);
  for (let q = 0; q < hs * o + o; q++) step(d * hs + hs + q + 1, batch * COST.outputPair);
  return { at, work };
}

/** Estimated work of a range of parameters [from, to) on the batch x, in W1 sample-pairs (PARAMETER_COST). */
export function parameterWork(sizes: TwoLayerNetSizes, x: Float64Array, range: ParameterRange): number {
  const { at, work } = boundaries(sizes, x);
  // Work up to parameter f: whole units before it, plus the share of the unit it falls in.
  const upTo = (f: number) => {
    let b = 0;
    while (b < at.length - 1 && at[b + 1] <= f) b++;
    return b === at.length - 1 ? work[b] : work[b] + ((work[b + 1] - work[b]) * (f - at[b])) / (at[b + 1] - at[b]);
  };
  return upTo(range.to) - upTo(range.from);
}

/**
 * `parts` contiguous ranges [from, to) covering all parameters in order, of about equal work on the batch
 * x (batch×inputSize); W1 boundaries on pixel boundaries. Ranges may be empty when parts is large.
 */
export function splitParameterRanges(sizes: TwoLayerNetSizes, x: Float64Array, parts: number): ParameterRange[] {
  if (!(Number.isInteger(parts) && parts >= 1)) throw new RangeError(`splitParameterRanges: parts must be a positive integer, got ${parts}`);
  const { at, work } = boundaries(sizes, x);
  const total = work[work.length - 1];
  const cuts = [0];
  let b = 0;
  for (let k = 1; k < parts; k++) {
    const target = (total * k) / parts;
    while (b < at.length - 1 && work[b + 1] <= target) b++;
    // The boundary nearest the target: b (work ≤ target) or b + 1 (work > target).
    const pick = b + 1 < at.length && work[b + 1] - target < target - work[b] ? b + 1 : b;
    cuts.push(Math.max(cuts[cuts.length - 1], at[pick]));
  }
  cuts.push(at[at.length - 1]);
  return cuts.slice(1).map((to, k) => ({ from: cuts[k], to }));
}
