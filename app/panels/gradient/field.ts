/** The book's grid for figure 4-9: np.arange(-2, 2.5, 0.25), 18 values from −2 to 2.25, in both axes. */
export const bookGrid: readonly number[] = Array.from({ length: 18 }, (_, i) => -2 + i * 0.25);
export const gridSpacing = 0.25;

/**
 * Arrow length in x units per unit of |∇f|. The longest arrow on the grid, |∇f| = 2·√(2·2.25²) ≈ 6.4, then
 * spans about 85 % of the grid spacing, so neighbouring arrows never overlap.
 */
export const arrowScale = 1 / 30;

/** The view of the field: the book's grid, widened symmetrically (in steps of 0.5) to include a typed point. */
export function fieldDomain(x0: number, x1: number): [number, number] {
  const reach = Math.max(Math.abs(x0), Math.abs(x1));
  const half = reach <= 2.4 ? 2.5 : Math.ceil((reach + 0.4) * 2) / 2;
  return [-half, half];
}

/**
 * An arrow from (x1, y1) to (x2, y2) in SVG units as one path: the shaft and a filled head whose size follows
 * the arrow's length (like matplotlib's quiver), so short arrows stay short.
 */
export function arrowPath(x1: number, y1: number, x2: number, y2: number): string {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  if (!(length > 0.5)) return '';
  const head = Math.min(7, length * 0.4);
  const half = head * 0.45;
  const ux = dx / length;
  const uy = dy / length;
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  const p = (x: number, y: number) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;
  return `M${p(x1, y1)}L${p(bx, by)}M${p(x2, y2)}L${p(bx - uy * half, by + ux * half)}L${p(bx + uy * half, by - ux * half)}Z`;
}
