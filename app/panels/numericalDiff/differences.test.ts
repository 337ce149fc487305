import { describe, expect, it } from 'vitest';
import { differencesAt, errorCurve, hFromExponent } from './differences.ts';

describe('h explorer arithmetic', () => {
  it('turns slider decades into tidy h values', () => {
    expect(hFromExponent(-4)).toBe(1e-4);
    expect(hFromExponent(-16)).toBe(1e-16);
    expect(hFromExponent(-4.25)).toBe(5.62e-5);
    expect(hFromExponent(-1.75)).toBe(0.0178);
  });
  it('gives the book’s central difference at h = 1e-4 and 0 at h = 1e-50 (x + h == x)', () => {
    expect(differencesAt(5, 1e-4, 'float64').central).toBe(0.1999999999990898);
    const tiny = differencesAt(5, 1e-50, 'float64');
    expect(tiny.central).toBe(0);
    expect(tiny.forward).toBe(0);
    expect(tiny.centralError).toBe(0.2);
  });
  it('in float32, 1e-50 becomes 0 and the differences NaN', () => {
    const d = differencesAt(5, 1e-50, 'float32');
    expect(d.h).toBe(0);
    expect(d.central).toBeNaN();
    expect(d.centralError).toBeNaN();
  });
  it('samples the error curve over the slider’s range', () => {
    const curve = errorCurve(5, 'float64');
    expect(curve).toHaveLength(15 * 16 + 1);
    expect(curve[0].h).toBe(1e-16);
    expect(curve[curve.length - 1].h).toBe(0.1);
    // Truncation error of the forward difference at h = 0.1 is f''/2 · h = 0.001.
    expect(curve[curve.length - 1].forward).toBeCloseTo(0.001, 10);
  });
});
