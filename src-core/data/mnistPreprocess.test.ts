import { describe, expect, test } from 'vitest';
import cases from './fixtures/mnistPreprocess.json';
import { centreOfMass, inkBox, mnistPreprocess } from './mnistPreprocess.ts';

// Reference outputs from fixtures/makeMnistPreprocessFixtures.py (numpy, area sums through an integral image).
describe('mnistPreprocess against numpy', () => {
  for (const c of cases) {
    test(c.name, () => {
      const got = mnistPreprocess(c.ink, c.width, c.height);
      expect(got.length).toBe(784);
      for (let i = 0; i < 784; i++) expect(got[i]).toBeCloseTo(c.expected[i], 9);
    });
  }
});

describe('mnistPreprocess by hand', () => {
  test('a full 10×40 bar becomes a 5×20 bar of ones, centred by its mass', () => {
    const w = 60, ink = new Float64Array(w * w);
    for (let y = 5; y < 45; y++) for (let x = 30; x < 40; x++) ink[y * w + x] = 1;
    const out = mnistPreprocess(ink, w, w);
    // Box 5×20, centre of mass (2.5, 10) → shift round(11.5) = 12 across, 4 down.
    for (let y = 0; y < 28; y++) {
      for (let x = 0; x < 28; x++) expect(out[y * 28 + x]).toBe(y >= 4 && y < 24 && x >= 12 && x < 17 ? 1 : 0);
    }
  });

  test('the same drawing anywhere on the pad gives the same input', () => {
    const w = 50, a = new Float64Array(w * w), b = new Float64Array(w * w);
    for (let i = 0; i < 12; i++) {
      a[(3 + i) * w + 4 + 2 * i] = 0.7;
      b[(30 + i) * w + 20 + 2 * i] = 0.7;
    }
    const pa = mnistPreprocess(a, w, w), pb = mnistPreprocess(b, w, w);
    expect(pa.some((v) => v > 0)).toBe(true);
    for (let i = 0; i < 784; i++) expect(pb[i]).toBeCloseTo(pa[i], 12);
  });

  test('a thin diagonal line shrunk into 20×20 is anti-aliased: grey levels between 0 and 1', () => {
    const w = 100, ink = new Float64Array(w * w);
    for (let i = 0; i < w; i++) ink[i * w + i] = 1;
    const out = mnistPreprocess(ink, w, w);
    // Each output pixel covers 5×5 inputs holding 5 ones of the line: 0.2 on the 20 diagonal pixels.
    const greys = Array.from(out).filter((v) => v > 0);
    expect(greys.length).toBe(20);
    for (const g of greys) expect(g).toBeCloseTo(0.2, 12);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  test('an empty pad gives zeros; a wrong size is refused', () => {
    expect(mnistPreprocess(new Float64Array(16), 4, 4).every((v) => v === 0)).toBe(true);
    expect(() => mnistPreprocess(new Float64Array(15), 4, 4)).toThrow(RangeError);
  });

  test('inkBox and centreOfMass on a small image', () => {
    const img = [0, 0, 0, 0, 1, 3, 0, 0, 0];
    expect(inkBox(img, 3, 3)).toEqual({ x: 1, y: 1, w: 2, h: 1 });
    expect(centreOfMass(img, 3, 3)).toEqual([(1.5 * 1 + 2.5 * 3) / 4, 1.5]);
  });
});
