/** The shortest text that reads back as the same double, like Python's repr (0.1999999999990898). */
export function formatExact(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  return String(value);
}

/** Compact text for axes and readouts: scientific notation for very large or very small magnitudes. */
export function formatCompact(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return formatExact(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3)) return value.toExponential(digits - 1);
  return String(Number(value.toPrecision(digits)));
}
