import { describe, expect, it } from 'vitest';
import { syntheticMnistSplit } from '../data/syntheticMnist.ts';
import { createTrainer } from './twoLayerNetTrainer.ts';
import { isEvaluationIteration, iterationsPerEpoch, trainerConfigProblems, BOOK_TRAINER_CONFIG } from './twoLayerNetTrainerConfig.ts';

const data = { train: syntheticMnistSplit(600, 11), test: syntheticMnistSplit(200, 12) };

describe('createTrainer', () => {
  it('runs the same seeded run on both backends (float32 wasm within 1e-5 of float64 js)', () => {
    const js = createTrainer(data, { backend: 'js', seed: 3, batchSize: 50, learningRate: 0.5 });
    const wasm = createTrainer(data, { backend: 'wasm', seed: 3, batchSize: 50, learningRate: 0.5 });
    const a = js.steps(30), b = wasm.steps(30);
    for (let i = 0; i < 30; i++) expect(Math.abs(a[i] - b[i]) / a[i]).toBeLessThan(1e-5);
    expect(a[29]).toBeLessThan(a[0]);
    expect([js.iteration, wasm.iteration]).toEqual([30, 30]);
    expect(wasm.evaluate('test', 0, 200)).toBe(js.evaluate('test', 0, 200));
    expect(Array.from(wasm.predict('test', 10, 30))).toEqual(Array.from(js.predict('test', 10, 30)));
    expect(wasm.accuracy('train')).toBe(js.accuracy('train'));
  });

  it('reset repeats a run exactly, and can change the configuration', () => {
    const t = createTrainer(data, { seed: 1, batchSize: 20 });
    const first = t.steps(5);
    t.reset();
    expect(t.iteration).toBe(0);
    expect(Array.from(t.steps(5))).toEqual(Array.from(first));
    t.reset({ hiddenSize: 7, batchSize: 64 });
    expect(t.exportParams().hiddenSize).toBe(7);
    expect(t.steps(3).every(Number.isFinite)).toBe(true);
    expect(() => t.reset({ batchSize: 0 })).toThrow(/batchSize must be an integer in \[1, 600\], got 0/);
    expect(t.config.batchSize).toBe(64);
  });

  it('changes the learning rate mid-run and imports/exports parameters', () => {
    const a = createTrainer(data, { seed: 2 }), b = createTrainer(data, { seed: 2 });
    a.steps(3);
    b.steps(3);
    b.setLearningRate(1e-9);
    expect(a.step()).not.toBe(b.step());
    expect(() => a.setLearningRate(-1)).toThrow(/learningRate must be a number in \(0, 1000\], got -1/);
    b.importParams(a.exportParams());
    expect(b.evaluate('train', 0, 600)).toBe(a.evaluate('train', 0, 600));
    expect(() => a.importParams({ ...a.exportParams(), hiddenSize: 3 })).toThrow(/params are 784-3-10/);
    expect(() => a.evaluate('test', 0, 201)).toThrow(/outside \[0, 200\] of test/);
  });

  it('numericalStep follows the book: the loss after it is close to the backprop step from the same state', () => {
    const opts = { seed: 4, hiddenSize: 3, batchSize: 4, learningRate: 0.5 };
    const numeric = createTrainer(data, { ...opts, backend: 'js' });
    const exact = createTrainer(data, { ...opts, backend: 'js' });
    const steps = numeric.numericalStep(500);
    let r = steps.next(), progress = 0;
    while (!r.done) {
      progress = r.value.done;
      r = steps.next();
    }
    expect(progress).toBe(2000); // of 784·3 + 3 + 3·10 + 10 = 2395 parameters, every 500
    // The gradients differ by ~1e-7 / y_t relative (the loss's δ = 1e-7, see twoLayerNet.test.ts): measured 6e-8.
    expect(Math.abs(r.value - exact.step()) / r.value).toBeLessThan(1e-6);
    expect(numeric.iteration).toBe(1);
  });

  it('checks its configuration and knows when the book evaluates', () => {
    expect(trainerConfigProblems(BOOK_TRAINER_CONFIG, 60000)).toEqual([]);
    expect(trainerConfigProblems({ ...BOOK_TRAINER_CONFIG, hiddenSize: 2.5, learningRate: NaN }, 60000)).toEqual([
      'hiddenSize must be an integer in [1, 1024], got 2.5',
      'learningRate must be a number in (0, 1000], got NaN',
    ]);
    expect(() => createTrainer(data, { batchSize: 601 })).toThrow(/batchSize/);
    expect(iterationsPerEpoch(60000, 100)).toBe(600);
    const evals = Array.from({ length: 10000 }, (_, i) => i).filter((i) => isEvaluationIteration(i, 60000, 100));
    expect(evals.length).toBe(17);
    expect(evals.slice(0, 3)).toEqual([0, 600, 1200]);
    expect(isEvaluationIteration(1875, 60000, 128)).toBe(true); // iter_per_epoch 468.75, as the book's float %
    expect(isEvaluationIteration(469, 60000, 128)).toBe(false);
  });
});
