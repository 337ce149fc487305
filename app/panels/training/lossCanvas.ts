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

/** Device-pixel position of iteration i's loss. */
export function lossPoint(view: LossView, i: number, loss: number): { x: number; y: number } {
  return {
    x: (i / Math.max(1, view.iterations)) * view.width,
    y: (1 - Math.min(loss, view.yMax * 1.02) / view.yMax) * view.height,
  };
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
  ctx.beginPath();
  let pen = false;
  for (let i = Math.max(0, from - 1); i < to; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    const { x, y } = lossPoint(view, i, v);
    if (pen) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
    pen = true;
  }
  ctx.strokeStyle = style.color;
  ctx.lineWidth = style.lineWidth;
  ctx.lineJoin = 'round';
  ctx.stroke();
}
