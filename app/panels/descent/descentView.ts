import { scaleLinear, scaleSymlog } from 'd3';
import { formatPowerOfTen } from '../../charts/powerOfTen.ts';

/** The fixed view of x0² + x1²: the book's figure 4-10 spans about ±3.5 by ±4.5; a square ±5 keeps circles round. */
export const fixedHalf = 5;

/** A square view: centre and half-width in x units (each function brings its own). */
export interface FixedView {
  cx: number;
  cy: number;
  half: number;
}

const bookView: FixedView = { cx: 0, cy: 0, half: fixedHalf };

export interface ViewScale {
  (value: number): number;
  invert(value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

export interface DescentView {
  kind: 'linear' | 'symlog';
  x: ViewScale;
  y: ViewScale;
  tickValues: number[];
  yTickValues: number[];
  /** Half-width of the view in x units. */
  half: number;
  /** Whether a point lies inside the view. */
  contains: (x0: number, x1: number) => boolean;
}

/**
 * The decade the fitted view must reach to show every finite point, or null for the fixed view. Views are
 * keyed by this number, so dragging the lr slider rebuilds the view (and its contours) only when it changes.
 */
export function fitExponent(fit: boolean, maxFinite: number, fixed: FixedView = bookView): number | null {
  const reach = Math.max(Math.abs(fixed.cx), Math.abs(fixed.cy)) + fixed.half;
  return fit && maxFinite > reach ? Math.ceil(Math.log10(maxFinite * 1.5)) : null;
}

/**
 * The fixed linear view, or a symmetric-log view wide enough for every finite point of the paths: a diverging
 * run spans 10¹³ (numerical gradient) or 10³⁰⁸ (exact), which no linear axis can show next to the start.
 */
export function descentView(
  exponent: number | null, plot: { left: number; top: number; size: number }, fixed: FixedView = bookView,
): DescentView {
  const xr = [plot.left, plot.left + plot.size];
  const yr = [plot.top + plot.size, plot.top];
  if (exponent === null) {
    const { cx, cy, half } = fixed;
    const x = scaleLinear().domain([cx - half, cx + half]).range(xr);
    const y = scaleLinear().domain([cy - half, cy + half]).range(yr);
    const contains = (a: number, b: number) => Math.abs(a - cx) <= half && Math.abs(b - cy) <= half;
    // The same tick values on both axes (shifted by the centre) keep the grid square.
    return { kind: 'linear', x, y, tickValues: x.ticks(10), yTickValues: y.ticks(10), half, contains };
  }
  const { half, exponents } = powerTicks(exponent);
  const x = scaleSymlog().constant(1).domain([-half, half]).range(xr);
  const y = scaleSymlog().constant(1).domain([-half, half]).range(yr);
  const positive = exponents.map((k) => 10 ** k);
  const tickValues = [...positive.map((v) => -v).reverse(), 0, ...positive];
  return { kind: 'symlog', x, y, tickValues, yTickValues: tickValues, half, contains: (a, b) => Math.abs(a) <= half && Math.abs(b) <= half };
}

const exponentSteps = [1, 2, 3, 5, 10, 20, 25, 50, 100];

/**
 * The edge of a symlog view reaching 10^maxExponent, rounded up to a whole number of tick steps, with the
 * tick exponents: at most four powers of ten per side (1 is added when the steps are single decades).
 */
export function powerTicks(maxExponent: number): { half: number; exponents: number[] } {
  const step = exponentSteps.find((s) => Math.ceil(maxExponent / s) <= 4) ?? 100;
  const count = Math.ceil(maxExponent / step);
  const exponents = Array.from({ length: count }, (_, j) => (j + 1) * step).filter((k) => k <= 308);
  if (step === 1 && count <= 3) exponents.unshift(0);
  // 10^400 would be Infinity: the largest float64 is about 1.8 × 10^308.
  const half = count * step > 308 ? Number.MAX_VALUE : 10 ** (count * step);
  return { half, exponents };
}

/** Tick text: plain numbers on the linear view, 10ⁿ on the symlog view. */
export function tickText(kind: DescentView['kind'], value: number): string {
  if (kind === 'linear' || value === 0) return String(value).replace('-', '−');
  return formatPowerOfTen(value);
}
