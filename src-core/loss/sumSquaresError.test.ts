import { describe, expect, it } from 'vitest';
import { sumSquaresError } from './sumSquaresError.ts';
import { matrixCreate } from '../matrix.ts';
import fixture from './fixtures/loss.json';

const { book, batch, soft } = fixture;

describe('sumSquaresError', () => {
  it('reproduces the book (REFERENCE.md) exactly', () => {
    expect(sumSquaresError(book.y1, book.t)).toBe(0.09750000000000003);
    expect(sumSquaresError(book.y2, book.t)).toBe(0.5975);
    expect(sumSquaresError(Float64Array.from(book.y1), Float64Array.from(book.t))).toBe(book.sse1);
  });

  it('accepts the label index instead of one-hot', () => {
    expect(sumSquaresError(book.y1, 2)).toBe(book.sse1);
    expect(sumSquaresError(book.y2, [2])).toBe(book.sse2);
  });

  it("sums a batch in numpy's order, bit for bit (no averaging, like the book)", () => {
    const y = matrixCreate(batch.rows, batch.cols, batch.y);
    const oneHot = matrixCreate(batch.rows, batch.cols);
    batch.labels.forEach((k, i) => (oneHot.data[i * batch.cols + k] = 1));
    expect(sumSquaresError(y, oneHot)).toBe(batch.sse);
    expect(sumSquaresError(y, Int32Array.from(batch.labels))).toBe(batch.sse);
  });

  it('takes a soft t as given, as the book’s 0.5 * np.sum((y - t)**2) (numpy values)', () => {
    expect(sumSquaresError(soft.pair.y, soft.pair.t)).toBe(soft.pair.sse);
    expect(soft.pair.sse).toBeCloseTo(0.16, 15); // not 0.81, the error of t's argmax [0, 1]
    expect(sumSquaresError(soft.smooth.y, soft.smooth.t)).toBe(soft.smooth.sse);
    const y = matrixCreate(soft.batch.rows, soft.batch.cols, soft.batch.y);
    expect(sumSquaresError(y, matrixCreate(soft.batch.rows, soft.batch.cols, soft.batch.t))).toBe(soft.batch.sse);
    expect(sumSquaresError(y, Float64Array.from(soft.batch.t))).toBe(soft.batch.sse);
  });

  it('rejects bad input, naming function and argument', () => {
    expect(() => sumSquaresError(book.y1, book.t.slice(1))).toThrow(
      'sumSquaresError: t has length 9, expected 10 (one-hot) or 1 (label index)',
    );
    expect(() => sumSquaresError([], [])).toThrow(/sumSquaresError: y is empty/);
    expect(() => sumSquaresError([0.5, NaN], [1, 0])).toThrow(/sumSquaresError: y\[1\] is NaN, expected a finite number/);
    expect(() => sumSquaresError([0.5, 0.5], [1, Infinity])).toThrow(/sumSquaresError: t\[1\] is Infinity/);
    expect(() => sumSquaresError([0.5, 0.5], 2)).toThrow(/sumSquaresError: t\[0\] is 2, expected a label index, an integer in \[0, 1\]/);
    expect(() => sumSquaresError(matrixCreate(2, 3), [0, 1, 2])).toThrow(
      'sumSquaresError: t has length 3, expected 6 (one-hot, 2×3) or 2 (label indices)',
    );
  });
});
