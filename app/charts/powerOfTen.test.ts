import { describe, expect, it } from 'vitest';
import { decades, formatPowerOfTen } from './powerOfTen.ts';

describe('powers of ten', () => {
  it('write the exponent in superscripts, with true minus signs', () => {
    expect(formatPowerOfTen(1e-16)).toBe('10⁻¹⁶');
    expect(formatPowerOfTen(1e308)).toBe('10³⁰⁸');
    expect(formatPowerOfTen(-1e15)).toBe('−10¹⁵');
    expect(formatPowerOfTen(-1e-7)).toBe('−10⁻⁷');
  });

  it('write 1 and 10 plainly', () => {
    expect(formatPowerOfTen(1)).toBe('1');
    expect(formatPowerOfTen(10)).toBe('10');
    expect(formatPowerOfTen(-10)).toBe('−10');
  });

  it('list whole decades exactly (1e-7, not 10 ** -7)', () => {
    expect(decades(-9, -7)).toEqual([1e-9, 1e-8, 1e-7]);
    expect(decades(-16, 0, 8)).toEqual([1e-16, 1e-8, 1]);
  });
});
