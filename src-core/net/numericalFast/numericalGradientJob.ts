// The book's numerical gradient of TwoLayerNet, (L(w + h) − L(w − h)) / 2h for every parameter in W1, b1,
// W2, b2 order, where each perturbed batch loss L(w ± h) is computed from the cached forward pass by redoing
// only what the perturbation changes (Δ is the step the book really takes, fl(w ± h) − w):
//   W1[i][j]: a1[n][j] moves by x[n][i]·Δ, only for samples whose pixel i is not zero; a pixel that is zero
//             in the whole batch leaves every term as it was, so its gradient is exactly 0, as the naive one;
//   b1[j]:    a1[n][j] moves by Δ for every sample;
//             then z1[n][j] = σ(a1), a2[n][:] += (z1new − z1old)·W2[j][:], softmax and log for those samples;
//   W2[j][k]: a2[n][k] moves by z1[n][j]·Δ;   b2[k]: a2[n][k] moves by Δ, for every sample.
// L(w ± h) is still a whole batch loss in float64: the cached terms of unaffected samples plus the
// recomputed ones, over the batch size. See perturbedTerm.ts for how a sample's term is recomputed, and
// pixelGradient.ts for the W1 loop (almost all of the work).
// A job may cover only the parameters [from, to) of that flat order (a worker's share, parameterRanges.ts):
// each entry depends on nothing but the forward pass, so a range's doubles are the whole job's, bit for bit.
import { pairwiseSum as importedPairwiseSum } from '../../loss/pairwiseSum.ts';
import type { TwoLayerNetParams } from '../twoLayerNetParams.ts';
import type { Labels } from '../../loss/labels.ts';
import { checkBatch } from '../twoLayerNetMaths.ts';
import { forwardCache, type ForwardCache } from './forwardCache.ts';
import { hiddenTerm as importedHiddenTerm, outputTerm as importedOutputTerm } from './perturbedTerm.ts';
import { nonZeroByPixel, pixelGradient as importedPixelGradient, type PixelSamples } from './pixelGradient.ts';

// Hot functions as module constants: some loaders (tsx in Node) turn imported bindings into property
// getters, which cost more than these small functions themselves.
const pairwiseSum = importedPairwiseSum;
const hiddenTerm = importedHiddenTerm;
const outputTerm = importedOutputTerm;
const pixelGradient = importedPixelGradient;

/** A numerical gradient computed in parts: `advance` until it returns true, then read `gradient`. */
export interface NumericalGradientJob {
  /** Number of parameters the job computes (all of W1, b1, W2, b2, or its range's to − from). */
  readonly total: number;
  /** Of those, the ones whose gradient is done, in W1, b1, W2, b2 order. */
  readonly done: number;
  /** The batch loss at the unperturbed parameters. */
  readonly loss: number;
  /** Works until `deadline` (in `now()` units, looked at every CHUNK parameters); true once complete. */
  advance(deadline: number, now: () => number): boolean;
  /** Does the next `count` parameters (fewer at the end); true once complete. */
  advanceBy(count: number): boolean;
  /** The gradient, flat in W1, b1, W2, b2 order (complete once advance returned true); a range job's
   * gradient[k] is parameter from + k. */
  readonly gradient: Float64Array;
}

/** Parameters [from, to) of the flat W1, b1, W2, b2 order. */
export interface ParameterRange {
  readonly from: number;
  readonly to: number;
}

/** A range for fastNumericalJob, optionally with where to write it (length to − from, e.g. a view on a shared buffer). */
export interface JobRange extends ParameterRange {
  readonly out?: Float64Array;
}

/** How many parameters `advance` does between two looks at the clock. */
export const CHUNK = 256;

/**
 * Starts the incremental numerical gradient of the book's TwoLayerNet loss at `params` on the batch (x is
 * batch×inputSize row-major, t labels or one-hot), of every parameter or of `range` only. The parameters
 * must not change until the job completes.
 */
export function fastNumericalJob(params: TwoLayerNetParams, x: Float64Array, t: Labels, h = 1e-4, range?: JobRange): NumericalGradientJob {
  const fn = 'fastNumericalJob';
  if (!(h > 0 && Number.isFinite(h))) throw new RangeError(`${fn}: h must be a positive finite number, got ${h}`);
  const { batch, labels } = checkBatch(fn, params, x, t);
  const { inputSize: d, hiddenSize: hs, outputSize: o } = params;
  const all = d * hs + hs + hs * o + o;
  const from = range?.from ?? 0;
  const to = range?.to ?? all;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= all)) {
    throw new RangeError(`${fn}: range [${from}, ${to}) is not within the ${all} parameters`);
  }
  const out = range?.out ?? new Float64Array(to - from);
  if (out.length !== to - from) throw new RangeError(`${fn}: out has length ${out.length}, expected ${to - from}`);
  const pixels = nonZeroByPixel(x, batch, d, Math.min(d, Math.floor(from / hs)), Math.min(d, Math.ceil(to / hs)));
  return new IncrementalJob(params, forwardCache(params, x, labels), pixels, h, from, to, out);
}

/** The gradient of parameters [from, to) in one call, into `out` (a new array by default): a pool worker's share. */
export function numericalGradientRange(
  params: TwoLayerNetParams, x: Float64Array, t: Labels, from: number, to: number, h = 1e-4, out?: Float64Array,
): Float64Array {
  const job = fastNumericalJob(params, x, t, h, { from, to, out });
  job.advanceBy(Infinity);
  return job.gradient;
}

class IncrementalJob implements NumericalGradientJob {
  readonly total: number;
  done = 0;
  private readonly ends: readonly number[];
  private readonly termsUp: Float64Array;
  private readonly termsDown: Float64Array;
  private readonly row: Float64Array;
  private readonly e: Float64Array;

  constructor(
    private readonly p: TwoLayerNetParams,
    private readonly c: ForwardCache,
    private readonly nz: PixelSamples,
    private readonly h: number,
    private readonly from: number,
    private readonly to: number,
    readonly gradient: Float64Array,
  ) {
    const { inputSize: d, hiddenSize: hs, outputSize: o } = p;
    this.ends = [d * hs, d * hs + hs, d * hs + hs + hs * o, d * hs + hs + hs * o + o];
    this.total = to - from;
    this.termsUp = new Float64Array(c.batch);
    this.termsDown = new Float64Array(c.batch);
    this.row = new Float64Array(o);
    this.e = new Float64Array(o);
  }

  get loss(): number {
    return this.c.loss;
  }

  advance(deadline: number, now: () => number): boolean {
    while (!this.advanceBy(CHUNK)) if (now() >= deadline) return false;
    return true;
  }

  advanceBy(count: number): boolean {
    const { from, to, gradient } = this;
    const stop = Math.min(to, from + this.done + Math.max(0, Math.floor(count)));
    const [w1End, b1End, w2End] = this.ends;
    const { hiddenSize: hs, outputSize: o, W2, b2 } = this.p;
    let f = from + this.done;
    // W1 a pixel (hiddenSize parameters) at a time: the samples it touches are the same for every j. A
    // pixel is done whole (the part of it in the range) when the job reaches it, even if `count` ends inside.
    if (f < w1End && f % hs !== 0 && f > from) f = Math.min(stop, f - (f % hs) + hs); // rest of a pixel done last call
    for (; f < stop && f < w1End; f = Math.min(stop, f - (f % hs) + hs)) this.pixel(Math.floor(f / hs));
    for (; f < stop; f++) {
      if (f < b1End) gradient[f - from] = this.hiddenBias(f - w1End);
      else if (f < w2End) gradient[f - from] = this.outputParam(W2[f - b1End], Math.floor((f - b1End) / o), (f - b1End) % o);
      else gradient[f - from] = this.outputParam(b2[f - w2End], -1, f - w2End);
    }
    this.done = stop - from;
    return stop === to;
  }

  /** The gradient of W1[i][j] for the j of pixel i in the range: every sample whose pixel i is not zero. */
  private pixel(i: number): void {
    const { start, rows } = this.nz;
    const { batch, logs } = this.c;
    const hs = this.p.hiddenSize;
    const j0 = Math.max(0, this.from - i * hs);
    const j1 = Math.min(hs, this.to - i * hs);
    const at = i * hs + j0 - this.from;
    // Pixel i is 0 in every sample: L(w ± h) = L, the gradient is 0 (written: `out` may be a reused buffer).
    if (start[i] === start[i + 1]) return void this.gradient.fill(0, at, at + j1 - j0);
    // Σ of the cached terms of the samples this pixel does not touch, shared by all j.
    const touched = this.termsUp.fill(0);
    for (let r = start[i]; r < start[i + 1]; r++) touched[rows[r]] = 1;
    let unaffected = 0;
    for (let n = 0; n < batch; n++) if (touched[n] === 0) unaffected += logs[n];
    pixelGradient(this.p, this.c, this.nz, i, j0, j1, unaffected, this.h, this.gradient, at, this.row, this.e);
  }

  /** b1[j]: a1[n][j] moves by Δ for every sample. */
  private hiddenBias(j: number): number {
    const { p, c, row, e, termsUp, termsDown } = this;
    const w = p.b1[j];
    const up = w + this.h - w;
    const down = w - this.h - w;
    for (let n = 0; n < c.batch; n++) {
      termsUp[n] = hiddenTerm(p, c, row, e, n, j, up);
      termsDown[n] = hiddenTerm(p, c, row, e, n, j, down);
    }
    return this.central(termsUp, termsDown);
  }

  /** W2[j][k] (a2[n][k] moves by z1[n][j]·Δ) or, with j = −1, b2[k] (by Δ). */
  private outputParam(w: number, j: number, k: number): number {
    const { c, row, e, termsUp, termsDown } = this;
    const { z1, batch } = c;
    const hs = this.p.hiddenSize;
    const up = w + this.h - w;
    const down = w - this.h - w;
    for (let n = 0; n < batch; n++) {
      termsUp[n] = outputTerm(c, row, e, n, k, j < 0 ? up : z1[n * hs + j] * up);
      termsDown[n] = outputTerm(c, row, e, n, k, j < 0 ? down : z1[n * hs + j] * down);
    }
    return this.central(termsUp, termsDown);
  }

  /** (L(w + h) − L(w − h)) / 2h from the terms of both losses, each summed in numpy's order. */
  private central(up: Float64Array, down: Float64Array): number {
    const batch = this.c.batch;
    return (-pairwiseSum(up) / batch - -pairwiseSum(down) / batch) / (2 * this.h);
  }
}
