// The data set a training run reads: the parsed MNIST splits, and the questions a trainer and a worker ask
// of whichever copy holds it (the plain arrays here, or the wasm network's packed copy).
import { gatherImages, gatherLabels } from './batch.ts';
import type { MnistSplit } from './idx.ts';

export type SplitName = 'train' | 'test';

export interface MnistData {
  readonly train: MnistSplit;
  readonly test?: MnistSplit;
}

export interface MnistStore {
  /** Pixels per image (784). */
  readonly inputSize: number;
  /** Images in the split (0 when it was not loaded). */
  count(split: SplitName): number;
  /** Rows `indices` as a row-major float64 batch, each byte / 255 (the book's normalize=True). */
  gatherImages(split: SplitName, indices: ArrayLike<number>, out?: Float64Array): Float64Array;
  gatherLabels(split: SplitName, indices: ArrayLike<number>, out?: Uint8Array): Uint8Array;
  /** Images [start, end) as bytes, one after another. */
  images(split: SplitName, start: number, end: number): Uint8Array;
  labels(split: SplitName, start: number, end: number): Uint8Array;
}

/** A store over the parsed splits themselves (the float64 backend, tests, tools). */
export function plainMnistStore(data: MnistData): MnistStore {
  const split = (fn: string, name: SplitName): MnistSplit => {
    const s = data[name];
    if (!s) throw new RangeError(`${fn}: no ${name} split was loaded`);
    return s;
  };
  const range = (fn: string, name: SplitName, start: number, end: number): MnistSplit => {
    const s = split(fn, name);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > s.count || start > end) {
      throw new RangeError(`${fn}: range [${start}, ${end}) is outside [0, ${s.count}] of ${name}`);
    }
    return s;
  };
  return {
    inputSize: data.train.pixels,
    count: (name) => data[name]?.count ?? 0,
    gatherImages: (name, indices, out) => {
      const s = split('gatherImages', name);
      return gatherImages(s, indices, out ?? new Float64Array(indices.length * s.pixels));
    },
    gatherLabels: (name, indices, out) => gatherLabels(split('gatherLabels', name), indices, out),
    images: (name, start, end) => {
      const s = range('images', name, start, end);
      return s.images.slice(start * s.pixels, end * s.pixels);
    },
    labels: (name, start, end) => range('labels', name, start, end).labels.slice(start, end),
  };
}
