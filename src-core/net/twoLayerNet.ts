// The book's TwoLayerNet (ch04 two_layer_net.py) in float64, with the notes' bugs fixed: a2 = z1·W2 + b2, and
// the numerical gradient fills grads['W1'], not grads.params['W1']. Its maths is twoLayerNetMaths.ts; the fast
// float32 path is the wasm kernels.
import { batchCrossEntropy, labelLogTerms } from '../loss/crossEntropyError.ts';
import { argmaxAt, type Labels } from '../loss/labels.ts';
import type { Matrix } from '../matrix.ts';
import { createRandom, type Random } from '../random/random.ts';
import { backwardPass, checkBatch, forwardPass, type TwoLayerNetGrads } from './twoLayerNetMaths.ts';
import { checkParams, cloneParams, initTwoLayerNetParams, PARAM_KEYS, type ParamKey, type TwoLayerNetParams } from './twoLayerNetParams.ts';

/** The book's params dict: W1 and W2 as matrices sharing the parameter arrays. */
export interface TwoLayerNetParamMatrices {
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
  get params(): TwoLayerNetParamMatrices {
    const { inputSize: d, hiddenSize: h, outputSize: o, W1, b1, W2, b2 } = this.p;
    return { W1: asMatrix(d, h, W1), b1, W2: asMatrix(h, o, W2), b2 };
  }

  private checkX(fn: string, x: Matrix): void {
    if (!x || !(x.data instanceof Float64Array) || x.cols !== this.p.inputSize || x.data.length !== x.rows * x.cols || x.rows < 1) {
      throw new RangeError(`${fn}: x must be a Matrix with ≥ 1 row and ${this.p.inputSize} columns`);
    }
  }

  /** Checks x and t; returns t as label indices. */
  private labels(fn: string, x: Matrix, t: Labels): Int32Array {
    this.checkX(fn, x);
    return checkBatch(fn, this.p, x.data, t).labels;
  }

  /** Softmax probabilities, batch × outputSize. */
  predict(x: Matrix): Matrix {
    this.checkX('predict', x);
    return asMatrix(x.rows, this.p.outputSize, forwardPass(this.p, x.data, x.rows).y);
  }

  /** Mean cross-entropy (δ = 1e-7) of predict(x) against t: twoLayerNetLoss's bits. */
  loss(x: Matrix, t: Labels): number {
    return this.lossOf(x, this.labels('loss', x, t));
  }

  private lossOf(x: Matrix, labels: Int32Array): number {
    return batchCrossEntropy(labelLogTerms(forwardPass(this.p, x.data, x.rows).y, labels, this.p.outputSize));
  }

  /** Fraction of rows whose largest probability is at the label. */
  accuracy(x: Matrix, t: Labels): number {
    const labels = this.labels('accuracy', x, t);
    const { y } = forwardPass(this.p, x.data, x.rows);
    let correct = 0;
    for (let s = 0; s < x.rows; s++) if (argmaxAt(y, s * this.p.outputSize, this.p.outputSize) === labels[s]) correct++;
    return correct / x.rows;
  }

  /** Backprop (the book's `gradient`), in the parameters' shapes. */
  gradient(x: Matrix, t: Labels): TwoLayerNetGrads {
    const labels = this.labels('gradient', x, t);
    return backwardPass(this.p, x.data, labels, forwardPass(this.p, x.data, x.rows));
  }

  /** The book's numerical gradient: (L(w + h) − L(w − h)) / 2h for every parameter, h = 1e-4. Slow. */
  numericalGradient(x: Matrix, t: Labels): TwoLayerNetGrads {
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
  *numericalGradientSteps(x: Matrix, t: Labels, chunk = 256): Generator<NumericalGradientProgress, TwoLayerNetGrads> {
    const labels = this.labels('numericalGradient', x, t);
    const lossAt = () => this.lossOf(x, labels);
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
    return grads;
  }

  /** SGD: params −= learningRate · grads. */
  applyGradient(grads: TwoLayerNetGrads, learningRate: number): void {
    for (const key of PARAM_KEYS) {
      const a = this.p[key];
      const g = grads[key];
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
