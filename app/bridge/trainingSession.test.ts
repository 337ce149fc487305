// The connection policy against a stand-in bridge: when a run is configured, what Resume keeps, what a
// back/forward-cache restore does, and failures that arrive as values.
import { beforeEach, expect, test, vi } from 'vitest';
import { BOOK_TRAINING_CONFIG, type TrainingConfig } from '../../src-core/index.ts';
import type { DataSummary, LoadFailure, LoadOutcome, RunSnapshot, RunState } from '../../workers/protocol.ts';
import type { BridgeHandlers, TrainingBridge } from './trainingBridge.ts';

const calls: string[] = [];
let handlers: BridgeHandlers | null = null;
let nextLoad: LoadOutcome | Promise<LoadOutcome>;
let pingAnswers = true;
const summary: DataSummary = {
  trainCount: 60_000, testCount: 10_000, side: 28, sampleIndices: new Int32Array(0), sampleImages: new Uint8Array(0), sampleLabels: new Uint8Array(0),
};
vi.mock('./trainingBridge.ts', () => ({
  createTrainingBridge: (h: BridgeHandlers): TrainingBridge => {
    handlers = h;
    return {
      api: {
        configure: async (c: TrainingConfig) => {
          calls.push(`configure ${c.hiddenSize}`);
          status = { state: 'idle', iteration: 0, config: c };
        },
        start: async () => void calls.push('start'),
        resume: async () => void calls.push('resume'),
        step: async () => void calls.push('step'),
        restore: async (snap: RunSnapshot) => {
          calls.push(`restore ${snap.trainer.iteration}`);
          status = { state: 'paused', iteration: snap.trainer.iteration, config: snap.trainer.config };
        },
        ping: () => (pingAnswers ? Promise.resolve(1) : new Promise(() => undefined)),
        setLearningRate: async (lr: number) => {
          if (lr <= 0) throw new Error('setLearningRate: learningRate must be a number in [0.0001, 100], got -1');
          calls.push(`lr ${lr}`);
        },
      } as unknown as TrainingBridge['api'],
      loadData: async () => {
        calls.push('loadData');
        return nextLoad;
      },
      end: () => void calls.push('end'),
      dispose: () => void calls.push('dispose'),
    };
  },
}));

const { createTrainingSession, needsNewRun, runStarted } = await import('./trainingSession.ts');

let settings: TrainingConfig;
let status: { state: RunState; iteration: number; config: TrainingConfig } | null;
let snapshot: RunSnapshot | null = null;
const seen: string[] = [];
const session = (options = {}) =>
  createTrainingSession({
    settings: () => settings,
    status: () => status,
    snapshot: () => snapshot,
    onUpdate: () => undefined,
    onLoading: () => void seen.push('loading'),
    onLoaded: () => void seen.push('loaded'),
    onLoadFailed: (f: LoadFailure) => void seen.push(`failed ${f.file}`),
    onRestored: (from) => void seen.push(`restored ${from?.trainer.iteration ?? 'none'}`),
    onWorkerLost: () => void seen.push('lost'),
    onWorkerError: (m) => void seen.push(`worker error ${m}`),
    onLoadCancelled: () => void seen.push('cancelled'),
    onCommandError: (m) => void seen.push(`error ${m}`),
  }, options);
const snapAt = (iteration: number): RunSnapshot => ({
  trainer: { config: BOOK_TRAINING_CONFIG, iteration, params: null as never, random: null as never }, elapsedMs: 100,
});

beforeEach(() => {
  calls.length = 0;
  seen.length = 0;
  settings = BOOK_TRAINING_CONFIG;
  status = null;
  snapshot = null;
  pingAnswers = true;
  nextLoad = { ok: true, summary };
});

test('a run is started once it leaves idle, even at iteration 0; only settings besides the rate need a new run', () => {
  expect(runStarted(null)).toBe(false);
  expect(runStarted({ state: 'idle', iteration: 0 })).toBe(false);
  expect(runStarted({ state: 'running', iteration: 0 })).toBe(true);
  expect(runStarted({ state: 'paused', iteration: 0 })).toBe(true);
  expect(needsNewRun(BOOK_TRAINING_CONFIG, null)).toBe(true);
  expect(needsNewRun({ ...BOOK_TRAINING_CONFIG, learningRate: 0.5 }, BOOK_TRAINING_CONFIG)).toBe(false);
  expect(needsNewRun({ ...BOOK_TRAINING_CONFIG, batchSize: 200 }, BOOK_TRAINING_CONFIG)).toBe(true);
});

test('loading configures a run with the settings; Resume of a run paused in iteration 0 keeps it when a setting changed', async () => {
  const s = session();
  await s.load();
  expect(calls).toEqual(['loadData', 'configure 50']);
  status = { state: 'paused', iteration: 0, config: BOOK_TRAINING_CONFIG };
  settings = { ...BOOK_TRAINING_CONFIG, hiddenSize: 20 };
  calls.length = 0;
  await s.start();
  await s.step(1);
  expect(calls).toEqual(['resume', 'step']);
});

test('before a run starts, changed settings apply on Start; Reset always configures anew', async () => {
  const s = session();
  await s.load();
  settings = { ...BOOK_TRAINING_CONFIG, hiddenSize: 20 };
  calls.length = 0;
  await s.start();
  expect(calls).toEqual(['configure 20', 'start']);
  await s.start(); // same settings as the idle run: no new configure
  await s.reset();
  expect(calls).toEqual(['configure 20', 'start', 'start', 'configure 20']);
});

test('a refused command reaches the host as its message', async () => {
  const s = session();
  await s.load();
  await s.setLearningRate(-1);
  expect(seen.at(-1)).toMatch(/^error setLearningRate: learningRate must be/);
});

test('a load failure arrives as a value naming the file; a restore reloads only after a load', async () => {
  nextLoad = { ok: false, failure: { file: 't10k-labels-idx1-ubyte', message: 't10k-labels-idx1-ubyte: truncated' } };
  const s = session();
  await s.load();
  expect(seen).toEqual(['loading', 'failed t10k-labels-idx1-ubyte']);
  handlers?.onRestore?.(); // a failed load stays failed (its Retry button starts a fresh worker)
  expect(calls).toEqual(['loadData']);
  nextLoad = { ok: true, summary };
  await s.load();
  calls.length = 0;
  handlers?.onRestore?.();
  await vi.waitFor(() => expect(calls).toEqual(['end', 'loadData', 'configure 50']));
  expect(seen).toContain('restored none'); // the run had not begun: a new one, nothing to restore
});

test('back from the back/forward cache mid-run: a fresh worker goes on from the last snapshot, paused', async () => {
  const s = session();
  await s.load();
  status = { state: 'running', iteration: 1300, config: BOOK_TRAINING_CONFIG };
  snapshot = snapAt(1201);
  calls.length = 0;
  handlers?.onRestore?.();
  await vi.waitFor(() => expect(calls).toEqual(['end', 'loadData', 'restore 1201']));
  expect(seen).toContain('restored 1201');
  expect(status).toMatchObject({ state: 'paused', iteration: 1201 });
});

test('a worker that stops answering is noticed by the heartbeat, ended, and a fresh one continues from the snapshot', async () => {
  const s = session({ heartbeatMs: 10, heartbeatTimeoutMs: 30 });
  await s.load();
  await new Promise((r) => setTimeout(r, 60));
  expect(seen).not.toContain('lost'); // it answers
  pingAnswers = false; // as after self.close(): calls never return
  await vi.waitFor(() => expect(seen).toContain('lost'));
  expect(calls.at(-1)).toBe('end');
  pingAnswers = true;
  calls.length = 0;
  await s.continueFrom(snapAt(601));
  expect(calls).toEqual(['loadData', 'restore 601']);
  s.dispose();
});

test('an error escaping a loaded worker is reported as the worker’s, not as a data failure', async () => {
  const s = session();
  await s.load();
  (handlers as BridgeHandlers | null)?.onFailure('Uncaught Error: injected fault');
  expect(seen.at(-1)).toBe('worker error Uncaught Error: injected fault');
  expect(seen.filter((x) => x.startsWith('failed'))).toEqual([]);
});

test('a download can be cancelled: the worker is ended and a later load starts afresh', async () => {
  let answer: (o: LoadOutcome) => void = () => undefined;
  nextLoad = new Promise<LoadOutcome>((r) => (answer = r)); // a stalled download
  const s = session();
  const first = s.load();
  await vi.waitFor(() => expect(calls).toEqual(['loadData']));
  s.cancelLoad();
  expect(calls).toEqual(['loadData', 'end']);
  expect(seen.at(-1)).toBe('cancelled');
  nextLoad = { ok: true, summary };
  await s.load();
  expect(calls).toEqual(['loadData', 'end', 'loadData', 'configure 50']);
  answer({ ok: true, summary });
  void first;
});
