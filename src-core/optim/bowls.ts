// The functions the descent lab runs on: f, its exact gradient, and the curvature that sets lr thresholds.
import { function2, function2Gradient } from '../functions/functions.ts';
import { derivative } from '../expr/derivative.ts';
import { evaluate, type Expr } from '../expr/exprTree.ts';

export interface Bowl {
  f: (x: Float64Array) => number;
  /** The exact gradient (symbolic). */
  gradient: (x: Float64Array) => Float64Array;
  /** Eigenvalues of the Hessian at the minimum that are > 0; on a quadratic, 2/λ is where descent turns. */
  curvatures: readonly number[];
  /** A square view (centre and half-width) and a start point that show the function's shape. */
  view: { cx: number; cy: number; half: number };
  start: readonly [number, number];
  /** f's lowest value in the view (for the log f-per-step axis), or null when unbounded below. */
  minimum: number | null;
}

export const bowlNames = ['sphere', 'bowl', 'rosenbrock', 'saddle'] as const;
export type BowlName = (typeof bowlNames)[number];

// Rosenbrock's Hessian at (1, 1) is [[802, −400], [−400, 200]]: largest eigenvalue (1002 + √(1002² − 1600))/2.
const rosenbrockCurvature = (1002 + Math.sqrt(1002 ** 2 - 1600)) / 2;

export const bowls: Record<BowlName, Bowl> = {
  // The book's function_2 (4.4), unchanged so the book's printed values come out.
  sphere: { f: function2, gradient: function2Gradient, curvatures: [2], view: { cx: 0, cy: 0, half: 5 }, start: [-3, 4], minimum: 0 },
  // Chapter 6's f(x, y) = x²/20 + y² with the book's df (x/10, 2y): the zig-zag of Figure 6-2.
  bowl: {
    f: (x) => x[0] ** 2 / 20.0 + x[1] ** 2,
    gradient: (x) => Float64Array.of(x[0] / 10.0, 2.0 * x[1]),
    curvatures: [2, 0.1], view: { cx: 0, cy: 0, half: 10 }, start: [-7, 2], minimum: 0,
  },
  rosenbrock: {
    f: (x) => (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2,
    gradient: (x) => Float64Array.of(-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2), 200 * (x[1] - x[0] ** 2)),
    curvatures: [rosenbrockCurvature], view: { cx: 0, cy: 1, half: 2 }, start: [-1.5, 2], minimum: 0,
  },
  saddle: {
    f: (x) => x[0] ** 2 - x[1] ** 2,
    gradient: (x) => Float64Array.of(2 * x[0], -2 * x[1]),
    curvatures: [2], view: { cx: 0, cy: 0, half: 5 }, start: [-4, 0.1], minimum: null,
  },
};

/** A typed function as a bowl: exact gradient from the tree's derivative, no thresholds, the sphere's view. */
export function bowlFromExpr(expr: Expr): Bowl {
  const d0 = derivative(expr, 0);
  const d1 = derivative(expr, 1);
  return {
    f: (x) => evaluate(expr, x),
    gradient: (x) => Float64Array.of(evaluate(d0, x), evaluate(d1, x)),
    curvatures: [], view: bowls.sphere.view, start: bowls.sphere.start, minimum: null,
  };
}
