import { describe, expect, it } from 'vitest';
import { crossEntropyError } from '../../../src-core/index.ts';
import { drawBatch, oneHot } from './batch.ts';

describe('drawBatch', () => {
  it('is reproducible from its seed and gives rows that sum to 1', () => {
    const a = drawBatch(3);
    const b = drawBatch(3);
    expect(Array.from(a.y.data)).toEqual(Array.from(b.y.data));
    expect(a.labels).toEqual(b.labels);
    expect(a.y.rows).toBe(5);
    for (let i = 0; i < 5; i++) {
      const row = a.y.data.slice(i * 10, i * 10 + 10);
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    }
    expect(Array.from(drawBatch(4).y.data)).not.toEqual(Array.from(a.y.data));
  });
  it('gives the same cross-entropy from one-hot labels and from label indices', () => {
    const { y, labels } = drawBatch(0);
    expect(crossEntropyError(y, oneHot(labels))).toBe(crossEntropyError(y, labels));
  });
});
