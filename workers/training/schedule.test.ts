import { expect, test } from 'vitest';
import { evaluatesAfter, evaluationsLeft, iterationsPerEpoch } from './schedule.ts';

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

test('whole iterations per epoch, at least one', () => {
  expect(iterationsPerEpoch(60_000, 128)).toBe(468);
  expect(iterationsPerEpoch(60_000, 60_000)).toBe(1);
  expect(iterationsPerEpoch(10, 100)).toBe(1);
});
