import { describe, expect, it } from 'vitest';
import { centralDifferenceFloat32, forwardDifferenceFloat32, function1Float32, toFloat32 } from './float32.ts';

describe('float32 differences', () => {
  it('rounds every step to float32', () => {
    // numpy: np.float32(0.01)*np.float32(5)**2 + np.float32(0.1)*np.float32(5) == np.float32(0.75)
    expect(function1Float32(5)).toBe(Math.fround(0.75));
    expect(Number.isInteger(function1Float32(5) * 2 ** 24)).toBe(true);
  });
  it('1e-50 rounds to 0 in float32, so both differences are 0/0 = NaN', () => {
    expect(toFloat32(1e-50)).toBe(0);
    expect(forwardDifferenceFloat32(5, 1e-50)).toBeNaN();
    expect(centralDifferenceFloat32(5, 1e-50)).toBeNaN();
  });
  it('a tiny h that is not 0 in float32 still vanishes in x + h, giving 0', () => {
    expect(centralDifferenceFloat32(5, 1e-10)).toBe(0);
  });
  it('matches numpy float32 bit for bit (values printed by numpy at x = 5)', () => {
    const numpy: [number, number, number][] = [
      [0.1, 0.20099997520446777, 0.19999980926513672],
      [0.001, 0.20003317296504974, 0.20000337064266205],
      [1e-5, 212500 / 2 ** 20, 0.1996755599975586], // numpy prints 0.20265579223632812
      [1e-6, 0.2384185791015625, 0.2086162567138672],
      [3.16e-7, 0.3772445619106293, 0.28293344378471375],
      [1e-7, 0, 0],
    ];
    for (const [h, forward, central] of numpy) {
      expect(forwardDifferenceFloat32(5, h)).toBe(forward);
      expect(centralDifferenceFloat32(5, h)).toBe(central);
    }
  });
  it('is close to 0.2 at h = 1e-2 but far less precise than float64', () => {
    const c = centralDifferenceFloat32(5, 1e-2);
    expect(Math.abs(c - 0.2)).toBeLessThan(1e-3);
    expect(Math.abs(c - 0.2)).toBeGreaterThan(1e-9);
  });
});
