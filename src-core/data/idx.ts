// IDX files (the MNIST container): a big-endian magic number, big-endian dimensions, then raw unsigned bytes.
// Every check names the file and what was wrong, so a broken download is reported, not trained on.

export const IDX_IMAGES_MAGIC = 0x00000803; // unsigned byte, 3 dimensions
export const IDX_LABELS_MAGIC = 0x00000801; // unsigned byte, 1 dimension
export const MNIST_ROWS = 28;
export const MNIST_COLS = 28;
export const MNIST_PIXELS = MNIST_ROWS * MNIST_COLS;

export interface IdxImages {
  readonly count: number;
  readonly rows: number;
  readonly cols: number;
  /** count·rows·cols bytes, row-major, one image after another (a view on the input when possible). */
  readonly pixels: Uint8Array;
}

export interface IdxLabels {
  readonly count: number;
  readonly labels: Uint8Array;
}

/** One split of the data set (train or test): images as bytes, labels 0–9. */
export interface MnistSplit {
  readonly count: number;
  /** Pixels per image (784). */
  readonly pixels: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

export class IdxError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'IdxError';
    this.file = file;
  }
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}

function readHeader(bytes: Uint8Array, file: string, magic: number, dims: number, what: string): number[] {
  if (!(bytes instanceof Uint8Array)) throw new IdxError(file, `expected the file's bytes as a Uint8Array, got ${typeof bytes}`);
  const headerBytes = 4 + 4 * dims;
  const truncated = () => new IdxError(file, `truncated header: ${bytes.length} bytes, an IDX ${what} header needs ${headerBytes}`);
  if (bytes.length < 4) throw truncated();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const got = view.getUint32(0, false);
  if (got !== magic) {
    const hint = bytes[0] === 0x1f && bytes[1] === 0x8b ? ' (the file is still gzip-compressed)' : '';
    throw new IdxError(file, `wrong magic number ${hex(got)}, expected ${hex(magic)} for IDX ${what}${hint}`);
  }
  if (bytes.length < headerBytes) throw truncated();
  const out: number[] = [];
  for (let d = 0; d < dims; d++) out.push(view.getUint32(4 + 4 * d, false));
  return out;
}

function checkLength(bytes: Uint8Array, file: string, headerBytes: number, expectedBody: number, what: string): void {
  const body = bytes.length - headerBytes;
  if (body < expectedBody) {
    throw new IdxError(file, `truncated: ${body} data bytes after the header, expected ${expectedBody} for ${what}`);
  }
  if (body > expectedBody) {
    throw new IdxError(file, `${body - expectedBody} unexpected bytes after the ${expectedBody} data bytes of ${what}`);
  }
}

/** Parses an IDX image file (magic 0x00000803) of 28×28 images. */
export function parseIdxImages(bytes: Uint8Array, file: string): IdxImages {
  const [count, rows, cols] = readHeader(bytes, file, IDX_IMAGES_MAGIC, 3, 'images');
  if (rows !== MNIST_ROWS || cols !== MNIST_COLS) {
    throw new IdxError(file, `wrong image size ${rows}×${cols}, expected ${MNIST_ROWS}×${MNIST_COLS}`);
  }
  if (count === 0) throw new IdxError(file, 'holds no images (count 0)');
  checkLength(bytes, file, 16, count * rows * cols, `${count} images of ${rows}×${cols}`);
  return { count, rows, cols, pixels: bytes.subarray(16) };
}

/** Parses an IDX label file (magic 0x00000801) with labels 0–9. */
export function parseIdxLabels(bytes: Uint8Array, file: string): IdxLabels {
  const [count] = readHeader(bytes, file, IDX_LABELS_MAGIC, 1, 'labels');
  if (count === 0) throw new IdxError(file, 'holds no labels (count 0)');
  checkLength(bytes, file, 8, count, `${count} labels`);
  const labels = bytes.subarray(8);
  for (let i = 0; i < count; i++) {
    if (labels[i] > 9) throw new IdxError(file, `label ${i} is ${labels[i]}, expected a digit 0–9`);
  }
  return { count, labels };
}

/** Parses a matching pair of image and label files into one split; their counts must agree. */
export function parseMnistSplit(
  imageBytes: Uint8Array,
  imageFile: string,
  labelBytes: Uint8Array,
  labelFile: string,
): MnistSplit {
  const images = parseIdxImages(imageBytes, imageFile);
  const labels = parseIdxLabels(labelBytes, labelFile);
  if (images.count !== labels.count) {
    throw new IdxError(imageFile, `holds ${images.count} images but ${labelFile} holds ${labels.count} labels`);
  }
  return { count: images.count, pixels: images.rows * images.cols, images: images.pixels, labels: labels.labels };
}
