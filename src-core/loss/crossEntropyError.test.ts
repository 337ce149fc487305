import { describe, expect, it } from 'vitest';
import { crossEntropyError } from './crossEntropyError.ts';
import { matrixCreate } from '../matrix.ts';
import fixture from './fixtures/loss.json';

const { book, batch, soft } = fixture;
// numpy's log and V8's Math.log may differ in the last bit (see below): soft values within 1e-15 relative.
const close = (a: number, b: number) => expect(Math.abs(a - b) / b).toBeLessThan(1e-15);

describe('crossEntropyError', () => {
  it('reproduces the book (REFERENCE.md) exactly, one-hot and index labels alike', () => {
    expect(crossEntropyError(book.y1, book.t)).toBe(0.510825457099338);
    expect(crossEntropyError(book.y2, book.t)).toBe(2.302584092994546);
    expect(crossEntropyError(book.y1, 2)).toBe(book.ceeIndex1);
    expect(crossEntropyError(Float64Array.from(book.y2), [2])).toBe(book.ceeIndex2);
  });

  it('gives the same batch value for one-hot labels and for label indices', () => {
    const y = matrixCreate(batch.rows, batch.cols, batch.y);
    const oneHot = matrixCreate(batch.rows, batch.cols);
    batch.labels.forEach((k, i) => (oneHot.data[i * batch.cols + k] = 1));
    const fromOneHot = crossEntropyError(y, oneHot);
    expect(crossEntropyError(y, batch.labels)).toBe(fromOneHot);
    expect(crossEntropyError(y, Uint8Array.from(batch.labels))).toBe(fromOneHot);
    expect(crossEntropyError(y, matrixCreate(batch.rows, 1, batch.labels))).toBe(fromOneHot);
    // numpy's np.log is its own SIMD routine and V8's Math.log is fdlibm: each of the 100 logs may differ
    // in the last bit, so the mean is compared to numpy within 1e-15 relative instead of exactly.
    expect(Math.abs(fromOneHot - batch.ceeOneHot) / batch.ceeOneHot).toBeLessThan(1e-15);
    expect(batch.ceeIndex).toBe(batch.ceeOneHot);
  });

  it('one sample with a soft t follows 4.2.2, -np.sum(t * np.log(y + delta)), t as given (numpy values)', () => {
    close(crossEntropyError(soft.pair.y, soft.pair.t), soft.pair.cee);
    close(crossEntropyError(soft.smooth.y, soft.smooth.t), soft.smooth.cee);
    expect(crossEntropyError(soft.smooth.y, soft.smooth.t)).not.toBe(crossEntropyError(soft.smooth.y, 2));
  });

  it('a batch follows 4.2.4: a soft t (t.size == y.size) counts as its argmax, as the book’s t.argmax(axis=1)', () => {
    const y = matrixCreate(soft.batch.rows, soft.batch.cols, soft.batch.y);
    const fromSoft = crossEntropyError(y, matrixCreate(soft.batch.rows, soft.batch.cols, soft.batch.t));
    close(fromSoft, soft.batch.cee);
    expect(fromSoft).toBe(crossEntropyError(y, soft.batch.argmax));
  });

  it('stays finite when the right class got probability 0, thanks to the 1e-7', () => {
    expect(crossEntropyError([1, 0], 1)).toBe(-Math.log(1e-7));
  });

  it('rejects bad input, naming function and argument', () => {
    expect(() => crossEntropyError(book.y1, book.t.slice(1))).toThrow(
      'crossEntropyError: t has length 9, expected 10 (one-hot) or 1 (label index)',
    );
    expect(() => crossEntropyError(book.y1, 10)).toThrow(/crossEntropyError: t\[0\] is 10, expected a label index, an integer in \[0, 9\]/);
    expect(() => crossEntropyError(book.y1, 1.5)).toThrow(RangeError);
    expect(() => crossEntropyError([0.5, -0.5], 0)).toThrow(/crossEntropyError: y\[1\] is -0.5, expected a probability ≥ 0/);
    expect(() => crossEntropyError([0.5, Infinity], 0)).toThrow(/crossEntropyError: y\[1\] is Infinity/);
    expect(() => crossEntropyError([], 0)).toThrow(/crossEntropyError: y is empty/);
    expect(() => crossEntropyError(matrixCreate(2, 2), [0, 1, 1])).toThrow(
      'crossEntropyError: t has length 3, expected 4 (one-hot, 2×2) or 2 (label indices)',
    );
    expect(() => crossEntropyError({ rows: 2, cols: 2, data: new Float64Array(3) }, [0, 1])).toThrow(
      /crossEntropyError: y.data has length 3, expected rows·cols = 4/,
    );
    expect(() => crossEntropyError([1, 0], 'x' as unknown as number)).toThrow(TypeError);
  });
});
