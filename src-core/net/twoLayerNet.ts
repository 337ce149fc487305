// The book's TwoLayerNet (ch04 two_layer_net.py) in float64, with the notes' bugs fixed: a2 = z1·W2 + b2, and
// the numerical gradient fills grads['W1'], not grads.params['W1']. The fast float32 path is kernels/wasmNet.ts.
import { referenceForward, referenceGradient, referenceLoss, argmaxAt, type Labels } from '../kernels/reference.ts';
import type { Matrix } from '../matrix.ts';
import { createRandom, type Random } from '../random/random.ts';
import { checkParams, cloneParams, initTwoLayerNetParams, PARAM_KEYS, type ParamKey, type TwoLayerNetParams } from './twoLayerNetParams.ts';

/** Class labels, one per sample, or one-hot rows (converted by argmax as the book does). */
export type Targets = Labels | Matrix;

export interface TwoLayerNetGrads {
  readonly W1: Matrix;
  readonly b1: Float64Array;
  readonly W2: Matrix;
  readonly b2: Float64Array;
}

/** Progress of the numerical gradient: parameter `done` of `total`. */
export interface NumericalGradientProgress {
  readonly done: number;
  readonly total: number;
}

const H = 1e-4; // the book's central-difference step

function toLabels(fn: string, t: Targets, rows: number, outputs: number): Labels {
  const labels: Labels = 'data' in t ? oneHotToLabels(t) : t;
  if (labels.length !== rows) throw new RangeError(`${fn}: t has ${labels.length} labels, x has ${rows} rows`);
  for (let i = 0; i < labels.length; i++) {
    if (!Number.isInteger(labels[i]) || labels[i] < 0 || labels[i] >= outputs) {
      throw new RangeError(`${fn}: t[${i}] is ${labels[i]}, expected a label in [0, ${outputs - 1}]`);
    }
  }
  return labels;
}

function oneHotToLabels(t: Matrix): Int32Array {
  const out = new Int32Array(t.rows);
  for (let i = 0; i < t.rows; i++) out[i] = argmaxAt(t.data, i * t.cols, t.cols);
  return out;
}

function asMatrix(rows: number, cols: number, data: Float64Array): Matrix {
  return { rows, cols, data };
}

export class TwoLayerNet {
  private p: TwoLayerNetParams;

  /** W1 = std·randn(input, hidden), then W2 = std·randn(hidden, output) from `random`; biases 0. */
  constructor(inputSize: number, hiddenSize: number, outputSize: number, weightInitStd = 0.01, random: Random = createRandom(0)) {
    this.p = initTwoLayerNetParams({ inputSize, hiddenSize, outputSize }, weightInitStd, random);
  }

  /** A network holding copies of `params`. */
  static fromParams(params: TwoLayerNetParams): TwoLayerNet {
    const net = new TwoLayerNet(1, 1, 1, 0);
    net.importParams(params);
    return net;
  }

  get inputSize(): number {
    return this.p.inputSize;
  }
  get hiddenSize(): number {
    return this.p.hiddenSize;
  }
  get outputSize(): number {
    return this.p.outputSize;
  }

  /** The live parameters, as the book's params dict (W as matrices sharing the arrays). */
  get params(): TwoLayerNetGrads {
    const { inputSize: d, hiddenSize: h, outputSize: o, W1, b1, W2, b2 } = this.p;
    return { W1: asMatrix(d, h, W1), b1, W2: asMatrix(h, o, W2), b2 };
  }

  private checkX(fn: string, x: Matrix): void {
    if (!x || !(x.data instanceof Float64Array) || x.cols !== this.p.inputSize || x.data.length !== x.rows * x.cols || x.rows < 1) {
      throw new RangeError(`${fn}: x must be a Matrix with ≥ 1 row and ${this.p.inputSize} columns`);
    }
  }

  /** Softmax probabilities, batch × outputSize. */
  predict(x: Matrix): Matrix {
    this.checkX('predict', x);
    return asMatrix(x.rows, this.p.outputSize, referenceForward(this.p, x.data, x.rows).y);
  }

  /** Mean cross-entropy (δ = 1e-7) of predict(x) against t. */
  loss(x: Matrix, t: Targets): number {
    this.checkX('loss', x);
    const labels = toLabels('loss', t, x.rows, this.p.outputSize);
    return referenceLoss(referenceForward(this.p, x.data, x.rows).y, labels, this.p.outputSize);
  }

  /** Fraction of rows whose largest probability is at the label. */
  accuracy(x: Matrix, t: Targets): number {
    this.checkX('accuracy', x);
    const labels = toLabels('accuracy', t, x.rows, this.p.outputSize);
    const { y } = referenceForward(this.p, x.data, x.rows);
    let correct = 0;
    for (let s = 0; s < x.rows; s++) if (argmaxAt(y, s * this.p.outputSize, this.p.outputSize) === labels[s]) correct++;
    return correct / x.rows;
  }

  /** Backprop (the book's `gradient`). */
  gradient(x: Matrix, t: Targets): TwoLayerNetGrads {
    this.checkX('gradient', x);
    const g = referenceGradient(this.p, x.data, toLabels('gradient', t, x.rows, this.p.outputSize));
    const { inputSize: d, hiddenSize: h, outputSize: o } = this.p;
    return { W1: asMatrix(d, h, g.W1), b1: g.b1, W2: asMatrix(h, o, g.W2), b2: g.b2 };
  }

  /** The book's numerical gradient: (L(w + h) − L(w − h)) / 2h for every parameter, h = 1e-4. Slow. */
  numericalGradient(x: Matrix, t: Targets): TwoLayerNetGrads {
    const steps = this.numericalGradientSteps(x, t, Number.MAX_SAFE_INTEGER);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same numerical gradient, yielding progress after every `chunk` parameters so a caller (a worker) can
   * report it, yield to its event loop, or stop early by not resuming (parameters are restored between chunks).
   */
  *numericalGradientSteps(x: Matrix, t: Targets, chunk = 256): Generator<NumericalGradientProgress, TwoLayerNetGrads> {
    this.checkX('numericalGradient', x);
    const labels = toLabels('numericalGradient', t, x.rows, this.p.outputSize);
    const lossAt = () => referenceLoss(referenceForward(this.p, x.data, x.rows).y, labels, this.p.outputSize);
    const total = PARAM_KEYS.reduce((n, k) => n + this.p[k].length, 0);
    const grads: Record<ParamKey, Float64Array> = { W1: new Float64Array(0), b1: new Float64Array(0), W2: new Float64Array(0), b2: new Float64Array(0) };
    let done = 0;
    for (const key of PARAM_KEYS) {
      const a = this.p[key];
      const g = (grads[key] = new Float64Array(a.length));
      for (let i = 0; i < a.length; i++) {
        const tmp = a[i];
        a[i] = tmp + H;
        const fxh1 = lossAt();
        a[i] = tmp - H;
        const fxh2 = lossAt();
        g[i] = (fxh1 - fxh2) / (2 * H);
        a[i] = tmp;
        if (++done % chunk === 0 && done < total) yield { done, total };
      }
    }
    const { inputSize: d, hiddenSize: h, outputSize: o } = this.p;
    return { W1: asMatrix(d, h, grads.W1), b1: grads.b1, W2: asMatrix(h, o, grads.W2), b2: grads.b2 };
  }

  /** SGD: params −= learningRate · grads. */
  applyGradient(grads: TwoLayerNetGrads, learningRate: number): void {
    for (const key of PARAM_KEYS) {
      const a = this.p[key];
      const g = 'data' in grads[key] ? (grads[key] as Matrix).data : (grads[key] as Float64Array);
      if (g.length !== a.length) throw new RangeError(`applyGradient: grads.${key} has ${g.length} values, expected ${a.length}`);
      for (let i = 0; i < a.length; i++) a[i] -= learningRate * g[i];
    }
  }

  /** Copies of the parameters (transferable typed arrays). */
  exportParams(): TwoLayerNetParams {
    return cloneParams(this.p);
  }

  /** Replaces the parameters (and the shape) with copies of `params`. */
  importParams(params: TwoLayerNetParams): void {
    checkParams('importParams', params);
    this.p = cloneParams(params);
  }
}
