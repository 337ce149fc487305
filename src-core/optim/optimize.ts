// The book's optimizer_compare_naive.py loop: read the gradient at params, update, stepNum times.
import { requireFunction, requireInteger, requireVector, type Vector } from '../validate.ts';
import type { Optimizer } from './optimizers.ts';

/** One visited point; grad is the gradient the update from x used, null on the final point. */
export interface OptimizePoint {
  readonly x: Float64Array;
  readonly grad: Float64Array | null;
}

/** stepNum + 1 points from initX (never mutated). A run that diverges to ±Infinity or NaN is a result. */
export function optimize(
  optimizer: Optimizer,
  gradient: (x: Float64Array) => ArrayLike<number>,
  initX: Vector,
  stepNum: number,
): OptimizePoint[] {
  requireVector('optimize', 'initX', initX);
  requireFunction('optimize', 'gradient', gradient);
  requireInteger('optimize', 'stepNum', stepNum, 1);
  const x = Float64Array.from(initX);
  const path: OptimizePoint[] = [];
  for (let i = 0; i < stepNum; i++) {
    const grad = Float64Array.from(gradient(x));
    if (grad.length !== x.length) throw new RangeError(`optimize: gradient returned length ${grad.length}, expected ${x.length}`);
    path.push({ x: x.slice(), grad });
    optimizer.update(x, grad);
  }
  path.push({ x: x.slice(), grad: null });
  return path;
}
