import { expect, test } from 'vitest';
import { absMax, divergingLut, drawWeightTiles, lutIndex } from './weightColors.ts';

test('each hidden unit gets its own tile, for any hidden size: W1[p, j] lands at pixel p of tile j', () => {
  const side = 2, hidden = 3, cols = 2; // tiles laid out 2 wide: units 0 1 / 2
  const W1 = new Float64Array(side * side * hidden);
  W1[3 * hidden + 1] = 0.5; // pixel (1, 1) of unit 1, the largest value: full red
  W1[0 * hidden + 2] = -0.5; // pixel (0, 0) of unit 2: full blue
  const width = cols * (side + 1) - 1, height = 2 * (side + 1) - 1;
  const image = { width, height, data: new Uint8ClampedArray(width * height * 4) } as ImageData;
  drawWeightTiles(W1, side, hidden, cols, absMax(W1), image);
  const rgb = (x: number, y: number) => Array.from(image.data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3));
  const lut = (i: number) => Array.from(divergingLut.subarray(i * 3, i * 3 + 3));
  expect(rgb(3 + 1, 1)).toEqual(lut(255)); // unit 1 starts at x = side + 1
  expect(rgb(0, 3)).toEqual(lut(0)); // unit 2 starts the second row at y = side + 1
  expect(rgb(0, 0)).toEqual(lut(lutIndex(0, 0.5))); // zero: the middle of the scale
  expect(rgb(2, 0)).toEqual([255, 255, 255]); // the gap between tiles stays white
  const [r, g, b] = lut(255);
  expect(r).toBeGreaterThan(b + 50); // positive is red
  expect(g).toBeLessThan(r);
  const [r0, , b0] = lut(0);
  expect(b0).toBeGreaterThan(r0 + 50); // negative is blue
});
