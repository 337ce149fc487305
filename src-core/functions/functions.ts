// The book's example functions (4.3.2, 4.3.3) and their exact derivatives, for checking numerical ones.
// They check type and length only: they run inside descents, and a diverging run's ±Infinity (then
// ∞ − ∞ = NaN, exactly as in numpy) is a result the UI reports, while the run's own inputs are validated.
import { requireLength, type Vector } from '../validate.ts';

function requireNumber(fn: string, x: unknown): asserts x is number {
  if (typeof x !== 'number') throw new TypeError(`${fn}: x must be a number, got ${String(x)}`);
}

function requirePair(fn: string, x: Vector): void {
  if (!(x instanceof Float64Array) && !Array.isArray(x)) throw new TypeError(`${fn}: x must be a Float64Array or number[]`);
  requireLength(fn, 'x', x, 2, 'x0, x1');
  for (let i = 0; i < 2; i++) {
    if (typeof x[i] !== 'number') throw new TypeError(`${fn}: x[${i}] must be a number, got ${String(x[i])}`);
  }
}

/** 0.01x² + 0.1x */
export function function1(x: number): number {
  requireNumber('function1', x);
  return 0.01 * x ** 2 + 0.1 * x;
}

/** d/dx (0.01x² + 0.1x) = 0.02x + 0.1 */
export function function1Derivative(x: number): number {
  requireNumber('function1Derivative', x);
  return 0.02 * x + 0.1;
}

/** x0² + x1² */
export function function2(x: Vector): number {
  requirePair('function2', x);
  return x[0] ** 2 + x[1] ** 2;
}

/** ∇(x0² + x1²) = (2x0, 2x1) */
export function function2Gradient(x: Vector): Float64Array {
  requirePair('function2Gradient', x);
  return Float64Array.of(2 * x[0], 2 * x[1]);
}
