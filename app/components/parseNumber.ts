export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'notANumber' | 'outOfRange' | 'notInteger' | 'tooLong' };

/** Longest text read as a number: a double needs at most ~25 characters, this leaves room for spaces. */
export const MAX_NUMBER_TEXT = 100;

// Plain decimal or scientific notation only: no hex, no "Infinity", no "NaN", no empty string.
// The fraction sits in its own group behind a required '.', so no two parts compete for digits: linear time.
const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseNumber(text: string, range: { min: number; max: number; integer?: boolean }): ParsedNumber {
  // Checked before trimming, so a pasted megabyte costs nothing.
  if (text.length > MAX_NUMBER_TEXT) return { ok: false, reason: 'tooLong' };
  const trimmed = text.trim();
  if (!decimal.test(trimmed)) return { ok: false, reason: 'notANumber' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notANumber' };
  if (range.integer && !Number.isInteger(value)) return { ok: false, reason: 'notInteger' };
  if (value < range.min || value > range.max) return { ok: false, reason: 'outOfRange' };
  return { ok: true, value };
}
