import { describe, expect, it } from 'vitest';
import { decodeParts, encodeParts, partsToY, PARTS, redistribute } from './lossParts.ts';

const example1 = [1000, 500, 6000, 0, 500, 1000, 0, 1000, 0, 0];
const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);

describe('redistribute', () => {
  it('gives the literals of the notes back as doubles', () => {
    expect(partsToY(example1)).toEqual([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]);
  });
  it('rescales the other classes in proportion and keeps the total', () => {
    const next = redistribute(example1, 2, 8000);
    expect(sum(next)).toBe(PARTS);
    expect(next[2]).toBe(8000);
    expect(next).toEqual([500, 250, 8000, 0, 250, 500, 0, 500, 0, 0]);
  });
  it('hands leftover parts to the largest remainders', () => {
    const next = redistribute([1, 1, 1, 9997, 0, 0, 0, 0, 0, 0], 3, 0);
    expect(sum(next)).toBe(PARTS);
    expect(next.slice(0, 3).every((p) => p >= 3333)).toBe(true);
  });
  it('sends the others to 0 when one class takes everything', () => {
    expect(redistribute(example1, 7, PARTS)).toEqual([0, 0, 0, 0, 0, 0, 0, PARTS, 0, 0]);
  });
  it('shares the rest equally when every other class is 0', () => {
    const next = redistribute([0, 0, 0, 0, 0, 0, 0, PARTS, 0, 0], 7, 1000);
    expect(next).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]);
    const odd = redistribute([0, 0, 0, 0, 0, 0, 0, PARTS, 0, 0], 7, 9995);
    expect(sum(odd)).toBe(PARTS);
    expect(odd).toEqual([1, 1, 1, 1, 1, 0, 0, 9995, 0, 0]);
  });
  it('clamps the value to [0, PARTS]', () => {
    expect(redistribute(example1, 0, -5)[0]).toBe(0);
    expect(redistribute(example1, 0, 20000)[0]).toBe(PARTS);
  });
});

describe('URL encoding of y', () => {
  it('round-trips and refuses malformed text', () => {
    expect(decodeParts(encodeParts(example1))).toEqual(example1);
    expect(decodeParts('1_2_3')).toBeUndefined();
    expect(decodeParts('1000_500_6000_0_500_1000_0_1000_0_1')).toBeUndefined();
    expect(decodeParts('a_500_6000_0_500_1000_0_1000_0_0')).toBeUndefined();
    expect(decodeParts('-1000_500_6000_0_500_1000_0_1000_0_0')).toBeUndefined();
  });
});
