import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidGrad } from './activations.ts';
import { matrixCreate } from '../matrix.ts';
import fixture from '../loss/fixtures/loss.json';

const { rows, cols, a } = fixture.batch;

describe('sigmoid', () => {
  it('is 1/(1 + e^−x) for scalars, vectors and matrices', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(Array.from(sigmoid([0, 0]))).toEqual([0.5, 0.5]);
    const m = sigmoid(matrixCreate(rows, cols, a));
    expect([m.rows, m.cols]).toEqual([rows, cols]);
    // np.exp and Math.exp may differ by an ulp (different implementations): 4 ulps relative.
    m.data.forEach((v, i) => expect(Math.abs(v - fixture.batch.sigmoid[i])).toBeLessThanOrEqual(4 * 2 ** -52 * fixture.batch.sigmoid[i]));
    expect(Array.from(sigmoid(Float64Array.from(a.slice(0, 5))))).toEqual(Array.from(m.data.slice(0, 5)));
  });

  it('saturates without NaN', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });
});

describe('sigmoidGrad', () => {
  it("is the book's (1 − σ)σ", () => {
    expect(sigmoidGrad(0)).toBe(0.25);
    const g = sigmoidGrad(matrixCreate(rows, cols, a));
    // 1 − σ cancels when σ ≈ 1, magnifying np.exp/Math.exp's last-bit difference: absolute 1e-15 (≤ 0.25).
    g.data.forEach((v, i) => expect(Math.abs(v - fixture.batch.sigmoidGrad[i])).toBeLessThan(1e-15));
    const h = 1e-5;
    expect(sigmoidGrad(0.7)).toBeCloseTo((sigmoid(0.7 + h) - sigmoid(0.7 - h)) / (2 * h), 9);
  });

  it('rejects bad input, naming function and argument', () => {
    expect(() => sigmoid(NaN)).toThrow(/sigmoid: x must be a finite number, got NaN/);
    expect(() => sigmoidGrad([1, Infinity])).toThrow(/sigmoidGrad: x\[1\] is Infinity, expected a finite number/);
    expect(() => sigmoid([])).toThrow(/sigmoid: x is empty/);
    expect(() => sigmoidGrad({ rows: 2, cols: 2, data: new Float64Array(2) })).toThrow(/sigmoidGrad: x.data has length 2/);
  });
});
