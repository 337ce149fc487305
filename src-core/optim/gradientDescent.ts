// 4.4.1: x ← x − lr·∇f(x), stepNum times, on a copy (the study notes mutate init_x and chain their runs).
import { numericalGradientInPlace } from '../grad/numericalGradient.ts';
import { requireFunction, requireInteger, requirePositiveFinite, requireVector, type Vector } from '../validate.ts';

export interface GradientDescentOptions {
  /** Learning rate η. */
  lr?: number;
  stepNum?: number;
  /** Exact gradient; defaults to the book's numerical gradient of f with h = 1e-4. */
  gradient?: (x: Float64Array) => Float64Array;
}

/** One visited point. grad is the gradient the step from x used; null on the final point (no step taken). */
export interface GradientDescentPoint {
  readonly x: Float64Array;
  readonly grad: Float64Array | null;
}

export interface GradientDescentResult {
  /** The final point, path[stepNum].x. */
  readonly x: Float64Array;
  /** stepNum + 1 points: path[0].x is initX, path[k + 1].x = path[k].x − lr·path[k].grad. */
  readonly path: GradientDescentPoint[];
}

// Only the inputs are checked: a run that diverges to ±Infinity is a result to show, not an error.
export function gradientDescent(
  f: (x: Float64Array) => number,
  initX: Vector,
  { lr = 0.01, stepNum = 100, gradient }: GradientDescentOptions = {},
): GradientDescentResult {
  requireFunction('gradientDescent', 'f', f);
  requireVector('gradientDescent', 'initX', initX);
  requirePositiveFinite('gradientDescent', 'lr', lr);
  requireInteger('gradientDescent', 'stepNum', stepNum, 1);
  if (gradient !== undefined) requireFunction('gradientDescent', 'gradient', gradient);
  const gradAt = gradient ?? ((x: Float64Array) => numericalGradientInPlace(f, x, x, 1e-4));
  const x = Float64Array.from(initX);
  const path: GradientDescentPoint[] = [];
  for (let i = 0; i < stepNum; i++) {
    const grad = Float64Array.from(gradAt(x));
    if (grad.length !== x.length) {
      throw new RangeError(`gradientDescent: gradient returned length ${grad.length}, expected ${x.length} (the length of initX)`);
    }
    path.push({ x: x.slice(), grad });
    for (let j = 0; j < x.length; j++) x[j] -= lr * grad[j];
  }
  path.push({ x: x.slice(), grad: null });
  return { x, path };
}
