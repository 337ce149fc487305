import { ddTimes, type DoubleDouble } from './roundedPower.ts';

// Chapter 6 (common/optimizer.py): the book's four update rules, element-wise on one float64 parameter
// array, updated in place like the book's params[key]. State starts at zero on the first update.

/** One optimizer: update(params, grads) moves params in place, keeping whatever state the rule needs. */
export interface Optimizer {
  readonly lr: number;
  update(params: Float64Array, grads: ArrayLike<number>): void;
}

/** p ← p − lr·g */
export class SGD implements Optimizer {
  constructor(readonly lr = 0.01) {}
  update(params: Float64Array, grads: ArrayLike<number>): void {
    for (let i = 0; i < params.length; i++) params[i] -= this.lr * grads[i];
  }
}

/** v ← momentum·v − lr·g; p ← p + v */
export class Momentum implements Optimizer {
  private v: Float64Array | null = null;
  constructor(readonly lr = 0.01, readonly momentum = 0.9) {}
  update(params: Float64Array, grads: ArrayLike<number>): void {
    const v = (this.v ??= new Float64Array(params.length));
    for (let i = 0; i < params.length; i++) {
      v[i] = this.momentum * v[i] - this.lr * grads[i];
      params[i] += v[i];
    }
  }
}

/** h ← h + g·g; p ← p − lr·g / (√h + 1e-7): the 1e-7 keeps the first division finite when g is 0. */
export class AdaGrad implements Optimizer {
  private h: Float64Array | null = null;
  constructor(readonly lr = 0.01) {}
  update(params: Float64Array, grads: ArrayLike<number>): void {
    const h = (this.h ??= new Float64Array(params.length));
    for (let i = 0; i < params.length; i++) {
      h[i] += grads[i] * grads[i];
      params[i] -= (this.lr * grads[i]) / (Math.sqrt(h[i]) + 1e-7);
    }
  }
}

/** k ← k + 1; lr_t = lr·√(1 − β2ᵏ)/(1 − β1ᵏ) (bias correction); m, v running means of g and g². */
export class Adam implements Optimizer {
  // β1ᵏ and β2ᵏ carried as double-doubles so each rounds once, as numpy's beta ** iter does.
  private beta1Power: DoubleDouble = [1, 0];
  private beta2Power: DoubleDouble = [1, 0];
  private m: Float64Array | null = null;
  private v: Float64Array | null = null;
  constructor(readonly lr = 0.001, readonly beta1 = 0.9, readonly beta2 = 0.999) {}
  update(params: Float64Array, grads: ArrayLike<number>): void {
    const m = (this.m ??= new Float64Array(params.length));
    const v = (this.v ??= new Float64Array(params.length));
    this.beta1Power = ddTimes(this.beta1Power, this.beta1);
    this.beta2Power = ddTimes(this.beta2Power, this.beta2);
    const b1k = this.beta1Power[0] + this.beta1Power[1];
    const b2k = this.beta2Power[0] + this.beta2Power[1];
    const lrT = (this.lr * Math.sqrt(1.0 - b2k)) / (1.0 - b1k);
    for (let i = 0; i < params.length; i++) {
      m[i] += (1 - this.beta1) * (grads[i] - m[i]);
      v[i] += (1 - this.beta2) * (grads[i] * grads[i] - v[i]);
      params[i] -= (lrT * m[i]) / (Math.sqrt(v[i]) + 1e-7);
    }
  }
}

export const optimizerNames = ['SGD', 'Momentum', 'AdaGrad', 'Adam'] as const;
export type OptimizerName = (typeof optimizerNames)[number];

/** The four by name, with the book's defaults for everything but lr. */
export const optimizers: Record<OptimizerName, (lr: number) => Optimizer> = {
  SGD: (lr) => new SGD(lr),
  Momentum: (lr) => new Momentum(lr),
  AdaGrad: (lr) => new AdaGrad(lr),
  Adam: (lr) => new Adam(lr),
};
