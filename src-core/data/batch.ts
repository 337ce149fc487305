// Mini-batches: gather images by index and normalise bytes to [0, 1] (/255) as they are copied out.
import type { MnistSplit } from './idx.ts';

function checkIndices(fn: string, split: MnistSplit, indices: ArrayLike<number>): void {
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i];
    if (!Number.isInteger(k) || k < 0 || k >= split.count) {
      throw new RangeError(`${fn}: indices[${i}] is ${k}, expected an integer in [0, ${split.count})`);
    }
  }
}

/** Rows `indices` of the split as a row-major batch·pixels float buffer, each byte divided by 255. */
export function gatherImages<T extends Float64Array | Float32Array>(
  split: MnistSplit,
  indices: ArrayLike<number>,
  out: T,
): T {
  checkIndices('gatherImages', split, indices);
  const p = split.pixels;
  if (out.length < indices.length * p) {
    throw new RangeError(`gatherImages: out has length ${out.length}, expected at least ${indices.length}·${p}`);
  }
  for (let i = 0; i < indices.length; i++) {
    const src = indices[i] * p;
    const dst = i * p;
    for (let j = 0; j < p; j++) out[dst + j] = split.images[src + j] / 255;
  }
  return out;
}

/** Labels (0–9) of rows `indices`. */
export function gatherLabels(split: MnistSplit, indices: ArrayLike<number>, out: Uint8Array = new Uint8Array(indices.length)): Uint8Array {
  checkIndices('gatherLabels', split, indices);
  for (let i = 0; i < indices.length; i++) out[i] = split.labels[indices[i]];
  return out;
}

/** Consecutive rows [start, end) as indices, for evaluation in chunks. */
export function rangeIndices(start: number, end: number): Int32Array {
  const out = new Int32Array(Math.max(0, end - start));
  for (let i = 0; i < out.length; i++) out[i] = start + i;
  return out;
}
