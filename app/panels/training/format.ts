// Small text formatters for the training readouts.

/** "< 0.1 s", "0.8 s", "12 s", "3 min 05 s", "1 h 02 min"; "—" when unknown. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds > 0 && seconds < 0.05) return '< 0.1 s';
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Integers with thousands separators, the same in both languages (10,000). */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—';
}

/** Iterations per second: no decimals above 100, two significant digits below. */
export function formatRate(perSecond: number): string {
  if (!(perSecond > 0)) return '—';
  return perSecond >= 100 ? formatCount(perSecond) : String(Number(perSecond.toPrecision(2)));
}

export function formatMegabytes(bytes: number | null): string {
  return bytes === null ? '?' : (bytes / 1e6).toFixed(1);
}

/** Accuracy as the book prints it (four decimals). */
export function formatAccuracy(a: number): string {
  return Number.isFinite(a) ? a.toFixed(4) : '—';
}

/** A learning rate in short form: 0.1, 0.05, 1e-4. */
export function formatRateValue(lr: number): string {
  if (lr !== 0 && Math.abs(lr) < 1e-3) return lr.toExponential().replace('e-', 'e−');
  return String(Number(lr.toPrecision(3)));
}
