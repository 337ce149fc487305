// Where everything lives in memory. The JS side (wasmNet.ts) lays it out and calls setLayout once per shape.
// Hidden vectors are padded to HP = 4·NV floats (padded lanes stay 0); W2 is stored transposed (O × HP) so
// every loop runs along the hidden dimension. A sample's input is a list of its nonzero pixels only:
// (byte offset of the pixel's W1 row, pixel / 255).

import { writeMathConstants } from './simdMath';

export let D: i32 = 0; // input size (784)
export let H: i32 = 0; // hidden size
export let NV: i32 = 0; // hidden vectors of 4 floats
export let O: i32 = 0; // output size (10)
export let W1: usize = 0; // D × HP f32
export let B1: usize = 0; // HP f32
export let W2T: usize = 0; // O × HP f32
export let B2: usize = 0; // O f32
export let LUT: usize = 0; // 256 f32: f32(p / 255), then the vector maths constants
export let MATH: usize = 0;
export let NNZ_OFF: usize = 0; // i32 byte offsets of W1 rows, one per nonzero pixel
export let NNZ_VAL: usize = 0; // f32 pixel values
export let NNZ_START: usize = 0; // i32 per sample + 1: where each sample's list starts
export let Z1: usize = 0; // batch × HP f32 hidden outputs
export let A2: usize = 0; // batch × O f64 scores, then softmax
export let DY: usize = 0; // batch × O f32: (y − t) / batch
export let DA1: usize = 0; // batch × HP f32: gradient at the hidden pre-activations

export function setLayout(d: i32, h: i32, nv: i32, o: i32, w1: usize, b1: usize, w2t: usize, b2: usize,
  lut: usize, nnzOff: usize, nnzVal: usize, nnzStart: usize, z1: usize, a2: usize, dy: usize, da1: usize): void {
  D = d; H = h; NV = nv; O = o; W1 = w1; B1 = b1; W2T = w2t; B2 = b2;
  LUT = lut; NNZ_OFF = nnzOff; NNZ_VAL = nnzVal; NNZ_START = nnzStart; Z1 = z1; A2 = a2; DY = dy; DA1 = da1;
  for (let p = 0; p < 256; p++) store<f32>(LUT + (<usize>p << 2), <f32>(<f64>p / 255.0));
  MATH = LUT + 1024;
  writeMathConstants(MATH);
}
