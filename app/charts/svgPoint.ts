/** Converts a pointer position on screen to the SVG's own user units (honours viewBox scaling). */
export function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: 0, y: 0 };
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

/** A number safe to put in an SVG attribute: non-finite values are clamped, never written as NaN. */
export function svgSafe(value: number, limit = 1e6): number {
  if (Number.isNaN(value)) return 0;
  return Math.max(-limit, Math.min(limit, value));
}
