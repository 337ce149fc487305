import { describe, expect, it } from 'vitest';
import { expm1NearZero, log1pNearZero, SERIES_LIMIT } from './nearZero.ts';

const ulp = (x: number) => Math.abs(x) * Number.EPSILON;

describe('series for tiny arguments', () => {
  const grid = Array.from({ length: 4001 }, (_, k) => SERIES_LIMIT * (k / 2000 - 1));
  const tiny = [1e-300, -1e-300, 1e-12, -3e-9, 2.5e-5, -7e-7];

  it('expm1NearZero is within 1 ulp of Math.expm1', () => {
    for (const u of [...grid, ...tiny]) expect(Math.abs(expm1NearZero(u) - Math.expm1(u))).toBeLessThanOrEqual(ulp(Math.expm1(u)));
  });

  it('log1pNearZero is within 1 ulp of Math.log1p', () => {
    for (const v of [...grid, ...tiny]) expect(Math.abs(log1pNearZero(v) - Math.log1p(v))).toBeLessThanOrEqual(ulp(Math.log1p(v)));
  });

  it('is exactly 0 at 0 and hands larger arguments to Math', () => {
    expect(expm1NearZero(0)).toBe(0);
    expect(log1pNearZero(0)).toBe(0);
    expect(expm1NearZero(0.5)).toBe(Math.expm1(0.5));
    expect(log1pNearZero(-0.5)).toBe(Math.log1p(-0.5));
    expect(expm1NearZero(800)).toBe(Infinity);
  });
});
