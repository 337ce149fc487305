// The digests fixed at build time: tools/prepareMnist.mjs writes manifest.json beside the four .gz files with
// each file's size and SHA-256 of its IDX bytes (after decompression), and the loader checks every file against
// it, whether the browser or the loader did the decompressing.
import type { MnistFileName } from '../protocol.ts';

export const MANIFEST_FILE = 'manifest.json';

export interface MnistFileDigest {
  readonly bytes: number;
  /** Lower-case hex. */
  readonly sha256: string;
}

export type MnistManifest = Readonly<Record<MnistFileName, MnistFileDigest>>;

const hex64 = /^[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads manifest.json's text; throws an Error saying what is wrong with it. */
export function parseManifest(text: string, files: readonly MnistFileName[]): MnistManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('is not JSON');
  }
  const listed = isRecord(json) ? json.files : undefined;
  if (!isRecord(listed)) throw new Error('has no "files" object');
  const entries = files.map((file): [MnistFileName, MnistFileDigest] => {
    const entry = listed[file];
    if (!isRecord(entry)) throw new Error(`does not list ${file}`);
    const { bytes, sha256 } = entry;
    if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes <= 0) throw new Error(`gives ${file} no valid size`);
    if (typeof sha256 !== 'string' || !hex64.test(sha256)) throw new Error(`gives ${file} no valid SHA-256`);
    return [file, { bytes, sha256 }];
  });
  return Object.fromEntries(entries) as Record<MnistFileName, MnistFileDigest>;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What is wrong with a file's bytes by the manifest, or null when they are the ones the build saw. */
export async function checkDigest(bytes: Uint8Array<ArrayBuffer>, expected: MnistFileDigest): Promise<string | null> {
  if (bytes.length !== expected.bytes) return `is ${bytes.length} bytes where the build's copy has ${expected.bytes}`;
  const actual = await sha256Hex(bytes);
  if (actual !== expected.sha256) {
    return `is damaged: its SHA-256 ${actual.slice(0, 12)}… differs from the build's ${expected.sha256.slice(0, 12)}…`;
  }
  return null;
}
