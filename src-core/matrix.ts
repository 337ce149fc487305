// One matrix shape across the core: row-major float64.
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function matrixCreate(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
    throw new RangeError(`matrixCreate: rows and cols must be non-negative integers, got ${rows}×${cols}`);
  }
  if (data !== undefined && data.length !== rows * cols) {
    throw new RangeError(`matrixCreate: data has length ${data.length}, expected rows·cols = ${rows * cols}`);
  }
  return { rows, cols, data: data === undefined ? new Float64Array(rows * cols) : Float64Array.from(data) };
}

export function matrixGet(m: Matrix, i: number, j: number): number {
  return m.data[i * m.cols + j];
}
