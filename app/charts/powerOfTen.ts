const superscripts: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** Tick text for a power of ten: 1e-16 → "10⁻¹⁶", 1 → "1", 10 → "10", −1e15 → "−10¹⁵" (a true minus sign). */
export function formatPowerOfTen(value: number): string {
  if (value < 0) return `−${formatPowerOfTen(-value)}`;
  const exponent = Math.round(Math.log10(value));
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${[...String(exponent)].map((c) => superscripts[c] ?? c).join('')}`;
}

/** Whole decades from 10^from to 10^to, every `step`. */
export function decades(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k += step) out.push(Number(`1e${k}`));
  return out;
}
