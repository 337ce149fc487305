import { describe, expect, it } from 'vitest';
import { MAX_NUMBER_TEXT, parseNumber } from './parseNumber.ts';

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
  it('accepts every decimal form the old pattern did', () => {
    for (const [text, value] of [['5.', 5], ['-0', -0], ['+3.25', 3.25], ['1.5E+1', 15], ['2e-1', 0.2], ['007', 7]] as const) {
      expect(parseNumber(text, { min: -1, max: 20 })).toEqual({ ok: true, value });
    }
    for (const text of ['.', '+', '1..2', '1e1.5', '.e1', '1 2', '- 1']) {
      expect(parseNumber(text, range)).toEqual({ ok: false, reason: 'notANumber' });
    }
  });
  it('refuses a pasted megabyte as too long, and a text at the limit is still read', () => {
    expect(parseNumber('1'.repeat(1_000_000), range)).toEqual({ ok: false, reason: 'tooLong' });
    expect(parseNumber(`${'1'.repeat(999_999)}x`, range)).toEqual({ ok: false, reason: 'tooLong' });
    const padded = `${' '.repeat(MAX_NUMBER_TEXT - 3)}1e1`;
    expect(padded.length).toBe(MAX_NUMBER_TEXT);
    expect(parseNumber(padded, range)).toEqual({ ok: true, value: 10 });
    expect(parseNumber(`${padded} `, range)).toEqual({ ok: false, reason: 'tooLong' });
  });
});

