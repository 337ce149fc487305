// Where everything lives in memory. At `lut`: the pixel table (1 KB), maths constants (512 B), the split
// table (64 B). setLayout carves one region into parameters and scratch for a network
// shape and a largest batch; the JS side (wasmNet.ts) reads the addresses back through the getters.
// Hidden vectors are padded to 4·NV floats (padded lanes stay 0); W2 is stored transposed (O × 4·NV) so
// every loop runs along the hidden dimension.
import { writeMathConstants } from './simdMath';

export let D: i32 = 0; // input size (784)
export let H: i32 = 0; // hidden size
export let NV: i32 = 0; // hidden vectors of 4 floats
export let ROWB: i32 = 0; // bytes per hidden row, 16·NV
export let O: i32 = 0; // output size (10)
export let OV: i32 = 0; // output vectors of 4 floats; rows of scores are 4·OV wide (padding 0)
export let W1: usize = 0; // D × 4NV f32
export let B1: usize = 0; // 4NV f32
export let W2T: usize = 0; // 4OV × 4NV f32 (rows past O stay 0)
export let B2: usize = 0; // 4OV f32
export let LUT: usize = 0; // 256 f32: f32(p / 255)
export let MATH: usize = 0; // vector maths constants (512 bytes)
export let SPLITS: usize = 0; // 2 × 32 bytes: starts, pixels, values, labels, count of the train and test split
// Sparse lists, one per sample: entries of (W1 row byte offset i32, pixel value f32), its nonzero pixels.
export let ENTRIES: usize = 0; // per-sample entries: (pixel · ROWB, pixel / 255)
export let LIST_START: usize = 0; // i32 per sample + 1
export let LIST_ROW: usize = 0; // i32 per sample: s · ROWB (where its output row goes)
export let Z1: usize = 0; // rows × 4NV f32 hidden outputs
export let A2: usize = 0; // rows × 4OV f32 scores, then softmax
export let DY: usize = 0; // rows × 4OV f32: (y − t) / batch
export let DA1: usize = 0; // rows × 4NV f32: gradient at the hidden pre-activations, then × −lr
export let IDS: usize = 0; // i32 per sample: the batch's image indices
export let OUT: usize = 0; // OUT_BYTES of predicted classes
export const OUT_BYTES: i32 = 4096;

let cursor: usize = 0;
function take(bytes: usize): usize {
  const at = cursor;
  cursor += (bytes + 15) & ~15;
  return at;
}

/** Lays out parameters and scratch from `start` (memory there must be zero) for an input of d, h hidden, o outputs, up to `rows` samples. */
export function setLayout(d: i32, h: i32, o: i32, rows: i32, lut: usize, start: usize): usize {
  D = d; H = h; NV = (h + 3) >> 2; ROWB = NV << 4; O = o; OV = (o + 3) >> 2;
  LUT = lut;
  MATH = lut + 1024;
  SPLITS = lut + 1536;
  // Written once per memory: a pool thread laying out its own region over shared memory finds them in place
  // (the last pixel value is 1 and the table's last constant −34) and only reads them.
  if (load<f32>(LUT + 1020) != 1.0 || load<f32>(MATH + 272) != -34.0) {
    for (let p = 0; p < 256; p++) store<f32>(LUT + (<usize>p << 2), <f32>(<f64>p / 255.0));
    writeMathConstants(MATH);
  }
  cursor = (start + 15) & ~15;
  const rb = <usize>ROWB, n = <usize>rows * <usize>d, r = <usize>rows, op = <usize>OV << 2;
  W1 = take(<usize>d * rb); B1 = take(rb); W2T = take(op * rb); B2 = take(op << 2);
  ENTRIES = take(n * 8 + 64); LIST_START = take((r + 1) << 2); LIST_ROW = take(r << 2);
  Z1 = take(r * rb); A2 = take(r * op * 4); DY = take(r * op * 4); DA1 = take(r * rb);
  IDS = take(r << 2); OUT = take(<usize>OUT_BYTES);
  for (let s: usize = 0; s < r; s++) store<i32>(LIST_ROW + (s << 2), <i32>(s * rb));
  return cursor;
}

/** Bytes setLayout will use (before 16-byte alignment of start); grow memory to start + this first. */
export function layoutBytes(d: i32, h: i32, o: i32, rows: i32): usize {
  const nv = (h + 3) >> 2, rb = <usize>(nv << 4), n = <usize>rows * <usize>d, r = <usize>rows, op = <usize>((o + 3) >> 2) << 2;
  return 16 + <usize>d * rb + rb + op * rb + (op << 2) + n * 8 + 64 + ((r + 1) << 2) + (r << 2) +
    r * rb + r * op * 4 + r * op * 4 + r * rb + (r << 2) + <usize>OUT_BYTES + 16 * 16;
}

export function w1Ptr(): usize { return W1; }
export function b1Ptr(): usize { return B1; }
export function w2tPtr(): usize { return W2T; }
export function b2Ptr(): usize { return B2; }
export function idsPtr(): usize { return IDS; }
export function outPtr(): usize { return OUT; }
/** End of the parameters: W1, b1, W2ᵀ and b2 lie in one block from w1Ptr() (a snapshot copies it whole). */
export function paramsEnd(): usize { return B2 + (<usize>OV << 4); }
