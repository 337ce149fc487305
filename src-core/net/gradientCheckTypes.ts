// What a gradient check reports: backprop against the book's numerical gradient, per parameter group.

/** Same names as TwoLayerNetParams' ParamKey. */
export type GradientCheckKey = 'W1' | 'b1' | 'W2' | 'b2';

export interface GradientCheckGroup {
  readonly key: GradientCheckKey;
  /** Number of parameters in the group. */
  readonly count: number;
  /** max over the group of |backprop − numerical|. */
  readonly maxAbsDiff: number;
  /** ‖backprop − numerical‖₂ / (‖backprop‖₂ + ‖numerical‖₂), 0 when both are exactly 0. */
  readonly relativeError: number;
}

export interface GradientCheckReport {
  /** W1, b1, W2, b2 in that order. */
  readonly groups: readonly GradientCheckGroup[];
  readonly batchSize: number;
  /** The central-difference step, 1e-4 as in the book. */
  readonly h: number;
  /** Batch loss at the current parameters. */
  readonly loss: number;
  /** The loss's δ in log(y + δ), which backprop's y − t leaves out: relative errors ≈ δ / 2yₜ are expected. */
  readonly delta: number;
}
