// The float64 maths of the book's TwoLayerNet (ch04 two_layer_net.py), once, in the book's order of
// operations and numpy's summation order: the class TwoLayerNet, the incremental numerical gradient, the
// gradient check and the 'js' training backend all compute through these. Zero inputs are skipped (exact:
// 0·w adds 0), which makes MNIST batches ~5× cheaper. The fast float32 path is the wasm kernels.
import { batchCrossEntropy, labelLogTerms } from '../loss/crossEntropyError.ts';
import { labelIndices, type Labels } from '../loss/labels.ts';
import { softmaxInto } from '../loss/softmax.ts';
import { checkParams, type ParamKey, type TwoLayerNetParams } from './twoLayerNetParams.ts';

/** The forward pass of a batch, row-major: a1, z1 batch×hidden; a2, y batch×output. */
export interface TwoLayerNetActivations {
  readonly a1: Float64Array;
  readonly z1: Float64Array;
  readonly a2: Float64Array;
  /** softmax(a2). */
  readonly y: Float64Array;
}

/** Gradients in the parameters' shapes (W1 inputSize×hiddenSize, W2 hiddenSize×outputSize, row-major). */
export type TwoLayerNetGrads = Readonly<Record<ParamKey, Float64Array>>;

/** Checks params, x (batch×inputSize, finite) and t; returns the batch size and label indices. */
export function checkBatch(fn: string, p: TwoLayerNetParams, x: Float64Array, t: Labels): { batch: number; labels: Int32Array } {
  const batch = checkInput(fn, p, x);
  return { batch, labels: labelIndices(fn, t, batch, p.outputSize) };
}

function checkInput(fn: string, p: TwoLayerNetParams, x: Float64Array, batch?: number): number {
  checkParams(fn, p);
  if (!(x instanceof Float64Array)) throw new TypeError(`${fn}: x must be a Float64Array (batch×inputSize, row-major)`);
  if (x.length === 0 || x.length % p.inputSize !== 0 || (batch !== undefined && x.length !== batch * p.inputSize)) {
    const expected = batch === undefined ? `a positive multiple of inputSize ${p.inputSize}` : `batch·inputSize = ${batch}·${p.inputSize}`;
    throw new RangeError(`${fn}: x has length ${x.length}, expected ${expected}`);
  }
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) throw new RangeError(`${fn}: x[${i}] is ${x[i]}, expected a finite number`);
  return x.length / p.inputSize;
}

/** a1 = x·W1 + b1, z1 = σ(a1), a2 = z1·W2 + b2, y = softmax(a2) (unchecked). */
export function forwardPass(p: TwoLayerNetParams, x: Float64Array, batch: number): TwoLayerNetActivations {
  const { inputSize: d, hiddenSize: h, outputSize: o } = p;
  const a1 = new Float64Array(batch * h);
  const z1 = new Float64Array(batch * h);
  const a2 = new Float64Array(batch * o);
  const y = new Float64Array(batch * o);
  for (let n = 0; n < batch; n++) {
    // x·W1 summed over the input index in order, skipping zero inputs.
    for (let i = 0; i < d; i++) {
      const xi = x[n * d + i];
      if (xi === 0) continue;
      for (let j = 0; j < h; j++) a1[n * h + j] += xi * p.W1[i * h + j];
    }
    for (let j = 0; j < h; j++) {
      a1[n * h + j] += p.b1[j];
      z1[n * h + j] = 1 / (1 + Math.exp(-a1[n * h + j]));
    }
    for (let j = 0; j < h; j++) {
      const zj = z1[n * h + j];
      for (let k = 0; k < o; k++) a2[n * o + k] += zj * p.W2[j * o + k];
    }
    for (let k = 0; k < o; k++) a2[n * o + k] += p.b2[k];
    softmaxInto(a2, n * o, (n + 1) * o, y);
  }
  return { a1, z1, a2, y };
}

/** The book's predict(x) with every intermediate; x is batch×inputSize, row-major. */
export function twoLayerNetForward(p: TwoLayerNetParams, x: Float64Array, batch: number): TwoLayerNetActivations {
  return forwardPass(p, x, checkInput('twoLayerNetForward', p, x, batch));
}

/** The book's loss(x, t): cross_entropy_error(predict(x), t), 4.2.4's batch mean, in float64. */
export function twoLayerNetLoss(p: TwoLayerNetParams, x: Float64Array, labels: Labels): number {
  const { batch, labels: t } = checkBatch('twoLayerNetLoss', p, x, labels);
  return batchCrossEntropy(labelLogTerms(forwardPass(p, x, batch).y, t, p.outputSize));
}

/** Backprop (unchecked): dy = (y − t)/B; dW2 = z1ᵀdy; db2 = Σdy; da1 = σ'(a1)·(dy W2ᵀ); dW1 = xᵀda1; db1 = Σda1. */
export function backwardPass(p: TwoLayerNetParams, x: Float64Array, labels: ArrayLike<number>, forward: TwoLayerNetActivations): TwoLayerNetGrads {
  const { inputSize: d, hiddenSize: h, outputSize: o } = p;
  const batch = labels.length;
  const { z1, y } = forward;
  const dy = new Float64Array(batch * o);
  for (let n = 0; n < batch; n++) {
    for (let k = 0; k < o; k++) dy[n * o + k] = (y[n * o + k] - (k === labels[n] ? 1 : 0)) / batch;
  }
  const W2 = new Float64Array(h * o);
  const b2 = new Float64Array(o);
  const da1 = new Float64Array(batch * h);
  for (let n = 0; n < batch; n++) {
    for (let k = 0; k < o; k++) b2[k] += dy[n * o + k];
    for (let j = 0; j < h; j++) {
      const zj = z1[n * h + j];
      let back = 0;
      for (let k = 0; k < o; k++) {
        W2[j * o + k] += zj * dy[n * o + k];
        back += dy[n * o + k] * p.W2[j * o + k];
      }
      da1[n * h + j] = (1 - zj) * zj * back; // the book's sigmoid_grad(a1) * da1
    }
  }
  const W1 = new Float64Array(d * h);
  const b1 = new Float64Array(h);
  for (let n = 0; n < batch; n++) {
    for (let j = 0; j < h; j++) b1[j] += da1[n * h + j];
    for (let i = 0; i < d; i++) {
      const xi = x[n * d + i];
      if (xi === 0) continue;
      for (let j = 0; j < h; j++) W1[i * h + j] += xi * da1[n * h + j];
    }
  }
  return { W1, b1, W2, b2 };
}

/** The book's gradient(x, t): the forward pass, then backprop. */
export function twoLayerNetGradient(p: TwoLayerNetParams, x: Float64Array, labels: Labels): TwoLayerNetGrads {
  const { batch, labels: t } = checkBatch('twoLayerNetGradient', p, x, labels);
  return backwardPass(p, x, t, forwardPass(p, x, batch));
}
