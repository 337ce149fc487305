import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { gatherImages, gatherLabels } from '../data/batch.ts';
import { syntheticMnistSplit } from '../data/syntheticMnist.ts';
import { createRandom } from '../random/random.ts';
import { initTwoLayerNetParams, PARAM_KEYS, type TwoLayerNetParams } from '../net/twoLayerNetParams.ts';
import { argmaxAt, twoLayerNetForward as referenceForward, twoLayerNetGradient as referenceGradient, twoLayerNetLoss } from '../index.ts';
import { instantiateKernels, type KernelsVariant } from './wasmKernels.ts';
import { PackedMnist } from './packedMnist.ts';
import { WasmNet } from './wasmNet.ts';

setFlagsFromString('--experimental-wasm-relaxed-simd'); // Node 20: test the fused build too (Chromium's default)

// The wasm kernels (float32) against the float64 reference: same step, same loss, same updated parameters.
function referenceStep(p: TwoLayerNetParams, split: ReturnType<typeof syntheticMnistSplit>, ids: Int32Array, lr: number) {
  const x = gatherImages(split, ids, new Float64Array(ids.length * split.pixels));
  const t = gatherLabels(split, ids);
  const g = referenceGradient(p, x, t);
  for (const k of PARAM_KEYS) for (let i = 0; i < p[k].length; i++) p[k][i] -= lr * g[k][i];
  return twoLayerNetLoss(p, x, t);
}

function maxRelDiff(a: Float64Array, b: Float64Array, floor: number): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), floor));
  return m;
}

describe.each<KernelsVariant>(['simd', 'relaxed'])('WasmNet (%s build)', (variant) => {
  // Hidden sizes that take every register-block path: 13, 8, 4 vectors, single leftovers, lane padding.
  const hiddens = [1, 3, 4, 7, 16, 29, 50, 52, 53, 100];
  const train = syntheticMnistSplit(400, 1);
  const test = syntheticMnistSplit(150, 2);
  const net = new WasmNet(new PackedMnist({ train, test }, instantiateKernels(variant)));

  it.each(hiddens)('hidden %i: a training step matches the float64 reference', (hidden) => {
    const random = createRandom(hidden);
    const p = initTwoLayerNetParams({ inputSize: 784, hiddenSize: hidden, outputSize: 10 }, 0.3, random);
    net.configure(hidden, 10, 64);
    net.setParams(p);
    for (let it = 0; it < 3; it++) {
      const ids = random.choice(train.count, it === 2 ? 7 : 64);
      const expected = referenceStep(p, train, ids, 0.5);
      expect(Math.abs(net.trainStep(ids, 0.5) - expected) / expected).toBeLessThan(2e-6);
    }
    const got = net.getParams();
    for (const k of PARAM_KEYS) expect(maxRelDiff(got[k], p[k], 1e-2), k).toBeLessThan(2e-5);
  });

  it('a saturated network (sigmoid and softmax clamped against subnormals) still matches the reference; NaN still shows', () => {
    const random = createRandom(11);
    const p = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 50, outputSize: 10 }, 0.3, random);
    net.configure(50, 10, 64);
    net.setParams(p);
    for (let it = 0; it < 4; it++) {
      const ids = random.choice(train.count, 64);
      const expected = referenceStep(p, train, ids, 40); // lr 40: pre-activations of hundreds, probabilities of 1e-30
      expect(Math.abs(net.trainStep(ids, 40) - expected) / expected).toBeLessThan(1e-4);
    }
    const q = net.getParams();
    q.W2[7] = NaN;
    net.setParams(q);
    expect(net.batchLoss(random.choice(train.count, 8))).toBeNaN(); // one NaN score: the loss is NaN, not finite
  });

  it('evaluates and predicts like the reference, in any range', () => {
    const random = createRandom(5);
    const p = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 50, outputSize: 10 }, 0.5, random);
    net.configure(50, 10, 100);
    net.setParams(p);
    for (let i = 0; i < 20; i++) net.trainStep(random.choice(train.count, 100), 0.5);
    const q = net.getParams();
    const x = gatherImages(test, Int32Array.from({ length: test.count }, (_, i) => i), new Float64Array(test.count * 784));
    const { y } = referenceForward(q, x, test.count);
    const expected = Uint8Array.from({ length: test.count }, (_, i) => argmaxAt(y, i * 10, 10));
    expect(Array.from(net.predict('test', 0, test.count))).toEqual(Array.from(expected));
    expect(Array.from(net.predict('test', 17, 40))).toEqual(Array.from(expected.subarray(17, 40)));
    const correct = expected.reduce((n, c, i) => n + (c === test.labels[i] ? 1 : 0), 0);
    expect(net.evaluate('test', 0, test.count)).toBe(correct);
    expect(net.evaluate('test', 0, 77) + net.evaluate('test', 77, test.count)).toBe(correct);
    expect(net.evaluate('test', 5, 5)).toBe(0);
    expect(correct / test.count).toBeGreaterThan(0.5); // it learned something
  });

  it('reads parameters back exactly as float32 and checks shapes and ranges', () => {
    const p = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 6, outputSize: 10 }, 0.1, createRandom(0));
    net.configure(6, 10, 10);
    net.setParams(p);
    const q = net.getParams();
    expect(q.W1[5]).toBe(Math.fround(p.W1[5]));
    expect(q.W2.length).toBe(60);
    expect(() => net.setParams({ ...p, hiddenSize: 7 })).toThrow();
    expect(() => net.trainStep(new Int32Array(11), 0.1)).toThrow(/batch of 11, expected 1…10/);
    expect(() => net.trainStep(Int32Array.of(400), 0.1)).toThrow(/ids\[0\] is 400/);
    expect(() => net.evaluate('test', 0, 151)).toThrow(/outside \[0, 150\]/);
  });

  it('handles input sizes that are not a multiple of 16 and images without any nonzero pixel', () => {
    const small = syntheticMnistSplit(30, 3, 37);
    small.images.fill(0, 0, 37 * 2); // two blank images
    const n = new WasmNet(new PackedMnist({ train: small }, instantiateKernels(variant)));
    const p = initTwoLayerNetParams({ inputSize: 37, hiddenSize: 5, outputSize: 10 }, 0.5, createRandom(1));
    n.configure(5, 10, 8);
    n.setParams(p);
    const ids = Int32Array.of(0, 1, 2, 3, 29, 0, 7);
    const expected = referenceStep(p, small, ids, 0.2);
    expect(Math.abs(n.trainStep(ids, 0.2) - expected) / expected).toBeLessThan(2e-6);
    expect(maxRelDiff(n.getParams().W1, p.W1, 1e-2)).toBeLessThan(2e-5);
    expect(() => n.evaluate('test', 0, 1)).toThrow(/no test split/);
  });

  it('packs gaps between nonzero pixels of any length (fillers past 255) and trains on them like the reference', () => {
    const patterns = [[783], [0, 783], [0, 255, 511, 1 + 511, 767], [256], [255, 510], [12, 13, 14, 300, 301], [], [0]];
    const split = syntheticMnistSplit(patterns.length, 4);
    split.images.fill(0);
    patterns.forEach((pixels, i) => pixels.forEach((k, j) => (split.images[i * 784 + k] = j % 2 ? 255 : 1 + ((k * 7) % 254))));
    const n = new WasmNet(new PackedMnist({ train: split }, instantiateKernels(variant)));
    const ids = Int32Array.from(patterns.keys());
    expect(Array.from(n.data.gatherImages('train', ids))).toEqual(Array.from(gatherImages(split, ids, new Float64Array(ids.length * 784))));
    expect(Array.from(n.data.images('train', 0, split.count))).toEqual(Array.from(split.images));
    const p = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 50, outputSize: 10 }, 0.5, createRandom(3));
    n.configure(50, 10, 8);
    n.setParams(p);
    const expected = referenceStep(p, split, ids, 0.3);
    expect(Math.abs(n.trainStep(ids, 0.3) - expected) / expected).toBeLessThan(2e-6);
    expect(maxRelDiff(n.getParams().W1, p.W1, 1e-2)).toBeLessThan(2e-5);
  });

  it('packs data sets larger than one staging chunk (1024 images)', () => {
    const big = syntheticMnistSplit(2500, 9);
    const n = new WasmNet(new PackedMnist({ train: big }, instantiateKernels(variant)));
    const p = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 9, outputSize: 10 }, 0.5, createRandom(2));
    n.configure(9, 10, 16);
    n.setParams(p);
    const ids = Int32Array.from({ length: big.count }, (_, i) => i);
    const { y } = referenceForward(p, gatherImages(big, ids, new Float64Array(big.count * 784)), big.count);
    const expected = Uint8Array.from({ length: big.count }, (_, i) => argmaxAt(y, i * 10, 10));
    expect(Array.from(n.predict('train', 0, big.count))).toEqual(Array.from(expected));
  });

  it('gives back the loaded images and labels from its packed copy, also after memory grows', () => {
    const small = syntheticMnistSplit(30, 3, 37);
    small.images.fill(0, 0, 37 * 2); // two blank images
    const tiny = syntheticMnistSplit(12, 4, 37);
    const n = new WasmNet(new PackedMnist({ train: small, test: tiny }, instantiateKernels(variant)));
    const ids = Int32Array.of(0, 1, 29, 5, 5, 17);
    const expected = gatherImages(small, ids, new Float64Array(ids.length * 37));
    expect(Array.from(n.data.gatherImages('train', ids))).toEqual(Array.from(expected));
    expect(Array.from(n.data.gatherLabels('train', ids))).toEqual(Array.from(gatherLabels(small, ids)));
    expect(n.data.count('train')).toBe(30);
    const before = n.data.memoryBytes;
    n.configure(400, 10, 4000); // grows the memory: every earlier view of it is detached
    expect(n.data.memoryBytes).toBeGreaterThan(before);
    expect(Array.from(n.data.gatherImages('train', ids))).toEqual(Array.from(expected));
    expect(Array.from(n.data.images('test', 3, 9))).toEqual(Array.from(tiny.images.subarray(3 * 37, 9 * 37)));
    expect(Array.from(n.data.labels('test', 0, tiny.count))).toEqual(Array.from(tiny.labels));
    const out = new Float64Array(3 * 37).fill(7);
    n.data.gatherImages('train', [1, 2], out);
    expect(Array.from(out.subarray(0, 2 * 37))).toEqual(Array.from(gatherImages(small, [1, 2], new Float64Array(2 * 37))));
    expect(out[2 * 37]).toBe(7);
    expect(() => n.data.gatherImages('train', [30])).toThrow(/indices\[0\] is 30/);
    expect(() => n.data.gatherImages('train', [0, 1], new Float64Array(37))).toThrow(/out has length 37/);
    expect(() => n.data.images('test', 0, 13)).toThrow(/outside \[0, 12\]/);
    const bare = new WasmNet(new PackedMnist({ train: small }, instantiateKernels(variant)));
    expect(bare.data.count('test')).toBe(0);
    expect(() => bare.data.labels('test', 0, 1)).toThrow(/no test split/);
  });

  it('computes e^x to about 1 ulp of float32', () => {
    let worst = 0;
    for (let x = -87; x <= 88; x += 0.0137) {
      const e = Math.exp(Math.fround(x)); // the argument itself is a float32
      worst = Math.max(worst, Math.abs(net.expLane(x) - e) / e);
    }
    expect(worst).toBeLessThan(2.5e-7);
    expect(Number.isNaN(net.expLane(NaN))).toBe(true);
    expect(net.expLane(1000)).toBeGreaterThan(1e38);
    expect(net.expLane(-1000)).toBeLessThan(1e-37);
  });
});
