import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/random.ts';
import { compareGradients, gradientCheck } from './gradientCheck.ts';
import { initTwoLayerNetParams } from './twoLayerNetParams.ts';
import { forwardCache } from './numericalFast/forwardCache.ts';
import { numericalGradientFast } from './numericalFast/numericalGradientFast.ts';
import { randomBatch, randomParams } from './numericalFast/testing/naive.ts';

const book = { inputSize: 784, hiddenSize: 50, outputSize: 10 };

describe('gradientCheck', () => {
  it('book network at initialisation: relative error ≈ 1e-7 / 2yₜ ≈ 5e-7 in every group, from the loss’s 1e-7', () => {
    const random = createRandom(0);
    const params = initTwoLayerNetParams(book, 0.01, random);
    const { x, labels } = randomBatch(3, 784, 10, 0.81, random);
    const report = gradientCheck(params, x, labels);
    expect(report.groups.map((g) => [g.key, g.count])).toEqual([['W1', 39200], ['b1', 50], ['W2', 500], ['b2', 10]]);
    expect(report).toMatchObject({ batchSize: 3, h: 1e-4, delta: 1e-7 });
    expect(Math.abs(report.loss - Math.log(10))).toBeLessThan(0.05);
    // Every yₜ ≈ 0.1 at initialisation: backprop's y − t ignores the 1e-7 in log(y + 1e-7), whose derivative
    // carries yₜ / (yₜ + 1e-7) ≈ 1 − 1e-6; the symmetric relative error halves that.
    for (const g of report.groups) {
      expect(g.relativeError).toBeGreaterThan(4e-7);
      expect(g.relativeError).toBeLessThan(6e-7);
      expect(g.maxAbsDiff).toBeLessThan(1e-6);
    }
  });

  it('with the 1e-7 put into backprop, what is left is the central difference’s h² truncation and rounding', () => {
    const random = createRandom(4);
    const params = randomParams({ inputSize: 12, hiddenSize: 6, outputSize: 10 }, 0.7, random);
    const { x, labels } = randomBatch(8, 12, 10, 0.5, random);
    const c = forwardCache(params, x, labels);
    // db2ₖ = Σₙ rₙ (yₙₖ − tₙₖ) / B with rₙ = yₙₜ / (yₙₜ + 1e-7): the derivative of the book's loss as written.
    const exact = new Float64Array(10);
    for (let n = 0; n < 8; n++) {
      const yt = c.y[n * 10 + labels[n]];
      const r = yt / (yt + 1e-7);
      for (let k = 0; k < 10; k++) exact[k] += (r * (c.y[n * 10 + k] - (k === labels[n] ? 1 : 0))) / 8;
    }
    const numerical = numericalGradientFast(params, x, labels).b2;
    expect(compareGradients('b2', exact, numerical).relativeError).toBeLessThan(1e-8);
    expect(gradientCheck(params, x, labels).groups[3].relativeError).toBeGreaterThan(1e-7);
  });

  it('larger weights: the relative error stays below 1e-5', () => {
    const random = createRandom(9);
    const params = randomParams({ inputSize: 30, hiddenSize: 8, outputSize: 10 }, 1, random);
    const { x, labels } = randomBatch(5, 30, 10, 0.5, random);
    for (const g of gradientCheck(params, x, labels).groups) expect(g.relativeError).toBeLessThan(1e-5);
  });

  it('a wrong backprop (one entry off by 1%) is seen at once; two zero gradients agree exactly', () => {
    const good = [0.5, -0.25, 1e-3];
    const bad = [0.5 * 1.01, -0.25, 1e-3];
    expect(compareGradients('b2', bad, good).relativeError).toBeGreaterThan(1e-3);
    expect(compareGradients('b2', good, good)).toEqual({ key: 'b2', count: 3, maxAbsDiff: 0, relativeError: 0 });
    expect(compareGradients('b1', [0, 0], [0, 0]).relativeError).toBe(0);
    expect(() => compareGradients('W1', [1], [1, 2])).toThrow(/W1 has 1 and 2 entries/);
  });
});
