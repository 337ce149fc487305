// 4.3.1: the central difference, exactly the book's expression (its error is O(h²), the forward one's O(h)).
import { requireFiniteNumber, requireFunction, requirePositiveFinite } from '../validate.ts';

export function numericalDiff(f: (x: number) => number, x: number, h = 1e-4): number {
  requireFunction('numericalDiff', 'f', f);
  requireFiniteNumber('numericalDiff', 'x', x);
  requirePositiveFinite('numericalDiff', 'h', h);
  const d = (f(x + h) - f(x - h)) / (2 * h);
  if (Number.isNaN(d)) throw new RangeError(`numericalDiff: f gave NaN around x = ${x}, expected numbers`);
  return d;
}
