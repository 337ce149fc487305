import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import seed0 from './fixtures/random-seed0.json';
import seed42 from './fixtures/random-seed42.json';
import seed2026 from './fixtures/random-seed2026.json';
import key42 from './fixtures/random-key-seed42.json';

// Fixtures come from numpy (fixtures/makeRandomFixtures.py); every comparison is bit-exact.
function expectSameBits(got: ArrayLike<number>, want: readonly number[], what: string): void {
  expect(got.length, what).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (!Object.is(got[i], want[i])) expect.fail(`${what}[${i}]: got ${got[i]}, numpy ${want[i]}`);
  }
}

describe.each([seed0, seed42, seed2026])('numpy legacy stream, seed $draws.seed', (fixture) => {
  it('replays randn, choice and random calls in order, gauss cache included', () => {
    const rng = createRandom(fixture.draws.seed);
    fixture.draws.ops.forEach(({ op, args, out }, k) => {
      const got = op === 'randn' ? rng.randn(args[0]) : op === 'random' ? rng.random(args[0]) : rng.choice(args[0], args[1]);
      expectSameBits(got, out, `op ${k} ${op}(${args.join(', ')})`);
    });
    const state = rng.getState();
    const want = fixture.draws.finalState;
    expect(state.pos).toBe(want.pos);
    expect(state.hasGauss).toBe(want.hasGauss);
    expect(Object.is(state.gauss, want.gauss)).toBe(true);
    expectSameBits(state.key.slice(0, 8), want.keyHead, 'key head');
    expectSameBits(state.key.slice(-8), want.keyTail, 'key tail');
  });

  it("matches the book's TwoLayerNet init then 40 minibatches", () => {
    const t = fixture.training;
    const rng = createRandom(t.seed);
    const w1 = rng.randnMatrix(784, 50);
    const w2 = rng.randnMatrix(50, 10);
    expect([w1.rows, w1.cols, w2.rows, w2.cols]).toEqual([784, 50, 50, 10]);
    expectSameBits(w1.data.filter((_, i) => i % t.w1Every === 0), t.w1Sample, 'W1 sample');
    expectSameBits(w1.data.slice(-5), t.w1Last, 'W1 tail');
    let xor = 0n;
    for (const bits of new BigUint64Array(w1.data.buffer)) xor ^= bits;
    expect(xor.toString(16).padStart(16, '0')).toBe(t.w1XorBits);
    expectSameBits(w2.data, t.w2, 'W2');
    expectSameBits(w1.data.slice(0, 20).map((v) => 0.01 * v), t.w1ScaledHead, '0.01·W1');
    expectSameBits(w2.data.slice(0, 20).map((v) => 0.01 * v), t.w2ScaledHead, '0.01·W2');
    t.batches.forEach((batch, k) => expectSameBits(rng.choice(60000, 100), batch, `batch ${k}`));
    expect(rng.getState().pos).toBe(t.stateAfter.pos);
    expect(rng.getState().hasGauss).toBe(t.stateAfter.hasGauss);
  });
});

describe('createRandom', () => {
  it('seeds an int like numpy: init_genrand, not init_by_array', () => {
    const state = createRandom(42).getState();
    expectSameBits(state.key, key42.key, 'key');
    expect(state.pos).toBe(624);
    expect(state.hasGauss).toBe(false);
  });

  it('keeps w & 0xFFFF only when ≤ 59999 for choice(60000)', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const picks = a.choice(60000, 500);
    for (const v of picks) {
      let w: number;
      do w = b.nextUint32() & 0xffff; while (w > 59999);
      expect(v).toBe(w);
    }
  });

  it('restores a saved state, gauss cache included', () => {
    const rng = createRandom(3);
    rng.randn(3);
    const saved = rng.getState();
    const first = rng.randn(5);
    rng.setState(saved);
    expectSameBits(rng.randn(5), Array.from(first), 'replay');
  });

  it('draws nothing for choice(1, n), like numpy', () => {
    const rng = createRandom(1);
    expect(Array.from(rng.choice(1, 4))).toEqual([0, 0, 0, 0]);
    expect(rng.getState().pos).toBe(624);
  });

  it('rejects bad arguments with the function and argument named', () => {
    expect(() => createRandom(-1)).toThrow(/createRandom: seed must be an integer in \[0, 4294967295\], got -1/);
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(2 ** 32)).toThrow(/seed/);
    const rng = createRandom(0);
    expect(() => rng.randn(-1)).toThrow(/randn: count must be an integer ≥ 0, got -1/);
    expect(() => rng.randn(2.5)).toThrow(RangeError);
    expect(() => rng.randn(NaN)).toThrow(/randn: count/);
    expect(() => rng.choice(0, 3)).toThrow(/choice: n must be an integer in \[1, 2147483647\], got 0/);
    expect(() => rng.choice(10, -3)).toThrow(/choice: size must be an integer ≥ 0, got -3/);
    expect(() => rng.randnMatrix(2, 0.5)).toThrow(/randnMatrix: cols/);
    expect(() => rng.random(Infinity)).toThrow(/random: count/);
    expect(() => rng.setState({ key: new Uint32Array(3), pos: 0, hasGauss: false, gauss: 0 })).toThrow(/setState: state.key/);
  });
});
