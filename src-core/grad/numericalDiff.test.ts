import { describe, expect, it } from 'vitest';
import { numericalDiff } from './numericalDiff.ts';
import { function1, function1Derivative } from '../functions/functions.ts';
import fixture from './fixtures/grad.json';

describe('numericalDiff', () => {
  it('reproduces the book (REFERENCE.md) exactly', () => {
    expect(numericalDiff(function1, 5)).toBe(0.1999999999990898);
    expect(numericalDiff(function1, 10)).toBe(0.2999999999986347);
  });

  it.each(fixture.numericalDiff)('matches numpy bit for bit at x = %d', (x, want) => {
    expect(numericalDiff(function1, x)).toBe(want);
  });

  it('is close to the exact derivative, but not equal (the float error the book shows)', () => {
    expect(numericalDiff(function1, 5)).not.toBe(function1Derivative(5));
    expect(numericalDiff(function1, 5)).toBeCloseTo(function1Derivative(5), 10);
  });

  it('takes h as an option', () => {
    expect(numericalDiff((x) => x * x, 3, 0.5)).toBe(6);
  });

  it('rejects bad input, naming function and argument', () => {
    expect(() => numericalDiff(function1, NaN)).toThrow(/numericalDiff: x must be a finite number, got NaN/);
    expect(() => numericalDiff(function1, Infinity)).toThrow(RangeError);
    expect(() => numericalDiff(function1, 1, 0)).toThrow(/numericalDiff: h must be a positive finite number, got 0/);
    expect(() => numericalDiff(function1, 1, -1e-4)).toThrow(/numericalDiff: h/);
    expect(() => numericalDiff(function1, 1, Infinity)).toThrow(/numericalDiff: h must be a finite number, got Infinity/);
    expect(() => numericalDiff(1 as unknown as (x: number) => number, 1)).toThrow(/numericalDiff: f must be a function/);
    expect(() => numericalDiff(() => NaN, 1)).toThrow(/numericalDiff: f gave NaN around x = 1/);
  });
});
