// The diverging colour map of the W1 pictures: blue negative, white 0, red positive, on one shared scale.
import { interpolateRdBu } from 'd3';

const LUT_SIZE = 256;

/** RGB bytes of LUT_SIZE colours from −1 to +1 (computed once: the pictures are redrawn while training). */
export const divergingLut: Uint8ClampedArray = (() => {
  const lut = new Uint8ClampedArray(LUT_SIZE * 3);
  for (let i = 0; i < LUT_SIZE; i++) {
    const c = interpolateRdBu(1 - i / (LUT_SIZE - 1)); // RdBu runs red → blue; positive is red here
    const [r, g, b] = c.match(/\d+/g)!.map(Number);
    lut.set([r, g, b], i * 3);
  }
  return lut;
})();

/** The colour of v on a scale of ±max, as a CSS string (legend, W2 bars). */
export const divergingColor = (v: number, max: number): string => interpolateRdBu(0.5 - Math.max(-1, Math.min(1, v / max)) / 2);

/** LUT index of v on a scale of ±max. */
export const lutIndex = (v: number, max: number): number =>
  Math.round(((Math.max(-max, Math.min(max, v)) / max + 1) / 2) * (LUT_SIZE - 1));

/** The largest |value|: the shared scale (never 0). */
export function absMax(a: Float64Array): number {
  let m = 0;
  for (const v of a) if (Math.abs(v) > m) m = Math.abs(v);
  return m > 0 ? m : 1;
}

/**
 * The H columns of W1 (inputSize×H, row-major) as tiles of side×side in a grid `cols` wide, 1 px apart,
 * written into RGBA bytes of a (cols·(side+1)−1) × (rows·(side+1)−1) image.
 */
export function drawWeightTiles(W1: Float64Array, side: number, hidden: number, cols: number, max: number, out: ImageData): void {
  const stride = side + 1;
  const px = out.data;
  px.fill(255);
  for (let j = 0; j < hidden; j++) {
    const ox = (j % cols) * stride, oy = Math.floor(j / cols) * stride;
    for (let p = 0; p < side * side; p++) {
      const k = lutIndex(W1[p * hidden + j], max) * 3;
      const at = ((oy + Math.floor(p / side)) * out.width + ox + (p % side)) * 4;
      px[at] = divergingLut[k];
      px[at + 1] = divergingLut[k + 1];
      px[at + 2] = divergingLut[k + 2];
    }
  }
}
