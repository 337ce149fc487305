import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matrixCreate } from '../matrix.ts';
import { createRandom } from '../random/random.ts';
import { TwoLayerNet } from './twoLayerNet.ts';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/trainSeed0.json', import.meta.url), 'utf8')) as {
  w1Head: number[];
  w2Head: number[];
};

// A small batch with MNIST-like zeros: pixels in [0, 1], about 60% exactly 0.
function batch(rows: number, cols: number, seed: number) {
  const u = createRandom(seed).random(rows * cols + rows);
  const x = matrixCreate(rows, cols, Array.from({ length: rows * cols }, (_, i) => (u[i] < 0.6 ? 0 : u[i])));
  const t = Int32Array.from({ length: rows }, (_, i) => Math.floor(u[rows * cols + i] * 10));
  return { x, t };
}

// ‖a − b‖ / (‖a‖ + ‖b‖), the usual gradient-check measure.
function relativeError(a: Float64Array, b: Float64Array): number {
  let d = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += (a[i] - b[i]) ** 2;
    na += a[i] ** 2;
    nb += b[i] ** 2;
  }
  return Math.sqrt(d) / (Math.sqrt(na) + Math.sqrt(nb));
}

describe('TwoLayerNet', () => {
  it('draws W1 then W2 from the seeded generator, as numpy after np.random.seed(0)', () => {
    const net = new TwoLayerNet(784, 50, 10, 0.01, createRandom(0));
    expect(Array.from(net.params.W1.data.subarray(0, 5))).toEqual(fixture.w1Head);
    expect(Array.from(net.params.W2.data.subarray(0, 5))).toEqual(fixture.w2Head);
    expect(net.params.b1.every((v) => v === 0) && net.params.b2.every((v) => v === 0)).toBe(true);
    expect([net.params.W1.rows, net.params.W1.cols, net.params.W2.rows, net.params.W2.cols]).toEqual([784, 50, 50, 10]);
  });

  it('predicts probabilities, and takes one-hot or index labels alike', () => {
    const net = new TwoLayerNet(20, 8, 10, 0.5, createRandom(3));
    const { x, t } = batch(4, 20, 1);
    const y = net.predict(x);
    for (let s = 0; s < 4; s++) expect(y.data.subarray(s * 10, s * 10 + 10).reduce((a, b) => a + b)).toBeCloseTo(1, 14);
    const oneHot = matrixCreate(4, 10);
    t.forEach((c, s) => (oneHot.data[s * 10 + c] = 1));
    expect(net.loss(x, oneHot)).toBe(net.loss(x, t));
    expect(net.accuracy(x, oneHot)).toBe(net.accuracy(x, t));
    expect(() => net.loss(x, [1, 2])).toThrow(/t has length 2, expected 40 \(one-hot, 4×10\) or 4 \(label indices\)/);
    expect(() => net.loss(x, [1, 2, 3, 10])).toThrow(/t\[3\] is 10/);
    expect(() => net.predict(matrixCreate(1, 19))).toThrow(/20 columns/);
  });

  it('backprop agrees with the numerical gradient (784-10-10, batch 3): relative error per group < 1e-6', () => {
    const net = new TwoLayerNet(784, 10, 10, 0.1, createRandom(7));
    const { x, t } = batch(3, 784, 2);
    const exact = net.gradient(x, t);
    const numeric = net.numericalGradient(x, t);
    const errors = Object.fromEntries((['W1', 'b1', 'W2', 'b2'] as const).map((k) => [k, relativeError(exact[k], numeric[k])]));
    // Measured ≈ 4.6e-7 in every group. Not rounding: the loss is −log(y_t + 1e-7), whose exact derivative
    // carries a factor y_t / (y_t + 1e-7) that backprop's y − t leaves out, so the two differ by ≈ 1e-7 / y_t
    // (y_t ≈ 0.1–0.2 here). Truncation (h² ≈ 1e-8 relative) and rounding (~1e-16 / h) are far smaller.
    for (const k of ['W1', 'b1', 'W2', 'b2'] as const) {
      expect(errors[k], k).toBeLessThan(1e-6);
      expect(errors[k], k).toBeGreaterThan(1e-8);
    }
    // A pixel that is 0 in the whole batch gets exactly 0 in both.
    const k = Array.from({ length: 784 }, (_, i) => i).find((i) => [0, 1, 2].every((s) => x.data[s * 784 + i] === 0)) ?? -1;
    expect(k).toBeGreaterThanOrEqual(0);
    expect(Array.from(exact.W1.subarray(k * 10, k * 10 + 10))).toEqual(new Array(10).fill(0));
    expect(Array.from(numeric.W1.subarray(k * 10, k * 10 + 10))).toEqual(new Array(10).fill(0));
  });

  it('numericalGradientSteps reports progress and returns the same gradient; parameters are restored', () => {
    const net = new TwoLayerNet(6, 3, 10, 0.3, createRandom(1));
    const { x, t } = batch(2, 6, 5);
    const before = net.exportParams();
    const steps = net.numericalGradientSteps(x, t, 10);
    const seen: number[] = [];
    let r = steps.next();
    while (!r.done) {
      seen.push(r.value.done);
      expect(r.value.total).toBe(6 * 3 + 3 + 3 * 10 + 10);
      r = steps.next();
    }
    expect(seen).toEqual([10, 20, 30, 40, 50, 60]);
    expect(r.value).toEqual(net.numericalGradient(x, t));
    expect(net.exportParams()).toEqual(before);
  });

  it('applies SGD and round-trips parameters', () => {
    const net = new TwoLayerNet(6, 3, 10, 0.3, createRandom(1));
    const { x, t } = batch(5, 6, 9);
    const loss0 = net.loss(x, t);
    for (let i = 0; i < 50; i++) net.applyGradient(net.gradient(x, t), 0.5);
    expect(net.loss(x, t)).toBeLessThan(loss0);
    const copy = TwoLayerNet.fromParams(net.exportParams());
    expect(copy.loss(x, t)).toBe(net.loss(x, t));
    expect(() => net.importParams({ ...net.exportParams(), b1: new Float64Array(2) })).toThrow(/b1 has length 2, expected 3/);
  });
});
