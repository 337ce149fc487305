// Fetches the four MNIST files from the app's own origin, gunzips and validates them with the core's IDX parser.
// A server may serve the .gz with Content-Encoding: gzip (vite preview does), in which case fetch has already
// decompressed the body: the gzip magic 1f 8b decides, not the headers. Either way each file's bytes are then
// checked against the digests the build wrote to manifest.json.
import { IdxError, parseMnistSplit, type MnistData } from '../../src-core/index.ts';
import type { LoadProgress, MnistFileName } from '../protocol.ts';
import { checkDigest, MANIFEST_FILE, parseManifest, type MnistManifest } from './mnistManifest.ts';

export const MNIST_FILES = [
  'train-images-idx3-ubyte',
  'train-labels-idx1-ubyte',
  't10k-images-idx3-ubyte',
  't10k-labels-idx1-ubyte',
] as const satisfies readonly MnistFileName[];

/** Decompressed sizes of the original files: the progress total when the server's size is of the gzip. */
export const MNIST_FILE_BYTES: Readonly<Record<MnistFileName, number>> = {
  'train-images-idx3-ubyte': 16 + 60_000 * 784,
  'train-labels-idx1-ubyte': 8 + 60_000,
  't10k-images-idx3-ubyte': 16 + 10_000 * 784,
  't10k-labels-idx1-ubyte': 8 + 10_000,
};

/** The core's data set, both splits present: the loader always brings the test set too. */
export type LoadedMnist = Required<MnistData>;

/** A file that could not be fetched, decoded or verified; `file` names it for the UI (null: the manifest). */
export class DataLoadError extends Error {
  readonly file: MnistFileName | null;
  constructor(file: MnistFileName | null, problem: string) {
    super(`${file ?? MANIFEST_FILE}: ${problem}`);
    this.name = 'DataLoadError';
    this.file = file;
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type FetchLike = (url: string) => Promise<Response>;

export interface LoadOptions {
  /** Folder URL holding NAME.gz, e.g. new URL('/data/mnist/', location.origin). */
  readonly baseUrl: string;
  readonly fetch?: FetchLike;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** A download that receives nothing for this long (ms) is given up with a message; default 20 s. */
  readonly stallMs?: number;
}

const STALL_MS = 20_000;

/** No answer, or no new bytes, within the stall time. */
class Stalled extends Error {}

/** `promise`, or a Stalled rejection when it has not settled within `ms`. */
function beforeStall<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stall = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stalled()), ms);
  });
  return Promise.race([promise, stall]).finally(() => clearTimeout(timer));
}

/**
 * A User Timing entry `mnist:<phase>` from `start` to now, read by `npm run bench -- appInChromium` from the
 * worker's timeline: nothing a learner sees, and no console output.
 */
function measurePhase(phase: string, start: number): void {
  performance.measure(`mnist:${phase}`, { start, end: performance.now() });
}

const received = (n: number) => `${n.toLocaleString('en-US')} bytes received`;

async function readBody(response: Response, onBytes: (loaded: number) => void, stallMs: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(await beforeStall(response.arrayBuffer(), stallMs));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await beforeStall(reader.read(), stallMs);
    } catch (e) {
      if (e instanceof Stalled) {
        void reader.cancel().catch(() => undefined); // let the connection go
        throw new Stalled(`no data for ${stallMs / 1000} s (${received(loaded)})`);
      }
      throw e;
    }
    const { done, value } = next;
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onBytes(loaded);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The build's sizes and digests; a missing or garbled manifest is a DataLoadError with file null. */
export async function fetchManifest(options: LoadOptions): Promise<MnistManifest> {
  const url = new URL(MANIFEST_FILE, options.baseUrl).toString();
  const doFetch = options.fetch ?? ((u: string) => fetch(u));
  let text: string;
  try {
    const response = await beforeStall(doFetch(url), options.stallMs ?? STALL_MS);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await beforeStall(response.text(), options.stallMs ?? STALL_MS);
  } catch (e) {
    throw new DataLoadError(null, `could not be fetched from ${url} (${describe(e)}); the build's prepare step writes it`);
  }
  try {
    return parseManifest(text, MNIST_FILES);
  } catch (e) {
    throw new DataLoadError(null, `${describe(e)}, so the data files cannot be checked`);
  }
}

/** One file's bytes, decompressed; every failure is a DataLoadError naming the file. */
export async function fetchMnistFile(
  file: MnistFileName,
  fileIndex: number,
  options: LoadOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const url = new URL(`${file}.gz`, options.baseUrl).toString();
  const doFetch = options.fetch ?? ((u: string) => fetch(u));
  const stallMs = options.stallMs ?? STALL_MS;
  const requested = performance.now();
  let response: Response;
  try {
    response = await beforeStall(doFetch(url), stallMs);
  } catch (e) {
    if (e instanceof Stalled) throw new DataLoadError(file, `the server did not answer within ${stallMs / 1000} s (${url}): the download stalled`);
    throw new DataLoadError(file, `could not be fetched from ${url} (${describe(e)})`);
  }
  if (!response.ok) throw new DataLoadError(file, `could not be fetched from ${url}: HTTP ${response.status}`);
  // With Content-Encoding the body arrives decompressed, so the gzip's Content-Length is no total for it.
  const length = Number(response.headers.get('content-length'));
  const encoded = (response.headers.get('content-encoding') ?? '').trim() !== '';
  const total = encoded ? MNIST_FILE_BYTES[file] : Number.isFinite(length) && length > 0 ? length : null;
  const report = (loaded: number) =>
    options.onProgress?.({ file, fileIndex, fileCount: MNIST_FILES.length, loaded, total: total === null ? null : Math.max(total, loaded) });
  report(0);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readBody(response, report, stallMs);
  } catch (e) {
    if (e instanceof Stalled) throw new DataLoadError(file, `the download stalled: ${e.message}`);
    throw new DataLoadError(file, `the download broke off (${describe(e)})`);
  }
  measurePhase(`download ${file}`, requested);
  if (!isGzip(bytes)) return bytes;
  const compressed = performance.now();
  try {
    const out = await gunzip(bytes);
    measurePhase(`decompress ${file}`, compressed);
    return out;
  } catch {
    throw new DataLoadError(file, `the gzip data (${bytes.length} bytes) is truncated or corrupt`);
  }
}

function parseAll(bytes: readonly Uint8Array[]): LoadedMnist {
  const [trainImages, trainLabels, testImages, testLabels] = bytes;
  const [a, b, c, d] = MNIST_FILES;
  try {
    return {
      train: parseMnistSplit(trainImages, a, trainLabels, b),
      test: parseMnistSplit(testImages, c, testLabels, d),
    };
  } catch (e) {
    if (e instanceof IdxError && (MNIST_FILES as readonly string[]).includes(e.file)) {
      throw new DataLoadError(e.file as MnistFileName, e.message.slice(e.file.length + 2));
    }
    throw e;
  }
}

/** All four files, parsed, cross-checked (counts, 28×28, labels 0–9) and verified against the manifest. */
export async function loadMnist(options: LoadOptions): Promise<LoadedMnist> {
  const began = performance.now();
  const manifest = await fetchManifest(options);
  measurePhase('manifest', began);
  // The files one after another (the browser decompresses them on one thread anyway), each file's digest started
  // as soon as it has arrived: it runs off the worker's thread while the next ones download.
  const bytes: Uint8Array<ArrayBuffer>[] = [];
  const digests: Promise<string | null>[] = [];
  for (const [i, file] of MNIST_FILES.entries()) {
    const got = await fetchMnistFile(file, i, options);
    bytes.push(got);
    const verifying = performance.now();
    const digest = checkDigest(got, manifest[file]).finally(() => measurePhase(`verify ${file}`, verifying));
    digest.catch(() => undefined); // awaited below, unless the load fails first
    digests.push(digest);
  }
  // The parser first, for its precise words on a truncated or swapped file; the digest catches the rest.
  const parsing = performance.now();
  const data = parseAll(bytes);
  measurePhase('parse', parsing);
  for (const [i, file] of MNIST_FILES.entries()) {
    const problem = await digests[i];
    if (problem) throw new DataLoadError(file, problem);
  }
  measurePhase('load', began);
  // The caller's synchronous continuation (service.ts packs the data into the wasm store) runs before the next
  // task: this one's time marks the end of packing.
  const loaded = performance.now();
  setTimeout(() => measurePhase('pack', loaded), 0);
  return data;
}
