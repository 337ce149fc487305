// A hand-drawn digit made the way MNIST's were: the ink's bounding box is fitted into a 20×20 box keeping its
// aspect ratio (area-averaged, so edges turn grey), then placed in 28×28 with its centre of mass at the centre.
export const MNIST_SIDE = 28;
export const MNIST_FIT = 20;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The smallest box holding every pixel above 0, or null for an empty image. */
export function inkBox(ink: ArrayLike<number>, width: number, height: number): Box | null {
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x] <= 0) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

/** Overlap of [a0, a1) with the unit pixel [i, i + 1). */
const overlap = (a0: number, a1: number, i: number) => Math.max(0, Math.min(a1, i + 1) - Math.max(a0, i));

/** Resamples the box to outW×outH by area averaging: each output pixel is the mean of the input it covers. */
export function resampleArea(ink: ArrayLike<number>, width: number, box: Box, outW: number, outH: number): Float64Array {
  const out = new Float64Array(outW * outH);
  const sx = box.w / outW, sy = box.h / outH;
  for (let oy = 0; oy < outH; oy++) {
    const ya = box.y + oy * sy, yb = ya + sy;
    for (let ox = 0; ox < outW; ox++) {
      const xa = box.x + ox * sx, xb = xa + sx;
      let sum = 0;
      for (let y = Math.floor(ya); y < Math.ceil(yb); y++) {
        const fy = overlap(ya, yb, y);
        for (let x = Math.floor(xa); x < Math.ceil(xb); x++) sum += fy * overlap(xa, xb, x) * ink[y * width + x];
      }
      out[oy * outW + ox] = sum / (sx * sy);
    }
  }
  return out;
}

/** Centre of mass (x, y) of a w×h image, pixel centres at i + 0.5. */
export function centreOfMass(img: ArrayLike<number>, w: number, h: number): [number, number] {
  let m = 0, mx = 0, my = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = img[y * w + x];
      m += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  return m > 0 ? [mx / m, my / m] : [w / 2, h / 2];
}

/** Integer shift that brings `com` to the field's centre, kept so the box stays inside the field. */
const shiftFor = (com: number, size: number) => Math.min(MNIST_SIDE - size, Math.max(0, Math.round(MNIST_SIDE / 2 - com)));

/**
 * A width×height drawing (ink 0–1, paper 0) as the network's 784 inputs: ink in [0, 1], zeros when nothing
 * was drawn.
 */
export function mnistPreprocess(ink: ArrayLike<number>, width: number, height: number): Float64Array {
  if (ink.length !== width * height) throw new RangeError(`mnistPreprocess: ${ink.length} pixels for ${width}×${height}`);
  const out = new Float64Array(MNIST_SIDE * MNIST_SIDE);
  const box = inkBox(ink, width, height);
  if (!box) return out;
  const scale = MNIST_FIT / Math.max(box.w, box.h);
  const w = Math.max(1, Math.min(MNIST_FIT, Math.round(box.w * scale)));
  const h = Math.max(1, Math.min(MNIST_FIT, Math.round(box.h * scale)));
  const fitted = resampleArea(ink, width, box, w, h);
  const [cx, cy] = centreOfMass(fitted, w, h);
  const dx = shiftFor(cx, w), dy = shiftFor(cy, h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) out[(y + dy) * MNIST_SIDE + x + dx] = Math.min(1, Math.max(0, fitted[y * w + x]));
  }
  return out;
}
