// The book's numerical gradient of TwoLayerNet, (L(w + h) − L(w − h)) / 2h for every parameter in W1, b1,
// W2, b2 order, where each perturbed batch loss L(w ± h) is computed from the cached forward pass by redoing
// only what the perturbation changes (Δ is the step the book really takes, fl(w ± h) − w):
//   W1[i][j]: a1[n][j] moves by x[n][i]·Δ, only for samples whose pixel i is not zero; a pixel that is zero
//             in the whole batch leaves every term as it was, so its gradient is exactly 0, as the naive one;
//   b1[j]:    a1[n][j] moves by Δ for every sample;
//             then z1[n][j] = σ(a1), a2[n][:] += (z1new − z1old)·W2[j][:], softmax and log for those samples;
//   W2[j][k]: a2[n][k] moves by z1[n][j]·Δ;   b2[k]: a2[n][k] moves by Δ, for every sample.
// L(w ± h) is still a whole batch loss in float64: the cached terms of unaffected samples plus the
// recomputed ones, over the batch size. See perturbedTerm.ts for how a sample's term is recomputed.
import { pairwiseSum as importedPairwiseSum } from '../../loss/pairwiseSum.ts';
import type { TwoLayerNetParams } from '../twoLayerNetParams.ts';
import type { Labels } from '../../loss/labels.ts';
import { checkBatch } from '../twoLayerNetMaths.ts';
import { forwardCache, type ForwardCache } from './forwardCache.ts';
import { hiddenTerm as importedHiddenTerm, outputTerm as importedOutputTerm } from './perturbedTerm.ts';

// Hot functions as module constants: some loaders (tsx in Node) turn imported bindings into property
// getters, which cost more than these small functions themselves.
const pairwiseSum = importedPairwiseSum;
const hiddenTerm = importedHiddenTerm;
const outputTerm = importedOutputTerm;

/** A numerical gradient computed in parts: `advance` until it returns true, then read `gradient`. */
export interface NumericalGradientJob {
  /** Number of parameters (W1, b1, W2, b2 together). */
  readonly total: number;
  /** Parameters whose gradient is done, in W1, b1, W2, b2 order. */
  readonly done: number;
  /** The batch loss at the unperturbed parameters. */
  readonly loss: number;
  /** Works until `deadline` (in `now()` units, looked at every CHUNK parameters); true once complete. */
  advance(deadline: number, now: () => number): boolean;
  /** Does the next `count` parameters (fewer at the end); true once complete. */
  advanceBy(count: number): boolean;
  /** The gradient, flat in W1, b1, W2, b2 order (complete once advance returned true). */
  readonly gradient: Float64Array;
}

/** How many parameters `advance` does between two looks at the clock. */
export const CHUNK = 256;

/** Pixel-major lists of the batch's non-zero inputs: for pixel i, samples rows[start[i]…start[i+1]) and values. */
function nonZeroByPixel(x: Float64Array, batch: number, d: number) {
  const start = new Int32Array(d + 1);
  for (let n = 0; n < batch; n++) for (let i = 0; i < d; i++) if (x[n * d + i] !== 0) start[i + 1]++;
  for (let i = 0; i < d; i++) start[i + 1] += start[i];
  const rows = new Int32Array(start[d]);
  const values = new Float64Array(start[d]);
  const fill = start.slice(0, d);
  for (let n = 0; n < batch; n++) {
    for (let i = 0; i < d; i++) {
      const v = x[n * d + i];
      if (v !== 0) {
        rows[fill[i]] = n;
        values[fill[i]++] = v;
      }
    }
  }
  return { start, rows, values };
}

/**
 * Starts the incremental numerical gradient of the book's TwoLayerNet loss at `params` on the batch (x is
 * batch×inputSize row-major, t labels or one-hot). The parameters must not change until the job completes.
 */
export function fastNumericalJob(params: TwoLayerNetParams, x: Float64Array, t: Labels, h = 1e-4): NumericalGradientJob {
  if (!(h > 0 && Number.isFinite(h))) throw new RangeError(`fastNumericalJob: h must be a positive finite number, got ${h}`);
  const { batch, labels } = checkBatch('fastNumericalJob', params, x, t);
  return new IncrementalJob(params, forwardCache(params, x, labels), nonZeroByPixel(x, batch, params.inputSize), h);
}

class IncrementalJob implements NumericalGradientJob {
  readonly total: number;
  readonly gradient: Float64Array;
  done = 0;
  private readonly ends: readonly number[];
  private readonly terms: Float64Array;
  private readonly row: Float64Array;
  private readonly e: Float64Array;
  /** W1 is done a pixel (hiddenSize parameters) at a time: the samples it touches are the same for every j. */
  private pixelDone = -1;
  private readonly sumUp: Float64Array;
  private readonly sumDown: Float64Array;

  constructor(
    private readonly p: TwoLayerNetParams,
    private readonly c: ForwardCache,
    private readonly nz: ReturnType<typeof nonZeroByPixel>,
    private readonly h: number,
  ) {
    const { inputSize: d, hiddenSize: hs, outputSize: o } = p;
    this.ends = [d * hs, d * hs + hs, d * hs + hs + hs * o, d * hs + hs + hs * o + o];
    this.total = this.ends[3];
    this.gradient = new Float64Array(this.total);
    this.terms = new Float64Array(c.batch);
    this.row = new Float64Array(o);
    this.e = new Float64Array(o);
    this.sumUp = new Float64Array(hs);
    this.sumDown = new Float64Array(hs);
  }

  get loss(): number {
    return this.c.loss;
  }

  advance(deadline: number, now: () => number): boolean {
    while (!this.advanceBy(CHUNK)) if (now() >= deadline) return false;
    return true;
  }

  advanceBy(count: number): boolean {
    const stop = Math.min(this.total, this.done + Math.max(0, Math.floor(count)));
    const [w1End, b1End, w2End] = this.ends;
    const { hiddenSize: hs, outputSize: o, W2, b2 } = this.p;
    for (let f = this.done; f < stop; f++) {
      if (f < w1End) {
        const i = Math.floor(f / hs);
        if (this.pixelDone < i) this.pixel(i);
      } else if (f < b1End) {
        this.gradient[f] = this.hiddenBias(f - w1End);
      } else if (f < w2End) {
        const q = f - b1End;
        this.gradient[f] = this.outputParam(W2[q], Math.floor(q / o), q % o);
      } else {
        this.gradient[f] = this.outputParam(b2[f - w2End], -1, f - w2End);
      }
    }
    this.done = stop;
    return this.done === this.total;
  }

  /** The gradient of W1[i][0…hiddenSize): every sample whose pixel i is not zero, every hidden unit. */
  private pixel(i: number): void {
    this.pixelDone = i;
    const { start, rows, values } = this.nz;
    const { hiddenSize: hs, W1 } = this.p;
    if (start[i] === start[i + 1]) return; // pixel i is 0 in every sample: L(w ± h) = L, the gradient stays 0
    // Σ of the cached terms of the samples this pixel does not touch, shared by all j.
    const touched = this.terms.fill(0);
    for (let r = start[i]; r < start[i + 1]; r++) touched[rows[r]] = 1;
    let unaffected = 0;
    for (let n = 0; n < this.c.batch; n++) if (touched[n] === 0) unaffected += this.c.logs[n];
    this.sumUp.fill(unaffected);
    this.sumDown.fill(unaffected);
    for (let r = start[i]; r < start[i + 1]; r++) {
      const n = rows[r];
      const xv = values[r];
      for (let j = 0; j < hs; j++) {
        const w = W1[i * hs + j];
        this.sumUp[j] += hiddenTerm(this.p, this.c, this.row, this.e, n, j, xv * (w + this.h - w));
        this.sumDown[j] += hiddenTerm(this.p, this.c, this.row, this.e, n, j, xv * (w - this.h - w));
      }
    }
    const batch = this.c.batch;
    for (let j = 0; j < hs; j++) this.gradient[i * hs + j] = this.central(-this.sumUp[j] / batch, -this.sumDown[j] / batch);
  }

  private hiddenBias(j: number): number {
    const w = this.p.b1[j];
    const loss = (da: number) => {
      for (let n = 0; n < this.c.batch; n++) this.terms[n] = hiddenTerm(this.p, this.c, this.row, this.e, n, j, da);
      return -pairwiseSum(this.terms) / this.c.batch;
    };
    const up = loss(w + this.h - w);
    return this.central(up, loss(w - this.h - w));
  }

  /** W2[j][k] (a2[n][k] moves by z1[n][j]·Δ) or, with j = −1, b2[k] (by Δ). */
  private outputParam(w: number, j: number, k: number): number {
    const { z1, batch } = this.c;
    const hs = this.p.hiddenSize;
    const loss = (step: number) => {
      for (let n = 0; n < batch; n++) this.terms[n] = outputTerm(this.c, this.row, this.e, n, k, j < 0 ? step : z1[n * hs + j] * step);
      return -pairwiseSum(this.terms) / batch;
    };
    const up = loss(w + this.h - w);
    return this.central(up, loss(w - this.h - w));
  }

  private central(lossUp: number, lossDown: number): number {
    return (lossUp - lossDown) / (2 * this.h);
  }
}
