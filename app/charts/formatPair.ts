import { formatCompact } from './formatNumber.ts';

/** Words for the values float64 cannot show as digits, in the current language. */
export interface NonFiniteWords {
  infinity: string;
  minusInfinity: string;
  nan: string;
}

/** Full precision (String(number), like Python's repr), with overflow spelled out in words. */
export function formatFull(value: number, words: NonFiniteWords): string {
  if (Number.isNaN(value)) return words.nan;
  if (value === Infinity) return words.infinity;
  if (value === -Infinity) return words.minusInfinity;
  return String(value);
}

/** Four significant digits, scientific notation for large or tiny magnitudes. */
export function formatShort(value: number, words: NonFiniteWords): string {
  return Number.isFinite(value) ? formatCompact(value) : formatFull(value, words);
}

/** Scientific notation with four significant digits, e.g. −2.590e+13. */
export function formatScientific(value: number, words: NonFiniteWords): string {
  return Number.isFinite(value) ? value.toExponential(3) : formatFull(value, words);
}

export function formatPair(
  pair: ArrayLike<number>,
  words: NonFiniteWords,
  format: (value: number, words: NonFiniteWords) => string = formatFull,
): string {
  return `(${format(pair[0], words)}, ${format(pair[1], words)})`;
}
