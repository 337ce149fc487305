import { function2, function2Gradient, gradientDescent, type GradientDescentPoint } from '../../../src-core/index.ts';
import type { DescentRun } from '../../store/descentSlice.ts';

export interface DescentOutcome {
  path: GradientDescentPoint[];
  /** First step whose gradient is exactly (0, 0) far from the minimum, with x frozen from then on. */
  frozenAt: number | null;
  /** First point with a coordinate of ±Infinity, and first with NaN. */
  infiniteAt: number | null;
  nanAt: number | null;
  /** Largest finite |coordinate| on the path. */
  maxFinite: number;
  error: string | null;
}

const isFinitePoint = (x: Float64Array) => Number.isFinite(x[0]) && Number.isFinite(x[1]);

/**
 * Runs the core's gradientDescent on x0² + x1² and notes where it freezes or overflows. The core returns a
 * diverging run (±Infinity, then ∞ − ∞ = NaN) as a result; an exception would only mean bad settings.
 */
export function runDescent(run: DescentRun): DescentOutcome {
  let path: GradientDescentPoint[];
  try {
    path = gradientDescent(function2, [run.x0, run.x1], {
      lr: run.lr,
      stepNum: run.steps,
      gradient: run.gradient === 'exact' ? function2Gradient : undefined,
    }).path;
  } catch (e) {
    const start = { x: Float64Array.of(run.x0, run.x1), grad: null };
    return { path: [start], frozenAt: null, infiniteAt: null, nanAt: null, maxFinite: 0, error: String(e) };
  }
  let infiniteAt: number | null = null;
  let nanAt: number | null = null;
  let maxFinite = 0;
  path.forEach(({ x }, i) => {
    for (const v of x) {
      if (Number.isFinite(v)) maxFinite = Math.max(maxFinite, Math.abs(v));
      else if (Number.isNaN(v)) nanAt ??= i;
      else infiniteAt ??= i;
    }
  });
  return { path, frozenAt: findFreeze(path), infiniteAt, nanAt, maxFinite, error: null };
}

/** The first step from which every gradient is exactly zero while f is still far above its minimum 0. */
function findFreeze(path: GradientDescentPoint[]): number | null {
  let frozenAt: number | null = null;
  for (let i = path.length - 2; i >= 0; i--) {
    const { x, grad } = path[i];
    if (!grad || grad[0] !== 0 || grad[1] !== 0 || !isFinitePoint(x) || function2(x) <= 1) break;
    frozenAt = i;
  }
  return frozenAt;
}
