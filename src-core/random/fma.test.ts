import { describe, expect, it } from 'vitest';
import { fma } from './fma.ts';
import fixture from './fixtures/log-fma.json';

// Reference: exact a·b + c in Python fractions, rounded once (fixtures/makeLogFixtures.py).
describe('fma', () => {
  it(`rounds a·b + c once on ${fixture.fma.length} cases, ties and cancellations included`, () => {
    for (const [a, b, c, want] of fixture.fma) {
      if (!Object.is(fma(a, b, c), want)) expect.fail(`fma(${a}, ${b}, ${c}) = ${fma(a, b, c)}, expected ${want}`);
    }
  });

  it('differs from the twice-rounded a * b + c where it must', () => {
    const a = 1 + 2 ** -30;
    // a² = 1 + 2^-29 + 2^-60: the separate product drops 2^-60, the fused one keeps it.
    expect(fma(a, a, -(1 + 2 ** -29))).toBe(2 ** -60);
    expect(a * a - (1 + 2 ** -29)).toBe(0);
  });
});
