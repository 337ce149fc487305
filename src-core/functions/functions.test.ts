import { describe, expect, it } from 'vitest';
import { function1, function1Derivative, function2, function2Gradient } from './functions.ts';

describe('book functions', () => {
  it('evaluate as the book writes them', () => {
    expect(function1(5)).toBe(0.75);
    expect(function1(10)).toBe(2);
    expect(function2([3, 4])).toBe(25);
    expect(function2(Float64Array.of(-3, 4))).toBe(25);
  });

  it('have exact derivatives 0.02x + 0.1 and (2x0, 2x1)', () => {
    expect(function1Derivative(5)).toBe(0.2);
    expect(function1Derivative(10)).toBe(0.30000000000000004); // 0.2 + 0.1 in float64
    expect(Array.from(function2Gradient([3, 4]))).toEqual([6, 8]);
    expect(Array.from(function2Gradient([0, 2]))).toEqual([0, 4]);
  });

  it('pass IEEE values through (a diverging descent reports them) but reject wrong types and shapes', () => {
    expect(function2([1e200, 0])).toBe(Infinity);
    expect(function1(Infinity)).toBe(Infinity);
    expect(function1(-Infinity)).toBeNaN(); // 0.01·∞ + 0.1·(−∞)
    expect(Array.from(function2Gradient([Infinity, NaN]))).toEqual([Infinity, NaN]);
    expect(() => function1('1' as unknown as number)).toThrow(/function1: x must be a number, got 1/);
    expect(() => function1Derivative(undefined as unknown as number)).toThrow(TypeError);
    expect(() => function2([1, 2, 3])).toThrow(/function2: x has length 3, expected 2 \(x0, x1\)/);
    expect(() => function2([null, 1] as unknown as number[])).toThrow(/function2: x\[0\] must be a number, got null/);
    expect(() => function2Gradient([1])).toThrow(/function2Gradient: x has length 1, expected 2/);
  });
});
