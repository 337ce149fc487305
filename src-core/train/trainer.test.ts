import { describe, expect, it } from 'vitest';
import { syntheticMnistSplit } from '../data/syntheticMnist.ts';
import { createBackend } from './backend.ts';
import { createTrainer } from './trainer.ts';
import { BOOK_TRAINING_CONFIG, trainingConfigProblems } from './trainingConfig.ts';

const data = { train: syntheticMnistSplit(600, 11), test: syntheticMnistSplit(200, 12) };
const js = () => createBackend(data, { backend: 'js' });
const wasm = () => createBackend(data, { backend: 'wasm' });
const steps = (t: { step(): number }, n: number) => Array.from({ length: n }, () => t.step());

describe('createTrainer', () => {
  it('runs the same seeded run on both backends (float32 wasm within 1e-5 of float64 js)', () => {
    const a = createTrainer(js(), { seed: 3, batchSize: 50, learningRate: 0.5 });
    const b = createTrainer(wasm(), { seed: 3, batchSize: 50, learningRate: 0.5 });
    const la = steps(a, 30), lb = steps(b, 30);
    for (let i = 0; i < 30; i++) expect(Math.abs(la[i] - lb[i]) / la[i]).toBeLessThan(1e-5);
    expect(la[29]).toBeLessThan(la[0]);
    expect([a.iteration, b.iteration]).toEqual([30, 30]);
    expect(b.evaluate('test', 0, 200)).toBe(a.evaluate('test', 0, 200));
    expect(Array.from(b.predict('test', 10, 30))).toEqual(Array.from(a.predict('test', 10, 30)));
    expect(b.accuracy('train')).toBe(a.accuracy('train'));
  });

  it('reset repeats a run exactly, and can change the configuration', () => {
    const t = createTrainer(wasm(), { seed: 1, batchSize: 20 });
    const first = steps(t, 5);
    t.reset();
    expect(t.iteration).toBe(0);
    expect(steps(t, 5)).toEqual(first);
    t.reset({ hiddenSize: 7, batchSize: 64 });
    expect(t.exportParams().hiddenSize).toBe(7);
    expect(steps(t, 3).every(Number.isFinite)).toBe(true);
    expect(() => t.reset({ batchSize: 0 })).toThrow(/batchSize must be an integer in \[1, 600\], got 0/);
    expect(t.config.batchSize).toBe(64);
  });

  it('changes the learning rate mid-run and imports/exports parameters', () => {
    const a = createTrainer(wasm(), { seed: 2 }), b = createTrainer(wasm(), { seed: 2 });
    steps(a, 3);
    steps(b, 3);
    b.setLearningRate(1e-4);
    expect(a.step()).not.toBe(b.step());
    expect(b.config.learningRate).toBe(1e-4);
    expect(() => a.setLearningRate(-1)).toThrow(/learningRate must be a number in \[0.0001, 100\], got -1/);
    b.importParams(a.exportParams());
    expect(b.evaluate('train', 0, 600)).toBe(a.evaluate('train', 0, 600));
    const other = createTrainer(wasm(), { hiddenSize: 3 }).exportParams();
    expect(() => a.importParams(other)).toThrow(/params are 784-3-10, the run is 784-50-10/);
    expect(() => a.evaluate('test', 0, 201)).toThrow(/outside \[0, 200\] of test/);
  });

  it('the numerical gradient follows the book: its loss is close to the backprop step from the same state', () => {
    const opts = { seed: 4, hiddenSize: 3, batchSize: 4, learningRate: 0.5 };
    const numeric = createTrainer(js(), { ...opts, gradientMethod: 'numerical' });
    const exact = createTrainer(js(), opts);
    let clock = 0;
    const sliced = createTrainer(js(), { ...opts, gradientMethod: 'numerical' }, () => clock++);
    // A deadline that comes at once still does one chunk per call: the iteration completes over many calls.
    let calls = 0, loss: number | null = null;
    while (loss === null) {
      loss = sliced.work(clock);
      calls++;
      if (loss === null) expect(sliced.progress()?.total).toBe(784 * 3 + 3 + 3 * 10 + 10);
    }
    expect(calls).toBeGreaterThan(1);
    expect(sliced.progress()).toBeNull();
    const whole = numeric.step();
    expect(loss).toBe(whole); // sliced or not, the same float64 arithmetic
    // The gradients differ by ~1e-7 / y_t relative (the loss's δ = 1e-7, see twoLayerNet.test.ts).
    expect(Math.abs(whole - exact.step()) / whole).toBeLessThan(1e-6);
    expect(numeric.iteration).toBe(1);
  });

  it.each(['backprop', 'numerical'] as const)('a %s run restored from a snapshot goes on exactly as it would have', (gradientMethod) => {
    const opts = { seed: 5, hiddenSize: 4, batchSize: 8, learningRate: 0.3, gradientMethod };
    const whole = createTrainer(wasm(), opts);
    const before = steps(whole, 3);
    const snap = whole.snapshot();
    const rest = steps(whole, 4);
    const resumed = createTrainer(wasm(), { ...opts, seed: 99, hiddenSize: 9 }); // another run, replaced by the snapshot
    resumed.restore(snap);
    expect(resumed.iteration).toBe(3);
    expect(steps(resumed, 4)).toEqual(rest);
    expect(resumed.evaluate('test', 0, 200)).toBe(whole.evaluate('test', 0, 200));
    expect(before.length).toBe(3);
  });

  it('two trainers can share one backend: interleaved, each run is what it would be alone', () => {
    const backend = wasm();
    const a = createTrainer(backend, { seed: 6, hiddenSize: 5, batchSize: 20 });
    const b = createTrainer(backend, { seed: 7, hiddenSize: 9, batchSize: 30, trainSize: 300 });
    const la: number[] = [], lb: number[] = [];
    for (let i = 0; i < 6; i++) {
      la.push(a.step());
      lb.push(b.step());
    }
    const accA = a.evaluate('test', 0, 200), accB = b.evaluate('test', 0, 200);
    const aloneA = createTrainer(wasm(), { seed: 6, hiddenSize: 5, batchSize: 20 });
    const aloneB = createTrainer(wasm(), { seed: 7, hiddenSize: 9, batchSize: 30, trainSize: 300 });
    expect(la).toEqual(steps(aloneA, 6));
    expect(lb).toEqual(steps(aloneB, 6));
    expect([accA, accB]).toEqual([aloneA.evaluate('test', 0, 200), aloneB.evaluate('test', 0, 200)]);
    b.reset({ hiddenSize: 4 }); // a new shape while the other owns the network
    expect(Number.isFinite(a.step()) && Number.isFinite(b.step())).toBe(true);
  });

  it('checks its configuration', () => {
    expect(trainingConfigProblems(BOOK_TRAINING_CONFIG, 60000)).toEqual([]);
    expect(trainingConfigProblems({ ...BOOK_TRAINING_CONFIG, hiddenSize: 2.5, learningRate: NaN }, 60000)).toEqual([
      'hiddenSize must be an integer in [1, 1000], got 2.5',
      'learningRate must be a number in [0.0001, 100], got NaN',
    ]);
    expect(() => createTrainer(js(), { batchSize: 601 })).toThrow(/batchSize/);
  });
});
