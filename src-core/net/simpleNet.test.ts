import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/random.ts';
import { matrixCreate } from '../matrix.ts';
import { SimpleNet } from './simpleNet.ts';
import fixture from './fixtures/simpleNet.json';

type Case = (typeof fixture.unfused)[number];
const bits = (a: ArrayLike<number>) => Array.from(a);
const netFor = (c: Case) =>
  c.name.startsWith('seed') ? new SimpleNet(createRandom(Number(c.name.slice(5)))) : new SimpleNet(matrixCreate(2, 3, c.W));

// V8's Math.exp and Math.log (fdlibm) and glibc's (numpy here) differ in the last bit for about 7% of
// arguments, so a perturbed loss may be 1–2 ulp off numpy's and dW = (L⁺ − L⁻) / 2h by ulp(L) / h.
const dWTolerance = (loss: number) => (4 * Number.EPSILON * Math.max(1, Math.abs(loss))) / 2e-4;
// numpy's dot goes through OpenBLAS, whose dgemv fuses x₁·W₁ⱼ + (x₀·W₀ⱼ) into one FMA: ≤ 1 ulp in z.
const zTolerance = (z: number) => 2 * Number.EPSILON * Math.abs(z);

const withLabels = (c: Case) => c.byLabel.map((b, label) => ({ ...b, label }));

describe.each(fixture.unfused)('SimpleNet against numpy, x·W unfused ($name)', (c) => {
  it('draws W = randn(2, 3) bit for bit, and predicts z = xW, argmax and softmax exactly', () => {
    const net = netFor(c);
    expect(bits(net.W.data)).toEqual(c.W);
    const z = net.predict(c.x);
    expect(bits(z)).toEqual(c.z);
    expect(z.indexOf(Math.max(...z))).toBe(c.argmax);
  });

  it.each(withLabels(c))('t = $t: the loss and the exact x⊗(y−t) bit for bit', (b) => {
    const net = netFor(c);
    expect(net.loss(c.x, b.t)).toBe(b.loss);
    expect(net.loss(c.x, b.label)).toBe(b.loss);
    expect(bits(net.gradient(c.x, b.t).data)).toEqual(b.exact);
  });

  it.each(withLabels(c))('t = $t: numerical dW within exp/log last-bit differences, W restored', (b) => {
    const net = netFor(c);
    const dW = net.numericalGradient(c.x, b.t);
    expect([dW.rows, dW.cols]).toEqual([2, 3]);
    for (let i = 0; i < 6; i++) expect(Math.abs(dW.data[i] - b.dW[i])).toBeLessThanOrEqual(dWTolerance(b.loss));
    expect(bits(net.W.data)).toEqual(c.W);
  });
});

describe.each(fixture.blas)('SimpleNet against the book’s code as is, np.dot via OpenBLAS ($name)', (c) => {
  it.each(withLabels(c))('t = $t: z within 1 ulp, loss and dW within the stated tolerances', (b) => {
    const net = netFor(c);
    const z = net.predict(c.x);
    for (let j = 0; j < 3; j++) expect(Math.abs(z[j] - c.z[j])).toBeLessThanOrEqual(zTolerance(c.z[j]));
    expect(Math.abs(net.loss(c.x, b.t) - b.loss)).toBeLessThanOrEqual(8 * Number.EPSILON * b.loss);
    const dW = net.numericalGradient(c.x, b.t).data;
    for (let i = 0; i < 6; i++) expect(Math.abs(dW[i] - b.dW[i])).toBeLessThanOrEqual(2 * dWTolerance(b.loss));
  });
});

describe('SimpleNet', () => {
  it('numerical and exact gradients agree to the size the 1e-7 in the log and h² explain', () => {
    const net = new SimpleNet(createRandom(7));
    const x = [0.6, 0.9];
    for (let label = 0; label < 3; label++) {
      const num = net.numericalGradient(x, label).data;
      const exact = net.gradient(x, label).data;
      for (let i = 0; i < 6; i++) expect(Math.abs(num[i] - exact[i])).toBeLessThan(1e-5);
    }
  });

  it('W can be set (copied) and is refused unless a finite 2×3 matrix', () => {
    const net = new SimpleNet(matrixCreate(2, 3));
    const w = matrixCreate(2, 3, [1, 2, 3, 4, 5, 6]);
    net.W = w;
    w.data[0] = 99;
    expect(bits(net.W.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => (net.W = matrixCreate(3, 2))).toThrow(/expected 2×3/);
    expect(() => (net.W = matrixCreate(2, 3, [NaN, 0, 0, 0, 0, 0]))).toThrow(/finite/);
    expect(bits(net.W.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses bad x and t with messages naming the argument', () => {
    const net = new SimpleNet(createRandom(0));
    expect(() => net.predict([1])).toThrow(/x has length 1, expected 2/);
    expect(() => net.loss([0.6, 0.9], [0, 1])).toThrow(/t has length 2/);
    expect(() => net.numericalGradient([0.6, NaN], 0)).toThrow(/finite/);
    expect(() => net.gradient([0.6, 0.9], 3)).toThrow(/label index/);
  });

  it('one gradient-descent step lowers the loss', () => {
    const net = new SimpleNet(createRandom(0));
    const x = [0.6, 0.9];
    const before = net.loss(x, 2);
    const dW = net.numericalGradient(x, 2);
    net.W = { rows: 2, cols: 3, data: net.W.data.map((w, i) => w - 0.1 * dW.data[i]) };
    expect(net.loss(x, 2)).toBeLessThan(before);
  });
});
