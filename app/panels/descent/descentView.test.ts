import { describe, expect, it } from 'vitest';
import { descentView, fitExponent, powerTicks, tickText } from './descentView.ts';

const plot = { left: 0, top: 0, size: 100 };

describe('descent view', () => {
  it('stays on the fixed ±5 view unless fitting is asked for and needed', () => {
    expect(fitExponent(false, 1e13)).toBeNull();
    expect(fitExponent(true, 4)).toBeNull();
    expect(fitExponent(true, 2.6e13)).toBe(14);
    expect(descentView(null, plot).kind).toBe('linear');
  });

  it('rounds the symlog edge up to whole tick steps, never past the largest double', () => {
    expect(powerTicks(14)).toEqual({ half: 1e15, exponents: [5, 10, 15] });
    expect(powerTicks(2)).toEqual({ half: 100, exponents: [0, 1, 2] });
    expect(powerTicks(308)).toEqual({ half: Number.MAX_VALUE, exponents: [100, 200, 300] });
    const view = descentView(308, plot);
    expect(Number.isFinite(view.x(view.half))).toBe(true);
    expect(view.x(0)).toBeCloseTo(50, 6);
  });

  it('writes powers of ten with superscripts', () => {
    expect(tickText('symlog', -1e15)).toBe('−10¹⁵');
    expect(tickText('symlog', 10)).toBe('10');
    expect(tickText('linear', -2)).toBe('−2');
  });
});
