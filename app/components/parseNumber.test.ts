import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber.ts';

const range = { min: 0, max: 20 };

describe('parseNumber', () => {
  it('accepts decimal and scientific notation within the range', () => {
    expect(parseNumber(' 5 ', range)).toEqual({ ok: true, value: 5 });
    expect(parseNumber('1e1', range)).toEqual({ ok: true, value: 10 });
    expect(parseNumber('.5', range)).toEqual({ ok: true, value: 0.5 });
  });
  it('refuses empty text, letters, NaN, Infinity and hex', () => {
    for (const text of ['', '   ', 'abc', 'NaN', 'Infinity', '0x10', '5abc', '1e']) {
      expect(parseNumber(text, range)).toEqual({ ok: false, reason: 'notANumber' });
    }
  });
  it('refuses values outside the range and fractions where an integer is needed', () => {
    expect(parseNumber('21', range)).toEqual({ ok: false, reason: 'outOfRange' });
    expect(parseNumber('-0.1', range)).toEqual({ ok: false, reason: 'outOfRange' });
    expect(parseNumber('2.5', { ...range, integer: true })).toEqual({ ok: false, reason: 'notInteger' });
  });
});
