import { function1, function1Derivative, numericalDiff } from '../../../src-core/index.ts';
import { centralDifferenceFloat32, forwardDifferenceFloat32, toFloat32 } from './float32.ts';

export type Precision = 'float64' | 'float32';

export interface Differences {
  /** h as the arithmetic sees it (float32 rounds 1e-50 to 0). */
  h: number;
  forward: number;
  central: number;
  exact: number;
  /** |difference − exact|; NaN when the difference is NaN. */
  forwardError: number;
  centralError: number;
}

/**
 * The book's first, "bad" numerical_diff: the forward difference (f(x+h) − f(x)) / h. The core keeps only
 * the central one, so this one-liner lives here, next to the float32 emulation it is compared with.
 */
export function forwardDifference(f: (x: number) => number, x: number, h: number): number {
  return (f(x + h) - f(x)) / h;
}

/** Forward and central differences of f = function1 at x with step h; the float64 central one is the core's. */
export function differencesAt(x: number, h: number, precision: Precision): Differences {
  const exact = function1Derivative(x);
  const forward = precision === 'float64' ? forwardDifference(function1, x, h) : forwardDifferenceFloat32(x, h);
  const central = precision === 'float64' ? numericalDiff(function1, x, h) : centralDifferenceFloat32(x, h);
  return {
    h: precision === 'float64' ? h : toFloat32(h),
    forward,
    central,
    exact,
    forwardError: Math.abs(forward - exact),
    centralError: Math.abs(central - exact),
  };
}

/** h from a slider position in decades: whole decades are exact literals (1e-7), others three digits (5.62e-5). */
export function hFromExponent(e: number): number {
  if (Number.isInteger(e)) return Number(`1e${e}`);
  const k = Math.floor(e);
  return Number(`${(10 ** (e - k)).toPrecision(3)}e${k}`);
}

export interface ErrorSample {
  h: number;
  forward: number;
  central: number;
}

/** Errors of both differences for h from 10^from to 10^to, `perDecade` samples a decade. */
export function errorCurve(x: number, precision: Precision, from = -16, to = -1, perDecade = 16): ErrorSample[] {
  const n = Math.round((to - from) * perDecade);
  return Array.from({ length: n + 1 }, (_, i) => {
    const h = hFromExponent(Math.round((from + i / perDecade) * 1e6) / 1e6);
    const d = differencesAt(x, h, precision);
    return { h, forward: d.forwardError, central: d.centralError };
  });
}
