/**
 * The ten outputs y are kept as whole parts of PARTS (ten-thousandths), so they sum to 1 exactly in integers
 * and a preset such as 0.6 is 6000 / 10000, the same double as the literal 0.6.
 */
export const PARTS = 10000;
export const CLASSES = 10;

/** y_k as a double: parts / PARTS is correctly rounded, so 1000 → 0.1 exactly as Python prints it. */
export function partsToY(parts: readonly number[]): number[] {
  return parts.map((p) => p / PARTS);
}

/** Nearest whole number of parts for a y in [0, 1]; anything else is clamped. */
export function yToParts(y: number): number {
  if (Number.isNaN(y)) return 0;
  return Math.round(Math.min(1, Math.max(0, y)) * PARTS);
}

/**
 * Sets class `index` to `value` parts and rescales the others in proportion so the total stays PARTS.
 * Largest remainders decide who gets the leftover parts (ties go to the lower class), so nothing drifts.
 * If every other class is 0, the rest is shared equally among them.
 */
export function redistribute(parts: readonly number[], index: number, value: number): number[] {
  const v = Math.min(PARTS, Math.max(0, Math.round(value)));
  const rest = PARTS - v;
  const others = parts.map((_, k) => k).filter((k) => k !== index);
  const oldSum = others.reduce((s, k) => s + parts[k], 0);
  const next = parts.slice();
  next[index] = v;
  const shares = others.map((k) => (oldSum === 0 ? rest / others.length : (parts[k] * rest) / oldSum));
  let given = 0;
  others.forEach((k, i) => {
    next[k] = Math.floor(shares[i]);
    given += next[k];
  });
  const order = others
    .map((k, i) => ({ k, remainder: shares[i] - Math.floor(shares[i]) }))
    .sort((a, b) => b.remainder - a.remainder || a.k - b.k);
  for (let i = 0; i < rest - given; i++) next[order[i % order.length].k] += 1;
  return next;
}

/** Accepts only ten non-negative whole numbers that add up to PARTS. */
export function isValidParts(parts: readonly number[]): boolean {
  return (
    parts.length === CLASSES &&
    parts.every((p) => Number.isInteger(p) && p >= 0 && p <= PARTS) &&
    parts.reduce((s, p) => s + p, 0) === PARTS
  );
}

/** Compact URL text: the ten part counts joined by '_' (0.6 → 6000). */
export function encodeParts(parts: readonly number[]): string {
  return parts.join('_');
}

export function decodeParts(text: string): number[] | undefined {
  const pieces = text.split('_');
  if (pieces.length !== CLASSES || !pieces.every((p) => /^\d{1,5}$/.test(p))) return undefined;
  const parts = pieces.map(Number);
  return isValidParts(parts) ? parts : undefined;
}
