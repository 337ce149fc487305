import { function2 } from '../../../src-core/index.ts';
import { contourBands, type ContourBand } from '../../charts/contours.ts';
import { fieldColors } from '../../charts/contourColors.ts';
import type { DescentView } from './descentView.ts';

/** Band edge for points where f itself overflows to Infinity (|x| beyond about 1.3 × 10¹⁵⁴). */
export const overflowThreshold = 1e9;
const overflowColor = '#8d96a3';

export interface DescentContours {
  bands: ContourBand[];
  thresholds: number[];
  color: (value: number) => string;
}

/** Contours of f on the linear view, or of log₁₀(1 + f) on the symlog view, where f spans hundreds of decades. */
export function descentContours(view: DescentView, plot: { left: number; top: number; size: number }): DescentContours {
  const logScale = view.kind === 'symlog';
  // f at the view's corner, 2·half², in log form on the symlog view so half = 10³⁰⁸ does not overflow.
  const colors = fieldColors(logScale ? Math.log10(2) + 2 * Math.log10(view.half) : 2 * view.half * view.half);
  let thresholds = colors.thresholds;
  let sawInfinity = false;
  const valueAt = (px: number, py: number) => {
    const f = function2([view.x.invert(px), view.y.invert(py)]);
    if (f === Infinity) sawInfinity = true;
    return logScale ? Math.log10(1 + f) : f;
  };
  if (logScale && 2 * view.half * view.half === Infinity) {
    // Past 1.3 × 10¹⁵⁴, x0² + x1² is Infinity in float64: that region gets a band (and a legend swatch) of its own.
    thresholds = [...colors.thresholds.filter((t) => Number.isFinite(t)), overflowThreshold];
  }
  const bands = contourBands({
    left: plot.left, top: plot.top, width: plot.size, height: plot.size, cols: 96, rows: 96, valueAt, thresholds,
  });
  if (!sawInfinity) thresholds = thresholds.filter((t) => t !== overflowThreshold);
  const color = (value: number) => (value >= overflowThreshold ? overflowColor : colors.color(value));
  return { bands: bands.filter((b) => sawInfinity || b.value !== overflowThreshold), thresholds, color };
}
