// Where plain gradient descent changes behaviour on a quadratic bowl: along a direction of curvature λ
// each step multiplies the distance to the minimum by 1 − lr·λ. So lr = 1/λ lands in one step, lr = 2/λ
// flips sign forever, and beyond 2/λ every step grows. Other functions get these marks from their
// curvature at the minimum, where they hold near it.

export const regimes = ['smooth', 'oneStep', 'overshoot', 'oscillate', 'diverge'] as const;
export type Regime = (typeof regimes)[number];

export interface LrMark {
  lr: number;
  regime: 'oneStep' | 'oscillate';
}

/** The marks 1/λ and 2/λ of the largest curvature, and of the others where they fall in [lo, hi]. */
export function lrMarks(curvatures: readonly number[], range: { min: number; max: number }): LrMark[] {
  return curvatures
    .flatMap((c): LrMark[] => [{ lr: 1 / c, regime: 'oneStep' }, { lr: 2 / c, regime: 'oscillate' }])
    .filter((m) => m.lr >= range.min && m.lr <= range.max)
    .sort((a, b) => a.lr - b.lr);
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * b;

/** The regime of lr along the steepest direction (largest curvature), or null when f has none to give. */
export function regimeOf(lr: number, curvatures: readonly number[]): Regime | null {
  if (curvatures.length === 0) return null;
  const lambda = Math.max(...curvatures);
  if (same(lr, 1 / lambda)) return 'oneStep';
  if (same(lr, 2 / lambda)) return 'oscillate';
  if (lr < 1 / lambda) return 'smooth';
  return lr < 2 / lambda ? 'overshoot' : 'diverge';
}

/** A slider value within half a slider step (in log₁₀) of a mark lands exactly on it. */
export function snapToMark(lr: number, marks: LrMark[], logStep = 0.01): number {
  const hit = marks.find((m) => Math.abs(Math.log10(lr) - Math.log10(m.lr)) <= logStep * 0.75);
  return hit ? hit.lr : lr;
}
