// expm1 and log1p for the tiny arguments a ±1e-4 nudge produces (|u| ≲ 1e-5): Taylor series whose remainder
// (|u|⁷/5040 and |u|⁷/7 below the limit) is far below an ulp of the result, so the values are as accurate as
// Math.expm1's and Math.log1p's, several times cheaper. Larger arguments go to Math.

/** Below this magnitude the series are used. */
export const SERIES_LIMIT = 2 ** -12;

/** exp(u) − 1. */
export function expm1NearZero(u: number): number {
  if (u > SERIES_LIMIT || u < -SERIES_LIMIT) return Math.expm1(u);
  return u * (1 + u * (1 / 2 + u * (1 / 6 + u * (1 / 24 + u * (1 / 120 + u * (1 / 720))))));
}

/** log(1 + v). */
export function log1pNearZero(v: number): number {
  if (v > SERIES_LIMIT || v < -SERIES_LIMIT) return Math.log1p(v);
  return v * (1 - v * (1 / 2 - v * (1 / 3 - v * (1 / 4 - v * (1 / 5 - v * (1 / 6))))));
}
