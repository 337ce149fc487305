// Gradient check: backprop (the core's float64 reference) against the book's numerical gradient (the
// incremental one, same numbers as the naive loop) on the same parameters and batch, per parameter group.
// What to expect, relative error ‖bp − num‖ / (‖bp‖ + ‖num‖) per group:
//  - the book's loss is −log(yₜ + 1e-7); backprop's y − t ignores the 1e-7, whose derivative carries a factor
//    yₜ / (yₜ + 1e-7): a relative difference ≈ 1e-7 / 2yₜ, about 5e-7 at initialisation (yₜ ≈ 0.1);
//  - the central difference's truncation h²/6·f''' (≈ 1e-9 relative) and rounding ε·L/h (≈ 1e-12 absolute).
// So ~1e-7…1e-6 is healthy (more where some yₜ is tiny); a backprop bug shows up as 1e-2 or more.
import { PARAM_KEYS, type TwoLayerNetParams } from './twoLayerNetParams.ts';
import { CROSS_ENTROPY_DELTA } from '../loss/crossEntropyError.ts';
import type { GradientCheckGroup, GradientCheckReport } from './gradientCheckTypes.ts';
import type { Labels } from '../loss/labels.ts';
import { backwardPass, checkBatch } from './twoLayerNetMaths.ts';
import { forwardCache } from './numericalFast/forwardCache.ts';
import { numericalGradientFast, type NumericalGradientOptions } from './numericalFast/numericalGradientFast.ts';

/** One group's comparison: max |a − b| and ‖a − b‖₂ / (‖a‖₂ + ‖b‖₂) (0 when both are exactly 0). */
export function compareGradients(key: GradientCheckGroup['key'], backprop: ArrayLike<number>, numerical: ArrayLike<number>): GradientCheckGroup {
  if (backprop.length !== numerical.length) throw new RangeError(`compareGradients: ${key} has ${backprop.length} and ${numerical.length} entries`);
  let maxAbsDiff = 0;
  let diff2 = 0;
  let bp2 = 0;
  let num2 = 0;
  for (let i = 0; i < backprop.length; i++) {
    const d = backprop[i] - numerical[i];
    maxAbsDiff = Math.max(maxAbsDiff, Math.abs(d));
    diff2 += d * d;
    bp2 += backprop[i] * backprop[i];
    num2 += numerical[i] * numerical[i];
  }
  const denominator = Math.sqrt(bp2) + Math.sqrt(num2);
  return { key, count: backprop.length, maxAbsDiff, relativeError: denominator === 0 ? 0 : Math.sqrt(diff2) / denominator };
}

/**
 * Backprop against the numerical gradient at `params` on the batch x (batch×inputSize), t labels or one-hot.
 * The report is plain data (structured-cloneable); progress and cancellation as numericalGradientFast's.
 */
export function gradientCheck(params: TwoLayerNetParams, x: Float64Array, t: Labels, options: NumericalGradientOptions = {}): GradientCheckReport {
  const { batch, labels } = checkBatch('gradientCheck', params, x, t);
  const cache = forwardCache(params, x, labels);
  const numerical = numericalGradientFast(params, x, labels, options);
  const backprop = backwardPass(params, x, labels, cache);
  return {
    groups: PARAM_KEYS.map((key) => compareGradients(key, backprop[key], numerical[key])),
    batchSize: batch,
    h: options.h ?? 1e-4,
    loss: cache.loss,
    delta: CROSS_ENTROPY_DELTA,
  };
}
