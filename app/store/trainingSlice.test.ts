import { expect, test, vi } from 'vitest';
import { create } from 'zustand';
import type { TrainingUpdate } from '../../workers/protocol.ts';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice.ts';
import { bookTrainingConfig, createTrainingSettingsSlice, trainingUrlFields, type TrainingSettingsSlice } from './trainingSettingsSlice.ts';

const createStore = () => create<TrainingSlice & TrainingSettingsSlice>()((...a) => ({ ...createTrainingSettingsSlice(...a), ...createTrainingSlice(...a) }));

const update = (over: Partial<TrainingUpdate>): TrainingUpdate => ({
  runId: 1, state: 'running', iteration: 0, iterations: 10, iterPerEpoch: 5, epoch: 0, firstIteration: 0,
  losses: new Float64Array(0), itersPerSecond: 100, elapsedMs: 0, secondsLeft: 1, evals: [], predictions: null,
  evaluating: null, numerical: null, snapshot: null, divergedAt: null, failure: null, restoredAt: null, speed: 1, config: bookTrainingConfig, ...over,
});

test('updates append losses in place, a new run starts over, an older run’s late update is dropped', () => {
  const store = createStore();
  const apply = (u: Partial<TrainingUpdate>) => store.getState().applyTrainingUpdate(update(u));
  apply({ iteration: 0, predictions: Uint8Array.of(1, 2) });
  apply({ iteration: 3, losses: Float64Array.of(2.3, 2.2, 2.1) });
  apply({ iteration: 5, firstIteration: 3, losses: Float64Array.of(NaN, 2.5), divergedAt: 3, state: 'diverged' });
  let s = store.getState();
  expect(s.trainLosses.count).toBe(5);
  expect(Array.from(s.trainLosses.values.subarray(0, 5))).toEqual([2.3, 2.2, 2.1, NaN, 2.5]);
  expect(s.trainLosses.max).toBe(2.5); // NaN is skipped
  expect(s.trainStatus?.divergedAt).toBe(3);
  expect(Array.from(s.trainPredictions ?? [])).toEqual([1, 2]); // kept until new ones come

  apply({ runId: 2, state: 'idle', iteration: 0 });
  s = store.getState();
  expect(s.trainLosses.count).toBe(0);
  expect(s.trainPredictions).toBeNull();
  apply({ runId: 1, iteration: 7, firstIteration: 5, losses: Float64Array.of(1, 1) });
  expect(store.getState().trainStatus?.runId).toBe(2);
  expect(store.getState().trainLosses.count).toBe(0);
});

test('evaluations accumulate and a learning-rate change is marked where it took effect', () => {
  const store = createStore();
  const apply = (u: Partial<TrainingUpdate>) => store.getState().applyTrainingUpdate(update(u));
  const point = { iteration: 0, epoch: 0, trainAccuracy: 0.1, testAccuracy: 0.1, elapsedMs: 5 };
  apply({ iteration: 1, losses: Float64Array.of(2.3), evals: [point] });
  apply({ iteration: 6, firstIteration: 1, losses: new Float64Array(5).fill(2), evals: [{ ...point, iteration: 5, epoch: 1 }] });
  apply({ iteration: 6, config: { ...bookTrainingConfig, learningRate: 0.5 } });
  const s = store.getState();
  expect(s.trainEvals.map((e) => e.epoch)).toEqual([0, 1]);
  expect(s.trainRateMarks).toEqual([{ iteration: 6, learningRate: 0.5 }]);
});

test('URL fields: defaults stay out of the URL, bad text is ignored', () => {
  const store = createStore();
  const field = (param: string) => trainingUrlFields.find((f) => f.param === param);
  expect(trainingUrlFields.map((f) => f.write(store.getState())).filter((v) => v !== undefined)).toEqual([]);
  expect(field('tb')?.read('200')).toEqual({ trainBatch: 200 });
  expect(field('tb')?.read('0')).toBeUndefined();
  expect(field('tb')?.read('2.5')).toBeUndefined();
  expect(field('tlr')?.read('10')).toEqual({ trainLr: 10 });
  expect(field('tlr')?.read('abc')).toBeUndefined();
  expect(field('tg')?.read('numerical')).toEqual({ trainGradient: 'numerical' });
  expect(field('tg')?.read('magic')).toBeUndefined();
});

test('a run restored from a snapshot keeps the earlier losses, evaluations and snapshot up to where it goes on', () => {
  const store = createStore();
  const apply = (u: Partial<TrainingUpdate>) => store.getState().applyTrainingUpdate(update(u));
  const point = { iteration: 0, epoch: 0, trainAccuracy: 0.1, testAccuracy: 0.1, elapsedMs: 5 };
  const snap = { trainer: { config: bookTrainingConfig, iteration: 6, params: null as never, random: null as never }, elapsedMs: 50 };
  apply({ iteration: 9, losses: Float64Array.of(9, 8, 7, 6, 5, 4, 3, 2, 1), evals: [point, { ...point, iteration: 5, epoch: 1 }], snapshot: snap });
  expect(store.getState().trainSnapshot).toBe(snap);
  // The worker died at 9; a fresh one went on from the snapshot at 6 and has done 7 and 8 again.
  apply({ runId: 2, state: 'paused', iteration: 6, firstIteration: 6, restoredAt: 6 });
  apply({ runId: 2, iteration: 8, firstIteration: 6, losses: Float64Array.of(3.5, 2.5), restoredAt: 6 });
  const s = store.getState();
  expect(Array.from(s.trainLosses.values.subarray(0, s.trainLosses.count))).toEqual([9, 8, 7, 6, 5, 4, 3.5, 2.5]);
  expect(s.trainEvals.map((e) => e.iteration)).toEqual([0, 5]);
  expect(s.trainSnapshot).toBe(snap); // still the one to go back to
  apply({ runId: 3, state: 'idle', iteration: 0 }); // a new run (Reset): nothing carried over
  expect(store.getState().trainSnapshot).toBeNull();
  expect(store.getState().trainLosses.count).toBe(0);
});

test('one drag of the lr slider (changes less than a second apart) makes one mark; a later change another', () => {
  vi.useFakeTimers({ now: 0 });
  const store = createStore();
  const apply = (u: Partial<TrainingUpdate>) => store.getState().applyTrainingUpdate(update(u));
  apply({ iteration: 1 });
  for (const [i, lr] of [[2, 0.2], [3, 0.3], [4, 0.45], [5, 0.6]] as const) {
    vi.advanceTimersByTime(60);
    apply({ iteration: i, config: { ...bookTrainingConfig, learningRate: lr } });
  }
  expect(store.getState().trainRateMarks).toEqual([{ iteration: 2, learningRate: 0.6 }]);
  vi.advanceTimersByTime(3000);
  apply({ iteration: 9, config: { ...bookTrainingConfig, learningRate: 0.05 } });
  expect(store.getState().trainRateMarks).toEqual([{ iteration: 2, learningRate: 0.6 }, { iteration: 9, learningRate: 0.05 }]);
  vi.useRealTimers();
});
