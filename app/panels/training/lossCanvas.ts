// Draws the per-iteration losses on a canvas: 10,000 points as one thin polyline, appended piece by piece as
// they arrive (no React render per point). Non-finite losses break the line, so the finite part stays.
import { scaleLinear } from 'd3';

/** Upper end of the loss axis: at least 2.5 (the untrained loss is ln 10 ≈ 2.30), rounded up to a nice number. */
export function lossAxisMax(maxLoss: number): number {
  if (!(maxLoss > 2.5)) return 2.5;
  return scaleLinear().domain([0, maxLoss]).nice(5).domain()[1];
}

export interface LossView {
  /** Canvas size in device pixels. */
  readonly width: number;
  readonly height: number;
  readonly iterations: number;
  readonly yMax: number;
}

/** Device-pixel scales of the canvas: iterations across, losses down (clamped just above the top, 2 % over). */
export function lossScales(view: LossView): { x: (i: number) => number; y: (loss: number) => number } {
  const x = scaleLinear().domain([0, Math.max(1, view.iterations)]).range([0, view.width]);
  const y = scaleLinear().domain([0, view.yMax]).range([view.height, 0]);
  return { x, y: (loss) => y(Math.min(loss, view.yMax * 1.02)) };
}

/** Strokes losses [from, to) (joined to from − 1 so pieces connect). */
export function strokeLosses(
  ctx: CanvasRenderingContext2D,
  values: Float64Array,
  from: number,
  to: number,
  view: LossView,
  style: { color: string; lineWidth: number },
): void {
  const { x, y } = lossScales(view);
  ctx.beginPath();
  let pen = false;
  for (let i = Math.max(0, from - 1); i < to; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(x(i), y(v));
    else ctx.moveTo(x(i), y(v));
    pen = true;
  }
  ctx.strokeStyle = style.color;
  ctx.lineWidth = style.lineWidth;
  ctx.lineJoin = 'round';
  ctx.stroke();
}

/**
 * The x-axis end: the run's length, except for a slow (numerical) run, whose axis follows its data (a nice
 * number ≥ 1.25 × the iterations done, at least 10) until the run is far enough along to fill it.
 */
export function lossAxisIterations(count: number, iterations: number, follow: boolean): number {
  if (!follow) return iterations;
  const wanted = Math.max(10, count * 1.25);
  const decade = 10 ** Math.floor(Math.log10(wanted));
  const nice = [1, 2, 5, 10].map((m) => m * decade).find((v) => v >= wanted) ?? 10 * decade;
  return Math.min(iterations, nice);
}

/** Where a mark's label goes: a row (0 = top) and the side of its line, or null when no row has room. */
export type MarkLabelPlace = { readonly row: number; readonly left: boolean } | null;

/**
 * Places labels of the given widths beside lines at xs (ascending) so that no two overlap: the first row with
 * room, on the right of the line unless that runs past `right`. A label with no room is left out (its line stays).
 */
export function placeMarkLabels(xs: readonly number[], widths: readonly number[], rows: number, right: number, gap = 4): MarkLabelPlace[] {
  const ends = new Array<number>(rows).fill(-Infinity);
  return xs.map((x, i) => {
    const left = x + gap + widths[i] > right;
    const start = left ? x - gap - widths[i] : x + gap, end = left ? x : x + gap + widths[i];
    const row = ends.findIndex((e) => e + gap <= start);
    if (row < 0) return null;
    ends[row] = end;
    return { row, left };
  });
}
