import { describe, expect, it } from 'vitest';
import { descentUrlFields, readRun, writeRun, type DescentRun } from './descentSlice.ts';

describe('descent settings in the URL', () => {
  it('round-trips a pinned run and refuses malformed ones', () => {
    const run: DescentRun = { x0: -3, x1: 4, lr: 1e-10, steps: 20, gradient: 'exact' };
    expect(writeRun(run)).toBe('1e-10_20_e_-3_4');
    expect(readRun(writeRun(run))).toEqual(run);
    for (const bad of ['', '0.1_100_n_-3', '0.1_100_x_-3_4', '0_100_n_-3_4', '0.1_2.5_n_-3_4', '0.1_100_n_-3_NaN', '0.1__n_-3_4']) {
      expect(readRun(bad)).toBeUndefined();
    }
  });

  it('ignores bad text for every field', () => {
    for (const field of descentUrlFields) {
      for (const text of ['', 'abc', 'NaN', '-1e400']) expect(field.read(text)).toBeUndefined();
    }
  });
});
