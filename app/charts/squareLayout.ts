/**
 * Geometry of a square plot with a colour bar on its right, drawn 1:1 in CSS pixels (the viewBox width is the
 * figure's on-screen width), so its text keeps its size on a phone. Below `narrowBelow` px the margins shrink
 * and the colour bar's title moves into the top margin.
 */
export interface SquareLayout {
  left: number;
  top: number;
  /** Side of the square plot. */
  size: number;
  width: number;
  height: number;
  narrow: boolean;
  /** Distance of the y-axis title from the axis. */
  yLabelOffset: number;
  /** Left edge of the colour bar. */
  barX: number;
}

export interface SquareLayoutOptions {
  /** Space the y-axis tick labels need left of the axis (10 px gap plus the widest label). */
  tickRoom: number;
  maxSize: number;
  bottom: number;
}

export const narrowBelow = 520;

export function squareLayout(available: number, { tickRoom, maxSize, bottom }: SquareLayoutOptions): SquareLayout {
  const narrow = available < narrowBelow;
  // The y title (14 px) sits just left of the widest tick label.
  const yLabelOffset = Math.max(36, tickRoom + 10);
  const left = yLabelOffset + 14;
  const right = narrow ? 72 : 100;
  const top = 24;
  const size = Math.round(Math.max(160, Math.min(maxSize, available - left - right)));
  return {
    left, top, size, narrow, yLabelOffset,
    width: left + size + right,
    height: top + size + bottom,
    barX: left + size + (narrow ? 14 : 20),
  };
}
