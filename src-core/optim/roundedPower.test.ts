import { describe, expect, it } from 'vitest';
import { roundedPower } from './roundedPower.ts';
import powers from './fixtures/powers.json';

describe('roundedPower', () => {
  it.each([['0.9', 0.9], ['0.999', 0.999]] as const)('equals Python’s %s ** k for k = 1…1000 bit for bit', (key, base) => {
    const ours = Array.from({ length: 1000 }, (_, i) => roundedPower(base, i + 1));
    expect(ours).toEqual(powers[key]);
  });
  it('is where V8’s ** is one ulp off', () => {
    expect(0.9 ** 4).toBe(0.6561000000000001);
    expect(roundedPower(0.9, 4)).toBe(0.6561);
    expect(roundedPower(2, 10)).toBe(1024);
    expect(roundedPower(0.5, 0)).toBe(1);
  });
});
