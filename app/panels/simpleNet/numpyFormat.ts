/** One float as numpy prints it by default: at most 8 decimals, trailing zeros dropped, "2." for whole numbers. */
function numpyFloat(v: number, scientific: boolean): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (scientific) return v.toExponential(8).replace(/e([+-])(\d)$/, 'e$10$2');
  const text = String(Number(v.toFixed(8)));
  return text.includes('.') ? text : `${text}.`;
}

/** numpy switches the whole array to scientific notation when an entry is tiny (< 1e-4) or huge (≥ 1e8). */
function needsScientific(values: number[]): boolean {
  const sizes = values.filter((v) => Number.isFinite(v) && v !== 0).map(Math.abs);
  return sizes.some((a) => a < 1e-4 || a >= 1e8);
}

/**
 * A rows×cols matrix (row-major) as numpy's repr of a 2-D float array, e.g.
 * [[ 0.44452826  0.14014461 -0.58467287]
 *  [ 0.66679239  0.21021692 -0.87700931]]
 * Every entry is padded to one width: signs and decimal points line up, as numpy does.
 */
export function numpyMatrix(values: ArrayLike<number>, rows: number, cols: number): string {
  const cells = numpyCells(Array.from({ length: rows * cols }, (_, k) => values[k]));
  const lines = Array.from({ length: rows }, (_, i) => `[${cells.slice(i * cols, (i + 1) * cols).join(' ')}]`);
  return `[${lines.join('\n ')}]`;
}

/** A 1-D float array as numpy's repr: np.array([0., 4.000000000004]) → "array([0., 4.])". */
export function numpyArray(values: ArrayLike<number>): string {
  return `array([${numpyCells(Array.from(values)).join(', ')}])`;
}

/** Every entry padded to one width, so signs and decimal points line up as numpy does. */
function numpyCells(all: number[]): string[] {
  const scientific = needsScientific(all);
  const texts = all.map((v) => numpyFloat(v, scientific));
  const parts = texts.map((t) => {
    const dot = t.indexOf('.');
    return dot < 0 ? { head: t, tail: '' } : { head: t.slice(0, dot), tail: t.slice(dot) };
  });
  const negative = parts.some((p) => p.head.startsWith('-'));
  const headWidth = Math.max(...parts.map((p) => p.head.length + (negative && !p.head.startsWith('-') ? 1 : 0)));
  const tailWidth = Math.max(...parts.map((p) => p.tail.length));
  return parts.map((p) => p.head.padStart(headWidth) + p.tail.padEnd(tailWidth));
}
