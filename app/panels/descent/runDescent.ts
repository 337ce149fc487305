import { numericalGradientInPlace, optimize, optimizers, type Bowl, type OptimizerName, type OptimizePoint } from '../../../src-core/index.ts';
import type { DescentRun } from '../../store/descentSlice.ts';

/** One optimizer's run on one function: the SGD settings of a DescentRun plus which update rule. */
export interface DescentSpec extends DescentRun {
  optimizer: OptimizerName;
}

export interface DescentOutcome {
  path: OptimizePoint[];
  /** f at every point of the path (for the f-per-step chart and the table). */
  fValues: number[];
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
 * Runs one of the book's optimizers on f with the numerical gradient (h = 1e-4, the book's) or the exact one,
 * and notes where it freezes or overflows. SGD with the numerical gradient is the book's gradient_descent.
 */
export function runDescent(bowl: Bowl, spec: DescentSpec): DescentOutcome {
  let path: OptimizePoint[];
  const gradient = spec.gradient === 'exact' ? bowl.gradient : (x: Float64Array) => numericalGradientInPlace(bowl.f, x, x, 1e-4);
  try {
    path = optimize(optimizers[spec.optimizer](spec.lr), gradient, [spec.x0, spec.x1], spec.steps);
  } catch (e) {
    const start = { x: Float64Array.of(spec.x0, spec.x1), grad: null };
    return { path: [start], fValues: [bowl.f(start.x)], frozenAt: null, infiniteAt: null, nanAt: null, maxFinite: 0, error: String(e) };
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
  const fValues = path.map((p) => bowl.f(p.x));
  return { path, fValues, frozenAt: findFreeze(path, fValues), infiniteAt, nanAt, maxFinite, error: null };
}

/** The first step from which every gradient is exactly zero while |f| is still far from 0. */
function findFreeze(path: OptimizePoint[], fValues: number[]): number | null {
  let frozenAt: number | null = null;
  for (let i = path.length - 2; i >= 0; i--) {
    const { x, grad } = path[i];
    if (!grad || grad[0] !== 0 || grad[1] !== 0 || !isFinitePoint(x) || Math.abs(fValues[i]) <= 1) break;
    frozenAt = i;
  }
  return frozenAt;
}
