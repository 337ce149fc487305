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
  /** The colour bar lies under the plot, horizontal (narrow screens, when asked): the plot takes the full width. */
  barBelow: boolean;
  /** Top edge of the colour bar when it lies below. */
  barY: number;
}

export interface SquareLayoutOptions {
  /** Space the y-axis tick labels need left of the axis (10 px gap plus the widest label). */
  tickRoom: number;
  maxSize: number;
  bottom: number;
  /** On a narrow screen, put the colour bar under the plot instead of beside it. */
  barBelowWhenNarrow?: boolean;
}

export const narrowBelow = 520;

export function squareLayout(available: number, { tickRoom, maxSize, bottom, barBelowWhenNarrow = false }: SquareLayoutOptions): SquareLayout {
  const narrow = available < narrowBelow;
  const barBelow = narrow && barBelowWhenNarrow;
  // The y title (14 px) sits just left of the widest tick label.
  const yLabelOffset = Math.max(36, tickRoom + 10);
  const left = yLabelOffset + 14;
  const right = barBelow ? 12 : narrow ? 72 : 100;
  const top = 24;
  const size = Math.round(Math.max(160, Math.min(maxSize, available - left - right)));
  return {
    left, top, size, narrow, yLabelOffset,
    width: left + size + right,
    height: top + size + bottom + (barBelow ? 58 : 0),
    barX: barBelow ? left : left + size + (narrow ? 14 : 20),
    barBelow,
    barY: top + size + bottom + 14,
  };
}
