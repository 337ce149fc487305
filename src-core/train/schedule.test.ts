import { expect, test } from 'vitest';
import { evaluatesAfter, evaluationPeriod, evaluationsLeft, iterationsPerEpoch } from './schedule.ts';

// Iterations after which the book's loop evaluates, found by brute force with the book's own test.
const brute = (total: number, per: number) => Array.from({ length: total }, (_, i) => i).filter((i) => i % per === 0);

test('the book evaluates 17 times in 10,000 iterations of batch 100: after i = 0, 600, …, 9600', () => {
  const per = iterationsPerEpoch(60_000, 100);
  expect(per).toBe(600);
  const points = Array.from({ length: 10_000 }, (_, i) => i).filter((i) => evaluatesAfter(i, per));
  expect(points.length).toBe(17);
  expect(points.at(-1)).toBe(9600);
  expect(evaluationsLeft(0, 10_000, per)).toBe(17);
  expect(evaluationsLeft(1, 10_000, per)).toBe(16);
  expect(evaluationsLeft(601, 10_000, per)).toBe(15);
  expect(evaluationsLeft(10_000, 10_000, per)).toBe(0);
});

test("iter_per_epoch is the book's float: batch 128 gives 468.75 and an evaluation every 1875 iterations", () => {
  const per = iterationsPerEpoch(60_000, 128);
  expect(per).toBe(468.75);
  expect(evaluationPeriod(per)).toBe(1875);
  expect(evaluatesAfter(1875, per)).toBe(true);
  expect(evaluatesAfter(469, per)).toBe(false);
  expect(iterationsPerEpoch(60_000, 60_000)).toBe(1);
  expect(iterationsPerEpoch(10, 100)).toBe(1); // max(…, 1)
});

test('evaluationsLeft counts what the book would evaluate, for batches that do and do not divide the set', () => {
  for (const [train, batch, total] of [[60_000, 100, 5000], [60_000, 128, 9000], [60_000, 7, 20_000], [300, 100, 50], [1000, 999, 40]]) {
    const per = iterationsPerEpoch(train, batch);
    const all = brute(total, per);
    for (const done of [0, 1, 2, 599, 600, 1875, 1876, total - 1, total]) {
      expect(evaluationsLeft(done, total, per)).toBe(all.filter((i) => i >= done).length);
    }
  }
});
