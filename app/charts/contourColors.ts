import { interpolateBlues, scaleSequential, ticks } from 'd3';

/** Light-to-mid blues, so dark arrows and a red path stay readable over every band. */
const interpolator = (t: number) => interpolateBlues(0.04 + 0.56 * t);

/** Contour thresholds and their colours for a field from minValue (default 0, as for x0² + x1²) to maxValue. */
export function fieldColors(maxValue: number, minValue = 0): { thresholds: number[]; color: (value: number) => string } {
  const thresholds = ticks(minValue, maxValue, 12);
  const top = thresholds[thresholds.length - 1] || 1;
  const scale = scaleSequential(interpolator).domain([thresholds[0] < 0 ? thresholds[0] : 0, top]);
  return { thresholds, color: (value) => scale(value) };
}

/** Every other threshold gets a label on the colour bar, counted from the top so the top one always does. */
export function labelledThresholds(thresholds: number[]): number[] {
  const every = thresholds.length > 7 ? 2 : 1;
  return thresholds.filter((_, i) => (thresholds.length - 1 - i) % every === 0);
}
