import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { checkDigest, parseManifest, sha256Hex } from './mnistManifest.ts';
import { MNIST_FILES } from './loadMnist.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const entry = (bytes: Uint8Array) => ({ bytes: bytes.length, sha256: sha(bytes) });

describe('mnistManifest', () => {
  test('sha256Hex agrees with node:crypto', async () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 37) % 256);
    expect(await sha256Hex(bytes)).toBe(sha(bytes));
    expect(await sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('checkDigest passes the same bytes and refuses a flipped byte or another length', async () => {
    const bytes = new Uint8Array([0, 0, 8, 1, 0, 0, 0, 2, 7, 2]);
    const expected = entry(bytes);
    expect(await checkDigest(bytes, expected)).toBeNull();
    const flipped = bytes.slice();
    flipped[9] = 3;
    expect(await checkDigest(flipped, expected)).toMatch(/^is damaged: its SHA-256 [0-9a-f]{12}… differs from the build's [0-9a-f]{12}…$/);
    expect(await checkDigest(bytes.subarray(0, 9).slice(), expected)).toBe("is 9 bytes where the build's copy has 10");
  });

  test('parseManifest reads what the prepare step writes and says what is wrong with anything else', () => {
    const files = Object.fromEntries(MNIST_FILES.map((f, i) => [f, entry(new Uint8Array([i]))]));
    const manifest = parseManifest(JSON.stringify({ files }, null, 2), MNIST_FILES);
    expect(manifest['t10k-labels-idx1-ubyte']).toEqual(entry(new Uint8Array([3])));
    const without = (changes: object) => JSON.stringify({ files: { ...files, ...changes } });
    expect(() => parseManifest('<html>not found</html>', MNIST_FILES)).toThrow(/^is not JSON$/);
    expect(() => parseManifest('[]', MNIST_FILES)).toThrow(/^has no "files" object$/);
    expect(() => parseManifest(without({ 'train-labels-idx1-ubyte': undefined }), MNIST_FILES)).toThrow(/^does not list train-labels-idx1-ubyte$/);
    expect(() => parseManifest(without({ 't10k-images-idx3-ubyte': { bytes: -1, sha256: sha(new Uint8Array()) } }), MNIST_FILES)).toThrow(
      /^gives t10k-images-idx3-ubyte no valid size$/,
    );
    expect(() => parseManifest(without({ 't10k-images-idx3-ubyte': { bytes: 5, sha256: 'ABC' } }), MNIST_FILES)).toThrow(/no valid SHA-256/);
  });
});
