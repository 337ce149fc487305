// 4.1.2's overfitting run: the book's loop with train_size = 300 against numpy (tools/reference/overfitReference.py,
// fixture beside this file): same batches from choice(300, 100), an evaluation every iter_per_epoch = 3 iterations,
// train accuracy on those 300 images, test accuracy on all 10,000.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMnist } from '../data/mnistFiles.ts';
import { createBackend } from './backend.ts';
import { evaluatesAfter, iterationsPerEpoch } from './schedule.ts';
import { createTrainer } from './trainer.ts';

interface Fixture {
  trainSize: number;
  batchSize: number;
  learningRate: number;
  iterations: number;
  losses: number[];
  evals: [number, number, number][];
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/overfitN300.json', import.meta.url), 'utf8')) as Fixture;
const data = loadMnist();

describe('a run on the first N training images (train_size = N)', () => {
  it('N = 300 follows numpy: losses within 1e-6, all 500 evaluations equal, and the gap of overfitting', () => {
    const trainer = createTrainer(createBackend(data, { backend: 'wasm', kernels: 'simd' }), {
      seed: 0, trainSize: fixture.trainSize, batchSize: fixture.batchSize, learningRate: fixture.learningRate, iterations: fixture.iterations,
    });
    expect(trainer.trainCount).toBe(300);
    const perEpoch = iterationsPerEpoch(trainer.trainCount, fixture.batchSize);
    expect(perEpoch).toBe(3);
    let worstLoss = 0, worstTrain = 0, worstTest = 0;
    const evals: [number, number, number][] = [];
    for (let i = 0; i < fixture.iterations; i++) {
      const loss = trainer.step();
      worstLoss = Math.max(worstLoss, Math.abs(loss - fixture.losses[i]) / fixture.losses[i]);
      if (evaluatesAfter(i, perEpoch)) evals.push([i, trainer.accuracy('train'), trainer.accuracy('test')]);
    }
    expect(evals.map((e) => e[0])).toEqual(fixture.evals.map((e) => e[0]));
    evals.forEach(([, tr, te], k) => {
      worstTrain = Math.max(worstTrain, Math.abs(tr - fixture.evals[k][1]) * 300);
      worstTest = Math.max(worstTest, Math.abs(te - fixture.evals[k][2]) * 10_000);
    });
    console.info(`N = 300 vs numpy: max relative loss difference ${worstLoss.toExponential(2)}; accuracies differ by at most ` +
      `${worstTrain.toFixed(0)} of 300 training and ${worstTest.toFixed(0)} of 10,000 test images over ${evals.length} evaluations`);
    // float32 kernels: each loss within 1e-6 of numpy's float64 (measured 7.5e-7), and not one of the 10,300
    // images changes its predicted class at any of the 500 evaluations: the accuracies are numpy's exactly.
    expect(worstLoss).toBeLessThan(1e-6);
    expect(evals).toEqual(fixture.evals);
    const [, train, test] = evals.at(-1)!;
    expect(train).toBeGreaterThanOrEqual(0.99); // it has learned its 300 images …
    expect(test).toBeLessThan(0.85); // … and not the digits: overfitting
  }, 120_000);

  it('refuses a train_size outside the data set, and measures train accuracy on the first N only', () => {
    const backend = createBackend(data, { backend: 'wasm' });
    expect(() => createTrainer(backend, { trainSize: 0 })).toThrow(/trainSize must be an integer in \[1, 60000\], got 0/);
    expect(() => createTrainer(backend, { trainSize: 60_001 })).toThrow(/trainSize/);
    const t = createTrainer(backend, { trainSize: 50, batchSize: 10 });
    expect(() => t.evaluate('train', 0, 51)).toThrow(/outside \[0, 50\] of train/);
    expect(t.accuracy('train')).toBe(t.evaluate('train', 0, 50) / 50);
    t.reset({ trainSize: 60_000 });
    expect(t.trainCount).toBe(60_000);
  });
});
