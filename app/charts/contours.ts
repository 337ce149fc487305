import { contours } from 'd3';

/** A filled contour band: every point of the plot where the value is at least `value`, as an SVG path. */
export interface ContourBand {
  value: number;
  d: string;
}

export interface ContourGrid {
  /** The plot rectangle in SVG units. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Samples across and down: the value is read at the centre of each cell. */
  cols: number;
  rows: number;
  /** The value at an SVG position (the caller inverts its scales, so any axis transform works). */
  valueAt: (px: number, py: number) => number;
  thresholds: number[];
}

/**
 * Filled contours of a field over a plot rectangle. d3 computes the bands in grid units; they are mapped
 * straight to SVG units here, so the bands follow the plot whatever scale (linear or symlog) the axes use.
 */
export function contourBands(grid: ContourGrid): ContourBand[] {
  const { left, top, width, height, cols, rows, valueAt, thresholds } = grid;
  const sx = width / cols;
  const sy = height / rows;
  const values = new Array<number>(cols * rows);
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const v = valueAt(left + (i + 0.5) * sx, top + (j + 0.5) * sy);
      // Overflowed values sit above every band; NaN would break the marching squares.
      values[i + j * cols] = Number.isNaN(v) ? 0 : Math.min(v, Number.MAX_VALUE);
    }
  }
  return contours().size([cols, rows]).thresholds(thresholds)(values).map((shape) => ({
    value: shape.value,
    d: shape.coordinates
      .flatMap((polygon) =>
        polygon.map(
          (ring) => `M${ring.map(([gx, gy]) => `${round(left + gx * sx)},${round(top + gy * sy)}`).join('L')}Z`,
        ),
      )
      .join(''),
  }));
}

const round = (v: number) => Math.round(v * 10) / 10;
