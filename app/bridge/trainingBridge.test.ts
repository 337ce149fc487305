// The bridge's ownership of the worker, with stand-ins: a MessageChannel port for the Worker (a comlink
// endpoint on the other side) and an EventTarget for the window's pagehide/pageshow.
import { expose } from 'comlink';
import { afterEach, expect, test } from 'vitest';
import type { DataSummary, TrainingApi } from '../../workers/protocol.ts';
import { createTrainingBridge, type TrainingBridge } from './trainingBridge.ts';

interface FakeWorker {
  terminated: boolean;
}

const summary = (n: number): DataSummary => ({
  trainCount: n, testCount: 0, side: 28, sampleIndices: new Int32Array(0), sampleImages: new Uint8Array(0), sampleLabels: new Uint8Array(0),
});

function harness() {
  const workers: FakeWorker[] = [];
  const page = new EventTarget();
  const createWorker = () => {
    const channel = new MessageChannel();
    const n = workers.length + 1;
    // The worker side: each worker answers loadData with its own number.
    expose({ connect: () => undefined, loadData: async () => ({ ok: true, summary: summary(n) }) as const } satisfies Partial<TrainingApi>, channel.port2);
    const fake: FakeWorker = { terminated: false };
    workers.push(fake);
    const port = channel.port1 as unknown as Worker;
    (port as unknown as { terminate: () => void }).terminate = () => {
      fake.terminated = true;
      channel.port1.close();
      channel.port2.close();
    };
    return port;
  };
  let restored = 0;
  const bridge = createTrainingBridge(
    { onUpdate: () => undefined, onFailure: () => undefined, onRestore: () => restored++ },
    { createWorker, page },
  );
  const pageshow = (persisted: boolean) => page.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
  return { bridge, workers, page, pageshow, restored: () => restored };
}

let open: TrainingBridge | null = null;
afterEach(() => open?.dispose());

test('the worker starts on first use, ends on pagehide, and comes back on the next call after a bfcache restore', async () => {
  const h = harness();
  open = h.bridge;
  expect(h.workers.length).toBe(0); // nothing until used
  expect(await h.bridge.loadData(() => undefined)).toMatchObject({ ok: true, summary: { trainCount: 1 } });
  expect(h.workers.length).toBe(1);

  h.page.dispatchEvent(new Event('pagehide'));
  expect(h.workers[0].terminated).toBe(true);
  h.pageshow(false); // a first show is no restore
  expect(h.restored()).toBe(0);
  h.pageshow(true);
  expect(h.restored()).toBe(1);
  expect(h.workers.length).toBe(1); // lazily: not at pageshow

  expect(await h.bridge.api.loadData()).toMatchObject({ ok: true, summary: { trainCount: 2 } });
  expect(h.workers.length).toBe(2);
  expect(h.workers[1].terminated).toBe(false);
  h.pageshow(true); // not hidden since: nothing to restore
  expect(h.restored()).toBe(1);
});

test('pagehide without a worker does nothing; dispose terminates and stops listening', async () => {
  const h = harness();
  open = h.bridge;
  h.page.dispatchEvent(new Event('pagehide'));
  h.pageshow(true);
  expect(h.restored()).toBe(0);
  await h.bridge.api.loadData();
  h.bridge.dispose();
  h.bridge.dispose(); // twice is fine
  expect(h.workers[0].terminated).toBe(true);
  h.page.dispatchEvent(new Event('pagehide'));
  h.pageshow(true);
  expect(h.restored()).toBe(0);
  expect(() => h.bridge.api).toThrow(/disposed/);
  expect(h.workers.length).toBe(1);
});
