import { describe, expect, test } from 'vitest';
import { BOOK_TRAINING_CONFIG, type TrainingConfig } from '../../src-core/index.ts';
import type { TrainingUpdate } from '../protocol.ts';
import { TrainingRunner, type RunnerOptions, type RunnerTrainer } from './runner.ts';
import { UpdateBatcher } from './updateBatcher.ts';

const now = () => performance.now();
const busy = (ms: number) => {
  const end = now() + ms;
  while (now() < end);
};
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

interface Setup {
  iterations?: number;
  nanAt?: number;
  evalMs?: number;
  /** Replaces the stand-in's work: how an iteration is computed (null: not complete yet). */
  work?: (deadline: number) => number | null;
  /** Iterations the stand-in has done before the runner starts (a restored run). */
  trained?: number;
  progress?: RunnerTrainer['progress'];
  options?: Partial<RunnerOptions>;
}

/** A stand-in trainer: the loss after iteration i is 10·lr/(i+1) (or NaN at `nanAt`), accuracy grows with it. */
function setup(o: Setup = {}) {
  const used: number[] = [];
  let config: TrainingConfig = { ...BOOK_TRAINING_CONFIG, iterations: o.iterations ?? 40, batchSize: 10, learningRate: 0.1 };
  let trained = o.trained ?? 0;
  const trainer: RunnerTrainer = {
    get config() {
      return config;
    },
    get iteration() {
      return trained;
    },
    trainCount: 100,
    testCount: 50,
    work(deadline) {
      const loss = o.work ? o.work(deadline) : trained === o.nanAt ? NaN : (10 * config.learningRate) / (trained + 1);
      if (loss === null) return null;
      used.push(config.learningRate);
      trained++;
      return loss;
    },
    progress: o.progress ?? (() => null),
    evaluate(_split, start, end) {
      busy(o.evalMs ?? 0);
      return Math.floor(((end - start) * Math.min(trained, 100)) / 100);
    },
    predict: (_split, start, end) => new Uint8Array(end - start).fill(trained % 10),
    setLearningRate(learningRate) {
      config = { ...config, learningRate };
    },
    snapshot: () => ({ config, iteration: trained, params: null as never, random: null as never }),
  };
  const updates: TrainingUpdate[] = [];
  const batcher = new UpdateBatcher((u) => void updates.push(u), now, 50);
  const runner = new TrainingRunner({ runId: 1, trainer, sampleCount: 4, batcher, now, yieldNow: tick, evalChunk: 20, ...o.options });
  const losses = () => updates.flatMap((u) => Array.from(u.losses));
  const evals = () => updates.flatMap((u) => u.evals);
  return { runner, updates, used, losses, evals, batcher };
}

describe('TrainingRunner', () => {
  test('step(n) trains n iterations and evaluates after i = 0 and every epoch, as the book', async () => {
    const { runner, losses, evals, updates } = setup();
    expect(runner.perEpoch).toBe(10);
    await runner.step(11);
    await runner.flush();
    expect(runner.iteration).toBe(11);
    expect(runner.state).toBe('paused');
    expect(losses()).toEqual(Array.from({ length: 11 }, (_, i) => 1 / (i + 1)));
    expect(evals().map((e) => [e.iteration, e.epoch])).toEqual([[0, 0], [10, 1]]);
    expect(evals()[1]).toMatchObject({ trainAccuracy: 0.1, testAccuracy: 0.1 }); // floor(20·11/100) = 2 of every chunk of 20
    expect(updates.some((u) => u.predictions !== null)).toBe(true);
    runner.start();
    while (runner.running) await tick();
    await runner.flush();
    expect(runner.state).toBe('finished');
    expect(losses().length).toBe(40);
    expect(evals().map((e) => e.iteration)).toEqual([0, 10, 20, 30]);
    expect(updates.at(-1)).toMatchObject({ state: 'finished', iteration: 40, epoch: 4, secondsLeft: 0 });
  });

  test('pause answers within 100 ms in the middle of a slow evaluation, and resume finishes it', async () => {
    const { runner, evals } = setup({ evalMs: 30, iterations: 5 });
    runner.start();
    while (runner.snapshot().evaluating === null) await tick();
    await tick();
    await tick();
    const t0 = now();
    await runner.pause();
    expect(now() - t0).toBeLessThan(100);
    const { evaluating } = runner.snapshot();
    expect(evaluating?.done).toBeGreaterThan(0);
    expect(evaluating?.done).toBeLessThan(150);
    expect(runner.state).toBe('paused');
    runner.start();
    while (runner.running) await tick();
    await runner.flush();
    expect(runner.state).toBe('finished');
    expect(evals().map((e) => [e.iteration, e.trainAccuracy])).toEqual([[0, 0]]);
  });

  test('a non-finite loss pauses training as diverged, naming the iteration; start does nothing after', async () => {
    const { runner, losses, updates } = setup({ nanAt: 13 });
    runner.start();
    while (runner.running) await tick();
    await runner.flush();
    expect(runner.state).toBe('diverged');
    expect(runner.divergedAt).toBe(13);
    expect(losses().length).toBe(14);
    expect(Number.isNaN(losses()[13])).toBe(true);
    expect(updates.at(-1)).toMatchObject({ state: 'diverged', divergedAt: 13 });
    runner.start();
    expect(runner.running).toBe(false);
  });

  test('a new learning rate applies from the next iteration on', async () => {
    const { runner, used } = setup();
    await runner.step(3);
    runner.setLearningRate(0.5);
    await runner.step(2);
    expect(used).toEqual([0.1, 0.1, 0.1, 0.5, 0.5]);
    expect(runner.snapshot().config.learningRate).toBe(0.5);
  });

  test('an iteration that needs several calls (numerical gradient) survives a pause and reports progress', async () => {
    let calls = 0;
    const { runner } = setup({
      work(deadline) {
        calls++;
        busy(Math.max(0, deadline - now()));
        return calls % 4 === 0 ? 2 : null;
      },
      progress: () => ({ done: calls % 4, total: 4, secondsLeft: 1 }),
      options: { sliceMs: 5 },
    });
    runner.start();
    while (calls < 2) await tick();
    await runner.pause();
    expect(runner.iteration).toBe(0);
    expect(runner.snapshot().numerical).toMatchObject({ total: 4 });
    runner.start();
    while (runner.iteration < 1) await tick();
    await runner.pause();
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(runner.snapshot().itersPerSecond).toBeGreaterThan(0);
  });
});

describe('TrainingRunner faults and restores', () => {
  test('an error inside training stops the run as failed, with its message; start does nothing after', async () => {
    let calls = 0;
    const { runner, updates } = setup({
      work: () => {
        if (++calls === 7) throw new Error('kernel trap: memory access out of bounds');
        return 1;
      },
    });
    runner.start();
    while (runner.running) await tick();
    await runner.flush();
    expect(runner.state).toBe('failed');
    expect(updates.at(-1)).toMatchObject({ state: 'failed', failure: 'kernel trap: memory access out of bounds', iteration: 6 });
    runner.start();
    expect(runner.running).toBe(false);
  });

  test('each evaluation sends a snapshot of the run at that epoch boundary', async () => {
    const { runner, updates } = setup();
    await runner.step(11);
    await runner.flush();
    const snaps = updates.flatMap((u) => (u.snapshot ? [u.snapshot] : []));
    // Taken after the evaluations of i = 0 and 10 (a newer one replaces one not yet sent): the latest is at 11.
    expect(snaps.length).toBeGreaterThan(0);
    for (const snap of snaps) expect([1, 11]).toContain(snap.trainer.iteration);
    expect(snaps.at(-1)?.trainer.iteration).toBe(11);
  });

  test('a restored run begins paused where the snapshot was, says so, and finishes from there', async () => {
    const { runner, updates, losses } = setup({ trained: 11, options: { restored: { elapsedMs: 1234 } } });
    expect(runner.state).toBe('paused');
    await runner.flush();
    expect(updates.at(-1)).toMatchObject({ state: 'paused', iteration: 11, restoredAt: 11 });
    expect(updates.at(-1)?.elapsedMs).toBe(1234);
    runner.start();
    while (runner.running) await tick();
    await runner.flush();
    expect(runner.state).toBe('finished');
    expect(losses().length).toBe(29); // iterations 11 … 39 only
  });
});

describe('TrainingRunner slow motion', () => {
  test('at ×0.1 it waits nine times as long as it works, in short pieces, and Pause still answers at once', async () => {
    let slept = 0;
    const pieces: number[] = [];
    const sleep = async (ms: number) => {
      slept += ms;
      pieces.push(ms);
      await tick();
    };
    const { runner } = setup({
      work: () => {
        busy(2);
        return 1;
      },
      options: { sleep, sliceMs: 2 },
    });
    runner.setSpeed(0.1);
    await runner.step(5);
    const worked = runner.elapsedMs;
    expect(slept / worked).toBeGreaterThan(8);
    expect(slept / worked).toBeLessThan(10);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(50);
    expect(runner.snapshot().speed).toBe(0.1);
    expect(() => runner.setSpeed(0)).toThrow(/speed must be in \(0, 1\]/);
  });
});
