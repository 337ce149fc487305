// Whole-gradient entry points over the incremental job: a synchronous call with progress and cancellation
// (tools, tests, a worker that cancels through shared memory), and the book's numerical training step.
import { PARAM_KEYS, type TwoLayerNetParams } from '../twoLayerNetParams.ts';
import type { Labels } from '../../loss/labels.ts';
import { twoLayerNetLoss, type TwoLayerNetGrads } from '../twoLayerNetMaths.ts';
import { fastNumericalJob } from './numericalGradientJob.ts';

export interface NumericalGradientOptions {
  /** Central-difference step, 1e-4 as in the book. */
  readonly h?: number;
  /** Called with (parameters done, total) every `checkEvery` parameters and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Looked at every `checkEvery` parameters; true stops the computation with NumericalGradientCancelled. */
  readonly shouldCancel?: () => boolean;
  /** Default 1000. */
  readonly checkEvery?: number;
}

export class NumericalGradientCancelled extends Error {
  constructor(readonly done: number, readonly total: number) {
    super(`numerical gradient cancelled after ${done} of ${total} parameters`);
    this.name = 'NumericalGradientCancelled';
  }
}

/** Views of a flat W1, b1, W2, b2 gradient as the four groups (no copy). */
export function splitGradient(sizes: Pick<TwoLayerNetParams, 'inputSize' | 'hiddenSize' | 'outputSize'>, flat: Float64Array): TwoLayerNetGrads {
  const { inputSize: d, hiddenSize: h, outputSize: o } = sizes;
  const ends = [d * h, d * h + h, d * h + h + h * o, d * h + h + h * o + o];
  if (flat.length !== ends[3]) throw new RangeError(`splitGradient: flat has length ${flat.length}, expected ${ends[3]}`);
  return { W1: flat.subarray(0, ends[0]), b1: flat.subarray(ends[0], ends[1]), W2: flat.subarray(ends[1], ends[2]), b2: flat.subarray(ends[2]) };
}

/**
 * The book's TwoLayerNet.numerical_gradient(x, t), computed incrementally (see numericalGradientJob.ts):
 * the same central differences, tens to hundreds of times faster than re-running the whole forward pass.
 */
export function numericalGradientFast(params: TwoLayerNetParams, x: Float64Array, t: Labels, options: NumericalGradientOptions = {}): TwoLayerNetGrads {
  const { h = 1e-4, onProgress, shouldCancel, checkEvery = 1000 } = options;
  const job = fastNumericalJob(params, x, t, h);
  while (!job.advanceBy(checkEvery)) {
    onProgress?.(job.done, job.total);
    if (shouldCancel?.()) throw new NumericalGradientCancelled(job.done, job.total);
  }
  onProgress?.(job.total, job.total);
  return splitGradient(params, job.gradient);
}

/** params[key] −= lr·grad[key] in place, entry by entry as numpy's `-=` does. */
export function applyGradient(params: TwoLayerNetParams, grad: TwoLayerNetGrads, learningRate: number): void {
  for (const key of PARAM_KEYS) {
    const w = params[key];
    const g = grad[key];
    if (g.length !== w.length) throw new RangeError(`applyGradient: grad.${key} has length ${g.length}, expected ${w.length}`);
    for (let i = 0; i < w.length; i++) w[i] -= learningRate * g[i];
  }
}

export interface NumericalTrainStepResult {
  /** Loss on the same batch after the update, as the book's train_loss_list records it. */
  readonly loss: number;
  /** Loss before the update. */
  readonly lossBefore: number;
  readonly gradient: TwoLayerNetGrads;
}

/**
 * One iteration of the book's loop with network.numerical_gradient: gradient on the batch, params −= lr·grad
 * (in place), then the loss on the same batch after the update.
 */
export function numericalTrainStep(
  params: TwoLayerNetParams,
  x: Float64Array,
  t: Labels,
  learningRate: number,
  options: NumericalGradientOptions = {},
): NumericalTrainStepResult {
  if (!Number.isFinite(learningRate)) throw new RangeError(`numericalTrainStep: learningRate must be a finite number, got ${learningRate}`);
  const lossBefore = twoLayerNetLoss(params, x, t);
  const gradient = numericalGradientFast(params, x, t, options);
  applyGradient(params, gradient, learningRate);
  return { loss: twoLayerNetLoss(params, x, t), lossBefore, gradient };
}
