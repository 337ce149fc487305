import { describe, expect, it } from 'vitest';
import {
  requireFiniteEntries, requireFiniteNumber, requireFunction, requireInteger, requireLength, requireMatrix,
  requirePositiveFinite, requireVector,
} from './validate.ts';

describe('validate', () => {
  it('names the function, the argument and what was expected', () => {
    expect(() => requireFunction('fn', 'f', 3)).toThrow(new TypeError('fn: f must be a function, got 3'));
    expect(() => requireFiniteNumber('fn', 'x', '1')).toThrow(new TypeError('fn: x must be a number, got "1"'));
    expect(() => requireFiniteNumber('fn', 'x', -Infinity)).toThrow(new RangeError('fn: x must be a finite number, got -Infinity'));
    expect(() => requirePositiveFinite('fn', 'h', 0)).toThrow(new RangeError('fn: h must be a positive finite number, got 0'));
    expect(() => requireInteger('fn', 'n', 1.5, 1)).toThrow(new RangeError('fn: n must be an integer ≥ 1, got 1.5'));
    expect(() => requireInteger('fn', 'n', 11, 0, 10)).toThrow(new RangeError('fn: n must be an integer in [0, 10], got 11'));
    expect(() => requireVector('fn', 'x', new Float32Array(2))).toThrow(TypeError);
    expect(() => requireVector('fn', 'x', [])).toThrow(new RangeError('fn: x is empty, expected at least one value'));
    expect(() => requireFiniteEntries('fn', 'x', [1, NaN])).toThrow(new RangeError('fn: x[1] is NaN, expected a finite number'));
    expect(() => requireLength('fn', 't', [1], 2, 'one-hot')).toThrow(new RangeError('fn: t has length 1, expected 2 (one-hot)'));
    expect(() => requireMatrix('fn', 'W', { rows: 1, cols: 1, data: [1] })).toThrow(TypeError);
    expect(() => requireMatrix('fn', 'W', null)).toThrow(/fn: W must be a Matrix/);
  });

  it('lets valid values through', () => {
    expect(() => requireVector('fn', 'x', Float64Array.of(1, 2))).not.toThrow();
    expect(() => requireMatrix('fn', 'W', { rows: 1, cols: 2, data: Float64Array.of(1, 2) })).not.toThrow();
    expect(() => requireInteger('fn', 'n', 0, 0)).not.toThrow();
  });
});
