import { describe, expect, it } from 'vitest';
import { gatherImages, gatherLabels } from '../../data/batch.ts';
import { loadMnistSplit } from '../../data/mnistFiles.ts';
import { createRandom } from '../../random/random.ts';
import type { TwoLayerNetParams } from '../twoLayerNetParams.ts';
import { fastNumericalJob, numericalGradientRange, type ParameterRange } from './numericalGradientJob.ts';
import { PARAMETER_COST, parameterWork, splitParameterRanges } from './parameterRanges.ts';
import { randomBatch, randomParams } from './testing/naive.ts';
import { termByTermGradient } from './testing/termByTerm.ts';

/** Index of the first entry where a and b are not the same double (Object.is), or −1; a length mismatch counts. */
function firstMismatch(a: Float64Array, b: Float64Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!Object.is(a[i], b[i])) return i;
  return a.length === b.length ? -1 : n;
}

function wholeGradient(p: TwoLayerNetParams, x: Float64Array, labels: Int32Array, h = 1e-4): Float64Array {
  const job = fastNumericalJob(p, x, labels, h);
  job.advanceBy(Infinity);
  return job.gradient;
}

/** The ranges computed last to first, each into its slice of one buffer filled with NaN, concatenated. */
function byRanges(p: TwoLayerNetParams, x: Float64Array, labels: Int32Array, ranges: readonly ParameterRange[]): Float64Array {
  const out = new Float64Array(ranges.reduce((n, r) => n + r.to - r.from, 0)).fill(NaN);
  let at = out.length;
  for (const r of [...ranges].reverse()) {
    at -= r.to - r.from;
    numericalGradientRange(p, x, labels, r.from, r.to, 1e-4, out.subarray(at, at + r.to - r.from));
  }
  return out;
}

// 100 MNIST test images drawn as the book draws a batch; two networks: fresh (std 0.01) and one with
// larger weights, whose logit changes also take the long series and Math.expm1 / Math.log1p.
const test = loadMnistSplit('test');
const random = createRandom(4);
const sizes = { inputSize: 784, hiddenSize: 50, outputSize: 10 };
const indices = random.choice(10000, 100);
const x = gatherImages(test, indices, new Float64Array(100 * 784));
const labels = Int32Array.from(gatherLabels(test, indices));
const fresh = randomParams(sizes, 0.01, random);
const big = { ...randomParams(sizes, 0.3, random), W2: randomParams(sizes, 3, random).W2 };
const total = 784 * 50 + 50 + 500 + 10;

describe('the fused job gives the term-by-term gradient bit for bit', () => {
  it.each([
    { inputSize: 9, hiddenSize: 5, outputSize: 4, batch: 12, scale: 1, xScale: 1, h: 1e-4 },
    { inputSize: 12, hiddenSize: 7, outputSize: 10, batch: 20, scale: 0.5, xScale: 1, h: 1e-4 },
    { inputSize: 8, hiddenSize: 6, outputSize: 5, batch: 9, scale: 40, xScale: 30, h: 1e-4 },
    { inputSize: 8, hiddenSize: 6, outputSize: 10, batch: 9, scale: 2, xScale: 1, h: 0.1 },
  ])('$inputSize-$hiddenSize-$outputSize, weights ×$scale, h $h', (s) => {
    const r = createRandom(s.inputSize * 31 + s.hiddenSize);
    const p = randomParams(s, s.scale, r);
    const batch = randomBatch(s.batch, s.inputSize, s.outputSize, 0.3, r, s.xScale);
    expect(firstMismatch(wholeGradient(p, batch.x, batch.labels, s.h), termByTermGradient(p, batch.x, batch.labels, s.h))).toBe(-1);
  });

  it.each([['fresh', fresh], ['big weights', big]] as const)('784-50-10 on 100 MNIST images, %s', (_, p) => {
    const whole = wholeGradient(p, x, labels);
    expect(firstMismatch(whole, termByTermGradient(p, x, labels))).toBe(-1);
    expect(whole.some((g) => g !== 0 && Number.isFinite(g))).toBe(true);
  }, 60_000);
});

describe('parameter ranges', () => {
  it.each([1, 2, 3, 7])('%i ranges: contiguous, W1 cut on pixels, balanced, and their gradients concatenate to the whole, bit for bit', (parts) => {
    const ranges = splitParameterRanges(sizes, x, parts);
    expect(ranges).toHaveLength(parts);
    expect(ranges[0].from).toBe(0);
    expect(ranges[parts - 1].to).toBe(total);
    ranges.forEach((r, k) => {
      expect(r.to).toBeGreaterThan(r.from);
      if (k > 0) expect(r.from).toBe(ranges[k - 1].to);
      if (r.from < 784 * 50) expect(r.from % 50).toBe(0);
    });
    // Balanced: each range's estimated work is within one pixel's (the largest unit) of an equal share.
    const share = parameterWork(sizes, x, { from: 0, to: total }) / parts;
    for (const r of ranges) expect(Math.abs(parameterWork(sizes, x, r) - share)).toBeLessThanOrEqual(PARAMETER_COST.pixel + 100 * 50);
    for (const p of [fresh, big]) expect(firstMismatch(byRanges(p, x, labels, ranges), wholeGradient(p, x, labels))).toBe(-1);
  }, 60_000);

  it('estimates W1 work from the pixels the batch inks, and nothing for blank ones', () => {
    let pairs = 0;
    let inked = 0;
    for (let i = 0; i < 784; i++) {
      let samples = 0;
      for (let n = 0; n < 100; n++) if (x[n * 784 + i] !== 0) samples++;
      pairs += samples * 50;
      if (samples > 0) inked++;
    }
    expect(parameterWork(sizes, x, { from: 0, to: 784 * 50 })).toBe(pairs * PARAMETER_COST.w1Pair + inked * PARAMETER_COST.pixel);
    expect(parameterWork(sizes, x, { from: 0, to: 50 })).toBe(0); // the corner pixel is blank in MNIST
    expect(parameterWork(sizes, x, { from: 784 * 50, to: total })).toBe(100 * (50 * PARAMETER_COST.b1Pair + 510 * PARAMETER_COST.outputPair));
  });

  it('the check catches a split that skips a pixel or computes one twice', () => {
    const whole = wholeGradient(fresh, x, labels);
    const ink = Array.from({ length: 784 }, (_, i) => i).find((i) => i > 300 && x[i] !== 0)! * 50;
    const skip = [{ from: 0, to: ink }, { from: ink + 50, to: total }];
    const twice = [{ from: 0, to: ink + 50 }, { from: ink, to: total }];
    expect(firstMismatch(byRanges(fresh, x, labels, skip), whole)).toBe(ink);
    expect(firstMismatch(byRanges(fresh, x, labels, twice), whole)).toBe(ink + 50);
  }, 60_000);

  it('any range, even starting or ending inside a pixel and advanced in small steps, is its slice of the whole', () => {
    const whole = wholeGradient(big, x, labels);
    for (const [from, to] of [[0, 1], [17, 93], [20_013, 20_411], [39_190, 39_260], [39_249, 39_751], [39_759, 39_760], [500, 500]]) {
      const job = fastNumericalJob(big, x, labels, 1e-4, { from, to, out: new Float64Array(to - from).fill(NaN) });
      expect(job.total).toBe(to - from);
      let calls = 0;
      while (!job.advanceBy(7)) calls++;
      expect(calls).toBe(Math.max(0, Math.ceil((to - from) / 7) - 1));
      expect(job.done).toBe(to - from);
      expect(firstMismatch(job.gradient, whole.subarray(from, to))).toBe(-1);
    }
  }, 60_000);

  it('refuses ranges outside the parameters, a wrong-sized out and a bad parts', () => {
    expect(() => fastNumericalJob(fresh, x, labels, 1e-4, { from: 5, to: 4 })).toThrow(/range \[5, 4\)/);
    expect(() => fastNumericalJob(fresh, x, labels, 1e-4, { from: 0, to: total + 1 })).toThrow(/within the 39760 parameters/);
    expect(() => fastNumericalJob(fresh, x, labels, 1e-4, { from: 0.5, to: 3 })).toThrow(/range/);
    expect(() => numericalGradientRange(fresh, x, labels, 0, 10, 1e-4, new Float64Array(9))).toThrow(/out has length 9, expected 10/);
    expect(() => splitParameterRanges(sizes, x, 0)).toThrow(/parts/);
    expect(() => splitParameterRanges(sizes, x.subarray(1), 2)).toThrow(/multiple of inputSize 784/);
  });

  it('more parts than units of work leaves some ranges empty but still covers everything', () => {
    const s = { inputSize: 3, hiddenSize: 2, outputSize: 2 };
    const ranges = splitParameterRanges(s, new Float64Array([0, 1, 0]), 40);
    expect(ranges).toHaveLength(40);
    expect(ranges[0].from).toBe(0);
    expect(ranges[39].to).toBe(3 * 2 + 2 + 4 + 2);
    ranges.forEach((r, k) => k > 0 && expect(r.from).toBe(ranges[k - 1].to));
  });
});
