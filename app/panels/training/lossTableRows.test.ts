import { expect, test } from 'vitest';
import { lossTableBlock, lossTableRows } from './lossTableRows.ts';

test('blocks of losses: mean, lowest and highest; a short last block; non-finite losses counted apart', () => {
  const values = Float64Array.of(3, 1, 2, 6, NaN, 4, 5);
  expect(lossTableRows(values, 7, 3)).toEqual([
    { first: 0, last: 2, mean: 2, min: 1, max: 3, nonFinite: 0 },
    { first: 3, last: 5, mean: 5, min: 4, max: 6, nonFinite: 1 },
    { first: 6, last: 6, mean: 5, min: 5, max: 5, nonFinite: 0 },
  ]);
  // Only the first `count` values are the run's; the buffer beyond is not read.
  expect(lossTableRows(values, 2, 10)).toEqual([{ first: 0, last: 1, mean: 2, min: 1, max: 3, nonFinite: 0 }]);
  expect(lossTableRows(Float64Array.of(NaN), 1, 5)[0]).toMatchObject({ mean: NaN, nonFinite: 1 });
});

test('about a hundred rows whatever the run’s length', () => {
  expect(lossTableBlock(50)).toBe(1);
  expect(lossTableBlock(100)).toBe(1);
  expect(lossTableBlock(10_000)).toBe(100);
  expect(lossTableBlock(10_001)).toBe(1000);
});
