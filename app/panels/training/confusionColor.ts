// Colours of the confusion matrix: a cell's share of its row, white (0) to the accent blue (1).
import { interpolateBlues } from 'd3';

export const shareColor = (share: number): string => interpolateBlues(0.05 + 0.9 * Math.sqrt(share));
/** Dark cells take white text. */
export const shareInk = (share: number): string => (Math.sqrt(share) > 0.55 ? '#fff' : '#1b2430');

/** Row totals and per-class accuracy of a 10×10 count matrix (row = true class). */
export function rowStats(counts: ArrayLike<number>, n = 10): { totals: number[]; accuracy: number[] } {
  const totals = Array.from({ length: n }, (_, r) => {
    let s = 0;
    for (let c = 0; c < n; c++) s += counts[r * n + c];
    return s;
  });
  return { totals, accuracy: totals.map((t, r) => (t > 0 ? counts[r * n + r] / t : 0)) };
}
