// The book's parameters as .npz (a zip of .npy files, what np.savez writes and np.load opens): W1 (784, H),
// b1 (H,), W2 (H, 10), b2 (10,) in float64. Reading takes np.savez and np.savez_compressed, float32 or float64.
import { unzipSync, zipSync } from 'fflate';
import { PARAM_KEYS, type ParamKey, type TwoLayerNetParams } from '../net/twoLayerNetParams.ts';
import { NpzError, readNpy, writeNpy, type NpyArray } from './npy.ts';

/** Far above the largest network the app trains (784-1000-10 in float64 is 6.4 MB); checked before reading. */
export const MAX_NPZ_BYTES = 16 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/** The book's shapes: W1 (input, hidden), b1 (hidden,), W2 (hidden, output), b2 (output,). */
export function paramShape(p: Pick<TwoLayerNetParams, 'inputSize' | 'hiddenSize' | 'outputSize'>, key: ParamKey): number[] {
  const { inputSize: d, hiddenSize: h, outputSize: o } = p;
  return key === 'W1' ? [d, h] : key === 'b1' ? [h] : key === 'W2' ? [h, o] : [o];
}

/** Refuses a file by its size alone, so that a huge one is never read. */
export function checkNpzSize(byteLength: number): void {
  if (byteLength > MAX_NPZ_BYTES) {
    throw new NpzError('tooLarge', `the file is ${byteLength} bytes; weights files over ${MAX_NPZ_BYTES} bytes are not read`);
  }
}

/** An uncompressed zip (as np.savez writes) holding W1.npy, b1.npy, W2.npy, b2.npy. */
export function writeParamsNpz(p: TwoLayerNetParams): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const key of PARAM_KEYS) entries[`${key}.npy`] = writeNpy(paramShape(p, key), p[key]);
  return zipSync(entries, { level: 0, mtime: new Date(1980, 0, 1) });
}

function unzipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  const isZip = [ZIP_MAGIC, EMPTY_ZIP_MAGIC].some((m) => m.every((b, i) => bytes[i] === b));
  if (!isZip) throw new NpzError('notZip', 'the file is not a zip archive, so not an .npz');
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        // A small zip can inflate to gigabytes: refuse by the size its directory announces.
        if (f.originalSize > MAX_NPZ_BYTES) throw new NpzError('tooLarge', `${f.name} unpacks to ${f.originalSize} bytes, over ${MAX_NPZ_BYTES}`);
        return (PARAM_KEYS as readonly string[]).includes(f.name.replace(/\.npy$/, ''));
      },
    });
  } catch (e) {
    if (e instanceof NpzError) throw e;
    throw new NpzError('notZip', `the zip archive could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Reads W1, b1, W2, b2 and checks them against each other and the expected input and output sizes. */
export function readParamsNpz(bytes: Uint8Array, inputSize = 784, outputSize = 10): TwoLayerNetParams {
  checkNpzSize(bytes.byteLength);
  const entries = unzipEntries(bytes);
  const arrays = {} as Record<ParamKey, NpyArray>;
  for (const key of PARAM_KEYS) {
    const entry = entries[`${key}.npy`];
    if (!entry) throw new NpzError('missingKey', `the .npz has no ${key} (it needs W1, b1, W2 and b2)`);
    arrays[key] = readNpy(entry, key);
  }
  const hiddenSize = arrays.W1.shape.length === 2 ? arrays.W1.shape[1] : -1;
  const sizes = { inputSize, hiddenSize, outputSize };
  for (const key of PARAM_KEYS) {
    const want = paramShape(sizes, key), got = arrays[key].shape;
    if (hiddenSize < 1 || want.length !== got.length || want.some((n, i) => n !== got[i])) {
      throw new NpzError('shape', `${key} has shape (${got.join(', ')}); expected (${want.map((n) => (n < 1 ? 'H' : n)).join(', ')})`);
    }
    const bad = arrays[key].data.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new NpzError('nonFinite', `${key} holds a value that is not finite (${arrays[key].data[bad]} at flat index ${bad})`);
  }
  return { ...sizes, W1: arrays.W1.data, b1: arrays.b1.data, W2: arrays.W2.data, b2: arrays.b2.data };
}
