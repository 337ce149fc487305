export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'notANumber' | 'outOfRange' | 'notInteger' };

// Plain decimal or scientific notation only: no hex, no "Infinity", no "NaN", no empty string.
const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text: string, range: { min: number; max: number; integer?: boolean }): ParsedNumber {
  const trimmed = text.trim();
  if (!decimal.test(trimmed)) return { ok: false, reason: 'notANumber' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notANumber' };
  if (range.integer && !Number.isInteger(value)) return { ok: false, reason: 'notInteger' };
  if (value < range.min || value > range.max) return { ok: false, reason: 'outOfRange' };
  return { ok: true, value };
}
