import { contourBands, type ContourBand } from '../../charts/contours.ts';
import { fieldColors } from '../../charts/contourColors.ts';
import type { DescentView } from './descentView.ts';

/** Band edge for points where f itself overflows to Infinity (|x| beyond about 1.3 × 10¹⁵⁴). */
export const overflowThreshold = 1e9;
const overflowColor = '#8d96a3';
const grid = 96;

export interface DescentContours {
  bands: ContourBand[];
  thresholds: number[];
  color: (value: number) => string;
  /** Whether the bands are of f or of the signed log₁₀(1 + |f|). */
  scale: 'linear' | 'log';
}

// Signed so a saddle's negative half keeps its shape; NaN only where f itself is NaN.
const signedLog = (f: number) => Math.sign(f) * Math.log10(1 + Math.abs(f));

/**
 * Contours of f on the view: bands of f itself, or of log₁₀(1 + |f|) on the symlog view (f spans hundreds of
 * decades) and, when asked (every function but the book's round bowl) or when f's range is very wide, where
 * equal steps of f would crowd at the rim (Rosenbrock's valley, x²/20 + y²'s long ellipses).
 */
export function descentContours(
  f: (x: Float64Array) => number, view: DescentView, plot: { left: number; top: number; size: number }, preferLog = false,
): DescentContours {
  const x = new Float64Array(2);
  const sx = plot.size / grid;
  const raw = new Float64Array(grid * grid);
  let lo = Infinity;
  let hi = -Infinity;
  let sawInfinity = false;
  for (let j = 0; j < grid; j++) {
    for (let i = 0; i < grid; i++) {
      x[0] = view.x.invert(plot.left + (i + 0.5) * sx);
      x[1] = view.y.invert(plot.top + (j + 0.5) * sx);
      const v = f(x);
      raw[i + j * grid] = v;
      if (v === Infinity) sawInfinity = true;
      else if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!(hi >= lo)) [lo, hi] = [0, 1];
  const logScale = view.kind === 'symlog' || (lo >= 0 && (preferLog || hi - lo > 200));
  const map = logScale ? signedLog : (v: number) => v;
  const colors = fieldColors(map(hi), Math.min(0, map(lo)));
  let thresholds = colors.thresholds;
  // Past 1.3 × 10¹⁵⁴, x0² + x1² is Infinity in float64: that region gets a band (and a legend swatch) of its own.
  if (sawInfinity) thresholds = [...thresholds, overflowThreshold];
  const bands = contourBands({
    left: plot.left, top: plot.top, width: plot.size, height: plot.size, cols: grid, rows: grid, thresholds,
    valueAt: (px, py) => {
      const i = Math.min(grid - 1, Math.floor((px - plot.left) / sx));
      const j = Math.min(grid - 1, Math.floor((py - plot.top) / sx));
      const v = raw[i + j * grid];
      return v === Infinity ? overflowThreshold : map(v);
    },
  });
  const color = (value: number) => (value >= overflowThreshold ? overflowColor : colors.color(value));
  return { bands, thresholds, color, scale: logScale ? 'log' : 'linear' };
}
