// Input checks shared by the core: every error names the function, the argument and what was expected.
import type { Matrix } from './matrix.ts';

export type Vector = Float64Array | readonly number[];

function show(v: unknown): string {
  return typeof v === 'number' ? String(v) : typeof v === 'string' ? JSON.stringify(v) : typeof v;
}

export function requireFunction(fn: string, name: string, f: unknown): void {
  if (typeof f !== 'function') throw new TypeError(`${fn}: ${name} must be a function, got ${show(f)}`);
}

export function requireFiniteNumber(fn: string, name: string, v: unknown): asserts v is number {
  if (typeof v !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(v)}`);
  if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name} must be a finite number, got ${v}`);
}

export function requirePositiveFinite(fn: string, name: string, v: unknown): asserts v is number {
  requireFiniteNumber(fn, name, v);
  if (v <= 0) throw new RangeError(`${fn}: ${name} must be a positive finite number, got ${v}`);
}

export function requireInteger(fn: string, name: string, v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): asserts v is number {
  if (typeof v !== 'number') throw new TypeError(`${fn}: ${name} must be an integer, got ${show(v)}`);
  if (!Number.isInteger(v) || v < min || v > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in [${min}, ${max}]`;
    throw new RangeError(`${fn}: ${name} must be an integer ${range}, got ${v}`);
  }
}

// Plain arrays may hold anything at runtime; typed arrays are numbers by construction.
export function requireVector(fn: string, name: string, x: unknown): asserts x is Vector {
  if (!(x instanceof Float64Array) && !Array.isArray(x)) {
    throw new TypeError(`${fn}: ${name} must be a Float64Array or number[], got ${show(x)}`);
  }
  requireFiniteEntries(fn, name, x);
}

export function requireMatrix(fn: string, name: string, m: unknown): asserts m is Matrix {
  const c = (typeof m === 'object' && m !== null ? m : {}) as Partial<Matrix>;
  if (!(c.data instanceof Float64Array) || !Number.isInteger(c.rows) || !Number.isInteger(c.cols)) {
    throw new TypeError(`${fn}: ${name} must be a Matrix {rows, cols, data: Float64Array}`);
  }
  const size = (c.rows as number) * (c.cols as number);
  if (c.data.length !== size) throw new RangeError(`${fn}: ${name}.data has length ${c.data.length}, expected rows·cols = ${size}`);
  requireFiniteEntries(fn, name, c.data);
}

export function requireFiniteEntries(fn: string, name: string, x: ArrayLike<unknown>): void {
  if (x.length === 0) throw new RangeError(`${fn}: ${name} is empty, expected at least one value`);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v !== 'number') throw new TypeError(`${fn}: ${name}[${i}] must be a number, got ${show(v)}`);
    if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name}[${i}] is ${v}, expected a finite number`);
  }
}

export function requireLength(fn: string, name: string, x: ArrayLike<unknown>, expected: number, what = ''): void {
  if (x.length !== expected) {
    throw new RangeError(`${fn}: ${name} has length ${x.length}, expected ${expected}${what ? ` (${what})` : ''}`);
  }
}
