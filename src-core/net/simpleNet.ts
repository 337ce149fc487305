// 4.4.2 simpleNet: one 2×3 weight matrix, z = x·W, y = softmax(z), L = cross-entropy(y, t). Its gradient
// dL/dW is taken numerically as in the book (numerical_gradient over W, h = 1e-4, f = the loss, which reads
// W itself), and exactly as x ⊗ (y − t) for comparison.
import { crossEntropyError } from '../loss/crossEntropyError.ts';
import { softmax } from '../loss/softmax.ts';
import { numericalGradient } from '../grad/numericalGradient.ts';
import type { Matrix } from '../matrix.ts';
import type { Random } from '../random/random.ts';
import { requireLength, requireMatrix, requireVector, type Vector } from '../validate.ts';

export const SIMPLE_NET_ROWS = 2;
export const SIMPLE_NET_COLS = 3;

export class SimpleNet {
  private w: Matrix;

  /** A Random draws W = randn(2, 3) as np.random.randn(2, 3) does; a Matrix (2×3) is copied. */
  constructor(init: Random | Matrix) {
    this.w = 'randnMatrix' in init ? init.randnMatrix(SIMPLE_NET_ROWS, SIMPLE_NET_COLS) : copyWeights('SimpleNet', init);
  }

  /** The live weights: numericalGradient nudges these in place, as the book's does. */
  get W(): Matrix {
    return this.w;
  }

  /** Replaces W by a copy of a finite 2×3 matrix. */
  set W(value: Matrix) {
    this.w = copyWeights('SimpleNet.W', value);
  }

  /** z = x·W, in the book's order: z_j = x₀·W₀ⱼ + x₁·W₁ⱼ. */
  predict(x: Vector): Float64Array {
    requireVector('SimpleNet.predict', 'x', x);
    requireLength('SimpleNet.predict', 'x', x, this.w.rows);
    return this.predictUnchecked(x);
  }

  /** softmax(x·W) then the cross-entropy error against t (one-hot of length 3, or a label index). */
  loss(x: Vector, t: Vector | number): number {
    return crossEntropyError(softmax(this.predict(x)), t);
  }

  /** The book's numerical_gradient(f, net.W) with f = lambda w: net.loss(x, t): each W entry ±h, restored. */
  numericalGradient(x: Vector, t: Vector | number, h = 1e-4): Matrix {
    this.loss(x, t); // checks x and t once, before W is touched
    return numericalGradient((_w: Matrix) => this.loss(x, t), this.w, h);
  }

  /**
   * The exact gradient x ⊗ (y − t), y = softmax(x·W), t one-hot: what the numerical one approximates. It
   * ignores the loss's 1e-7 inside the log, which changes the true gradient by a factor y_t / (y_t + 1e-7).
   */
  gradient(x: Vector, t: Vector | number): Matrix {
    const y = softmax(this.predict(x));
    const target = oneHot('SimpleNet.gradient', t, y.length);
    const { rows, cols } = this.w;
    const data = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) data[i * cols + j] = x[i] * (y[j] - target[j]);
    return { rows, cols, data };
  }

  private predictUnchecked(x: Vector): Float64Array {
    const { rows, cols, data } = this.w;
    const z = new Float64Array(cols);
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let i = 0; i < rows; i++) s += x[i] * data[i * cols + j];
      z[j] = s;
    }
    return z;
  }
}

function copyWeights(fn: string, m: Matrix): Matrix {
  requireMatrix(fn, 'W', m);
  if (m.rows !== SIMPLE_NET_ROWS || m.cols !== SIMPLE_NET_COLS) {
    throw new RangeError(`${fn}: W is ${m.rows}×${m.cols}, expected ${SIMPLE_NET_ROWS}×${SIMPLE_NET_COLS}`);
  }
  return { rows: m.rows, cols: m.cols, data: Float64Array.from(m.data) };
}

function oneHot(fn: string, t: Vector | number, size: number): Float64Array {
  const out = new Float64Array(size);
  if (typeof t === 'number') {
    if (!Number.isInteger(t) || t < 0 || t >= size) throw new RangeError(`${fn}: t is ${t}, expected a label index in [0, ${size - 1}]`);
    out[t] = 1;
    return out;
  }
  requireVector(fn, 't', t);
  requireLength(fn, 't', t, size, 'one-hot');
  // The loss reads a one-hot t through its argmax (the first largest entry), so the gradient does too.
  let best = 0;
  for (let j = 1; j < size; j++) if (t[j] > t[best]) best = j;
  out[best] = 1;
  return out;
}
