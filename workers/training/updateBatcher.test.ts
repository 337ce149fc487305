import { BOOK_TRAINING_CONFIG } from '../../src-core/index.ts';
import { expect, test } from 'vitest';
import type { TrainingUpdate } from '../protocol.ts';
import { UpdateBatcher, type UpdateState } from './updateBatcher.ts';

const state = (): UpdateState => ({
  runId: 1, state: 'running', iteration: 0, iterations: 10, iterPerEpoch: 5, epoch: 0, itersPerSecond: 0, elapsedMs: 0,
  secondsLeft: null, evaluating: null, numerical: null, divergedAt: null, failure: null, restoredAt: null, speed: 1, config: BOOK_TRAINING_CONFIG,
});

test('at most one update per interval, none before the previous one is taken, no loss dropped', async () => {
  let clock = 0;
  const sent: TrainingUpdate[] = [];
  let release: () => void = () => undefined;
  const batcher = new UpdateBatcher(
    (u) => {
      sent.push(u);
      return new Promise<void>((r) => (release = r));
    },
    () => clock,
    50,
  );
  batcher.pushLoss(2.3);
  batcher.maybeFlush(state);
  await Promise.resolve();
  expect(sent.length).toBe(1);
  batcher.pushLoss(2.2);
  clock = 10;
  batcher.maybeFlush(state); // too soon
  clock = 100;
  batcher.maybeFlush(state); // the UI has not taken the first one yet
  await Promise.resolve();
  expect(sent.length).toBe(1);
  release();
  await new Promise((r) => setTimeout(r, 0));
  batcher.pushLoss(2.1);
  batcher.maybeFlush(state);
  await Promise.resolve();
  expect(sent.length).toBe(2);
  expect(sent.map((u) => [u.firstIteration, Array.from(u.losses)])).toEqual([[0, [2.3]], [1, [2.2, 2.1]]]);
});

test('flush waits for the previous update, carries evaluations and predictions once, and reset starts over', async () => {
  const sent: TrainingUpdate[] = [];
  const batcher = new UpdateBatcher((u) => void sent.push(u), () => 0, 50);
  batcher.pushLoss(1);
  batcher.pushEval({ iteration: 0, epoch: 0, trainAccuracy: 0.1, testAccuracy: 0.1, elapsedMs: 5 });
  batcher.setPredictions(new Uint8Array([7, 2]));
  await batcher.flush(state);
  await batcher.flush(state);
  expect(sent[0].evals.length).toBe(1);
  expect(Array.from(sent[0].predictions ?? [])).toEqual([7, 2]);
  expect(sent[1].evals.length).toBe(0);
  expect(sent[1].predictions).toBeNull();
  expect(sent[1].firstIteration).toBe(1);
  batcher.pushLoss(5);
  batcher.reset(0);
  await batcher.flush(state);
  expect(sent[2].firstIteration).toBe(0);
  expect(sent[2].losses.length).toBe(0);
});

test('a listener that throws does not stop the batcher', async () => {
  const batcher = new UpdateBatcher(() => Promise.reject(new Error('page closed')), () => 0, 50);
  await expect(batcher.flush(state)).resolves.toBeUndefined();
  expect(batcher.due()).toBe(false); // interval not passed
});
