// One .npy array (numpy's format 1.0–3.0): a magic string, a Python-dict header, then the raw C-order data.
// Only the little-endian float64/float32 the book's weights need; anything else is refused by name.

/** Why a file is refused: a fixed code the UI turns into words, and a detail for logs and the console. */
export type NpzProblem = 'tooLarge' | 'notZip' | 'notNpy' | 'missingKey' | 'shape' | 'dtype' | 'fortranOrder' | 'nonFinite';

export class NpzError extends Error {
  readonly problem: NpzProblem;
  constructor(problem: NpzProblem, message: string) {
    super(message);
    this.name = 'NpzError';
    this.problem = problem;
  }
}

export interface NpyArray {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const DTYPES: Record<string, 4 | 8> = { '<f8': 8, '<f4': 4 };

function headerField(header: string, key: string): string | null {
  const m = new RegExp(`['"]${key}['"]\\s*:\\s*(\\([^)]*\\)|'[^']*'|"[^"]*"|True|False)`).exec(header);
  return m ? m[1] : null;
}

/** Reads one array; the values come back as float64 whatever the file's float width. */
export function readNpy(bytes: Uint8Array, name: string): NpyArray {
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) throw new NpzError('notNpy', `${name} is not a .npy array (no \\x93NUMPY magic)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  if (major < 1 || major > 3) throw new NpzError('notNpy', `${name}: .npy format version ${major} is not known`);
  const lengthBytes = major === 1 ? 2 : 4;
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = 8 + lengthBytes + headerLength;
  if (start > bytes.length) throw new NpzError('notNpy', `${name}: the .npy header runs past the end of the array`);
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(8 + lengthBytes, start));
  const descr = headerField(header, 'descr'), fortran = headerField(header, 'fortran_order'), shapeText = headerField(header, 'shape');
  if (descr === null || fortran === null || shapeText === null || !shapeText.startsWith('(')) {
    throw new NpzError('notNpy', `${name}: the .npy header has no descr, fortran_order or shape`);
  }
  const dtype = descr.slice(1, -1);
  const width = DTYPES[dtype];
  if (width === undefined) throw new NpzError('dtype', `${name} has dtype ${dtype}; only float64 (<f8) and float32 (<f4) are read`);
  if (fortran === 'True') throw new NpzError('fortranOrder', `${name} is stored in Fortran order; save it in C order (np.ascontiguousarray)`);
  const shape = shapeText.slice(1, -1).split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  if (shape.some((n) => !Number.isInteger(n) || n < 0)) throw new NpzError('notNpy', `${name}: shape ${shapeText} is not a tuple of sizes`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (bytes.length - start !== count * width) {
    throw new NpzError('notNpy', `${name}: shape ${shapeText} needs ${count * width} data bytes, the array has ${bytes.length - start}`);
  }
  const data = new Float64Array(count);
  // DataView, not a typed-array view: the data need not be aligned inside the zip entry.
  if (width === 8) for (let i = 0; i < count; i++) data[i] = view.getFloat64(start + 8 * i, true);
  else for (let i = 0; i < count; i++) data[i] = view.getFloat32(start + 4 * i, true);
  return { shape, data };
}

/** Writes float64 little-endian, C order, format 1.0, header padded so the data start at a multiple of 64. */
export function writeNpy(shape: readonly number[], data: Float64Array): Uint8Array {
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': ${tuple}, }`;
  const pad = 64 - ((10 + header.length + 1) % 64);
  header += ' '.repeat(pad % 64) + '\n';
  const out = new Uint8Array(10 + header.length + 8 * data.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  const start = 10 + header.length;
  for (let i = 0; i < data.length; i++) view.setFloat64(start + 8 * i, data[i], true);
  return out;
}
