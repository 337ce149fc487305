import { describe, expect, it } from 'vitest';
import { pairwiseSum } from './pairwiseSum.ts';
import fixture from './fixtures/loss.json';

describe('pairwiseSum', () => {
  it.each(Object.entries(fixture.sums))("equals numpy's np.sum bit for bit for %s values", (_, { values, sum }) => {
    expect(pairwiseSum(values)).toBe(sum);
  });

  it('differs from a left-to-right loop where numpy does', () => {
    const v = [1e16, 1, 1, 1, 1, 1, 1, 1, 1, -1e16];
    expect(pairwiseSum(v)).toBe(8); // 1e16 + 1 rounds back to 1e16 left to right; the 8 partial sums keep the 1s
    expect(v.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('sums a sub-range', () => {
    expect(pairwiseSum([5, 1, 2, 3, 5], 1, 4)).toBe(6);
    expect(pairwiseSum([])).toBe(0);
  });
});
