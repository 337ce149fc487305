// The fast TwoLayerNet: float32 parameters and a sparse copy of the data set inside one WebAssembly instance,
// driven through the SIMD kernels in assembly/. Parameters go in and out as float64 TwoLayerNetParams.
// The packed copy is exact (pixel index and byte of every nonzero pixel), so it can stand in for the loaded
// files: gatherImages / gatherLabels / images read batches and digits back out of it, and a caller (the
// worker) need keep no other copy of the data set.
import type { MnistSplit } from '../data/idx.ts';
import type { MnistData, MnistStore, SplitName } from '../data/mnistData.ts';
import { checkParams, type TwoLayerNetParams } from '../net/twoLayerNetParams.ts';
import { instantiateKernels, type KernelExports } from './wasmKernels.ts';


interface SplitRegion {
  readonly id: number;
  readonly count: number;
  /** Byte offsets in wasm memory: starts (i32 × count + 1), entries (u16: gap to the previous pixel | value << 8), labels (u8). */
  readonly starts: number;
  readonly ent: number;
  readonly labels: number;
}

/** Fresh views of one split's packed arrays (memory.grow detaches old ones: never keep these). */
interface SplitViews {
  readonly starts: Int32Array;
  readonly ent: Uint16Array;
  readonly labels: Uint8Array;
}

const PAGE = 65536;
const EVAL_CHUNK = 128; // images per classify pass
const PACK_CHUNK = 1024; // images staged per packing call
const align = (n: number) => Math.ceil(n / 16) * 16;

export class WasmNet implements MnistStore {
  private readonly k: KernelExports;
  private readonly splits: Partial<Record<SplitName, SplitRegion>> = {};
  private readonly dynamicStart: number;
  private readonly lut: number;
  readonly inputSize: number;
  private hidden = 0;
  private outputs = 0;
  private hp = 0;
  private maxBatch = 0;
  private at = { w1: 0, b1: 0, w2t: 0, b2: 0, ids: 0, out: 0 };
  private readonly outBytes = 4096; // OUT_BYTES in layout.as
  private idsView: Int32Array | undefined;

  /** Packs the data set (nonzero pixels only) into the instance's memory once; `kernels`: a fresh instance. */
  constructor(data: MnistData, kernels: KernelExports = instantiateKernels()) {
    this.k = kernels;
    this.inputSize = data.train.pixels;
    if (this.inputSize > 65535) throw new RangeError(`WasmNet: images of ${this.inputSize} pixels, at most 65535`);
    this.lut = align(this.k.heapBase());
    let end = this.lut + 1024 + 512 + 64; // pixel table, maths constants, split table
    // Packing needs a layout for the pixel size only; configure() lays out the rest.
    this.ensureMemory(end + this.k.layoutBytes(this.inputSize, 1, 1, 1));
    this.k.setLayout(this.inputSize, 1, 1, 1, this.lut, end);
    const place: [SplitName, MnistSplit | undefined][] = [['train', data.train], ['test', data.test]];
    for (const [id, [name, split]] of place.entries()) {
      if (!split) continue;
      if (split.pixels !== this.inputSize) throw new RangeError(`WasmNet: ${name} images have ${split.pixels} pixels, train has ${this.inputSize}`);
      const d = this.inputSize;
      // Nonzero pixels are counted first (images staged through memory in chunks) to place the array: an
      // entry each, plus fillers for gaps over 255 pixels (at most ⌊(d − 1)/255⌋ an image).
      const starts = end;
      const labels = align(starts + (split.count + 1) * 4);
      const ent = align(labels + split.count);
      const chunk = (first: number, at: number) => {
        const count = Math.min(PACK_CHUNK, split.count - first);
        new Uint8Array(this.k.memory.buffer, at, count * d).set(split.images.subarray(first * d, (first + count) * d));
        return count;
      };
      this.ensureMemory(ent + PACK_CHUNK * d + 64);
      let total = split.count * Math.floor((d - 1) / 255);
      for (let first = 0; first < split.count; first += PACK_CHUNK) total += this.k.countNonzero(ent, chunk(first, ent) * d);
      const stage = align(ent + total * 2 + 16); // + 16: expand reads whole groups of 8 past a run's end
      this.ensureMemory(stage + PACK_CHUNK * d + 64); // + 64: packing reads 64 bytes at a time
      new Uint8Array(this.k.memory.buffer, labels, split.count).set(split.labels.subarray(0, split.count));
      let n = 0;
      for (let first = 0; first < split.count; first += PACK_CHUNK) {
        n = this.k.packImages(stage, chunk(first, stage), starts, first, ent, n);
      }
      new Int32Array(this.k.memory.buffer, starts, split.count + 1)[split.count] = n;
      new Uint8Array(this.k.memory.buffer, ent + n * 2, stage - (ent + n * 2)).fill(0); // padding after the array
      this.k.setSplit(id, starts, ent, labels, split.count);
      this.splits[name] = { id, count: split.count, starts, ent, labels };
      end = stage;
    }
    this.dynamicStart = end;
  }

  private ensureMemory(bytes: number): void {
    const have = this.k.memory.buffer.byteLength;
    if (bytes > have) this.k.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  /** Lays out parameters and scratch for this network shape and largest batch; parameters become zero. */
  configure(hiddenSize: number, outputSize: number, maxBatch: number): void {
    for (const [name, v] of [['hiddenSize', hiddenSize], ['outputSize', outputSize], ['maxBatch', maxBatch]] as const) {
      if (!Number.isInteger(v) || v < 1 || v > 65536) throw new RangeError(`WasmNet.configure: ${name} must be an integer in [1, 65536], got ${v}`);
    }
    const d = this.inputSize;
    const rows = Math.max(maxBatch, EVAL_CHUNK);
    const bytes = this.k.layoutBytes(d, hiddenSize, outputSize, rows);
    this.ensureMemory(this.dynamicStart + bytes);
    new Uint8Array(this.k.memory.buffer, this.dynamicStart, bytes).fill(0);
    this.k.setLayout(d, hiddenSize, outputSize, rows, this.lut, this.dynamicStart);
    const hp = Math.ceil(hiddenSize / 4) * 4;
    const k = this.k;
    this.at = { w1: k.w1Ptr(), b1: k.b1Ptr(), w2t: k.w2tPtr(), b2: k.b2Ptr(), ids: k.idsPtr(), out: k.outPtr() };
    this.idsView = undefined;
    this.hidden = hiddenSize;
    this.outputs = outputSize;
    this.hp = hp;
    this.maxBatch = maxBatch;
  }

  private f32(at: number, length: number): Float32Array {
    return new Float32Array(this.k.memory.buffer, at, length);
  }

  /** Loads float64 parameters (rounded to float32); the shape must match `configure`. */
  setParams(p: TwoLayerNetParams): void {
    checkParams('WasmNet.setParams', p);
    if (p.inputSize !== this.inputSize || p.hiddenSize !== this.hidden || p.outputSize !== this.outputs) {
      throw new RangeError(`WasmNet.setParams: params are ${p.inputSize}-${p.hiddenSize}-${p.outputSize}, the net is configured as ${this.inputSize}-${this.hidden}-${this.outputs}`);
    }
    const { hp, hidden: h, outputs: o } = this;
    const w1 = this.f32(this.at.w1, this.inputSize * hp);
    for (let k = 0; k < this.inputSize; k++) for (let j = 0; j < h; j++) w1[k * hp + j] = p.W1[k * h + j];
    this.f32(this.at.b1, h).set(p.b1);
    const w2t = this.f32(this.at.w2t, o * hp);
    for (let j = 0; j < h; j++) for (let c = 0; c < o; c++) w2t[c * hp + j] = p.W2[j * o + c];
    this.f32(this.at.b2, o).set(p.b2);
  }

  /** The current parameters as float64 copies (exact values of the float32 weights). */
  getParams(): TwoLayerNetParams {
    const { hp, hidden: h, outputs: o, inputSize: d } = this;
    const W1 = new Float64Array(d * h), W2 = new Float64Array(h * o);
    const w1 = this.f32(this.at.w1, d * hp), w2t = this.f32(this.at.w2t, o * hp);
    for (let k = 0; k < d; k++) for (let j = 0; j < h; j++) W1[k * h + j] = w1[k * hp + j];
    for (let j = 0; j < h; j++) for (let c = 0; c < o; c++) W2[j * o + c] = w2t[c * hp + j];
    const b1 = Float64Array.from(this.f32(this.at.b1, h)), b2 = Float64Array.from(this.f32(this.at.b2, o));
    return { inputSize: d, hiddenSize: h, outputSize: o, W1, b1, W2, b2 };
  }

  private loaded(fn: string, name: SplitName): SplitRegion {
    const r = this.splits[name];
    if (!r) throw new RangeError(`WasmNet.${fn}: no ${name} split was loaded`);
    return r;
  }

  private region(fn: string, name: SplitName): SplitRegion {
    const r = this.loaded(fn, name);
    if (this.hp === 0) throw new Error(`WasmNet.${fn}: call configure() first`);
    return r;
  }

  private putIds(fn: string, ids: Int32Array): void {
    const r = this.region(fn, 'train');
    if (ids.length < 1 || ids.length > this.maxBatch) throw new RangeError(`WasmNet.${fn}: batch of ${ids.length}, expected 1…${this.maxBatch}`);
    for (let i = 0; i < ids.length; i++) {
      if (!(ids[i] >= 0 && ids[i] < r.count)) throw new RangeError(`WasmNet.${fn}: ids[${i}] is ${ids[i]}, expected [0, ${r.count})`);
    }
    if (this.idsView?.buffer !== this.k.memory.buffer) this.idsView = new Int32Array(this.k.memory.buffer, this.at.ids, this.maxBatch);
    this.idsView.set(ids);
  }

  /** One SGD step on train images `ids`; returns the loss after the update, on the same batch. */
  trainStep(ids: Int32Array, learningRate: number): number {
    this.putIds('trainStep', ids);
    return this.k.trainStep(ids.length, learningRate);
  }

  /** Mean cross-entropy over train images `ids`, without training. */
  batchLoss(ids: Int32Array): number {
    this.putIds('batchLoss', ids);
    return this.k.batchLoss(ids.length);
  }

  private checkRange(fn: string, r: SplitRegion, name: SplitName, start: number, end: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > r.count || start > end) {
      throw new RangeError(`WasmNet.${fn}: range [${start}, ${end}) is outside [0, ${r.count}] of ${name}`);
    }
  }

  private range(fn: string, name: SplitName, start: number, end: number): SplitRegion {
    const r = this.region(fn, name);
    this.checkRange(fn, r, name, start, end);
    return r;
  }

  /** Correctly classified images of `name` in [start, end). */
  evaluate(name: SplitName, start: number, end: number): number {
    const r = this.range('evaluate', name, start, end);
    return this.k.classify(r.id, start, end, EVAL_CHUNK, false);
  }

  /** Predicted classes of images [start, end) of `name`. */
  predict(name: SplitName, start: number, end: number): Uint8Array {
    const r = this.range('predict', name, start, end);
    const out = new Uint8Array(end - start);
    for (let s = start; s < end; s += this.outBytes) {
      const e = Math.min(end, s + this.outBytes);
      this.k.classify(r.id, s, e, EVAL_CHUNK, true);
      out.set(new Uint8Array(this.k.memory.buffer, this.at.out, e - s), s - start);
    }
    return out;
  }

  /** Images in split `name` (0 when it was not loaded). */
  count(name: SplitName): number {
    return this.splits[name]?.count ?? 0;
  }

  private views(r: SplitRegion): SplitViews {
    const buffer = this.k.memory.buffer;
    const starts = new Int32Array(buffer, r.starts, r.count + 1);
    const n = starts[r.count];
    return { starts, ent: new Uint16Array(buffer, r.ent, n), labels: new Uint8Array(buffer, r.labels, r.count) };
  }

  /** Calls put(pixel, value) for the nonzero pixels of image i (and 0-valued fillers). */
  private static unpack(v: SplitViews, i: number, put: (pixel: number, value: number) => void): void {
    let pixel = 0;
    for (let e = v.starts[i], end = v.starts[i + 1]; e < end; e++) {
      pixel += v.ent[e] & 255;
      put(pixel, v.ent[e] >> 8);
    }
  }

  private checkIndices(fn: string, r: SplitRegion, name: SplitName, indices: ArrayLike<number>): void {
    for (let i = 0; i < indices.length; i++) {
      const k = indices[i];
      if (!Number.isInteger(k) || k < 0 || k >= r.count) throw new RangeError(`WasmNet.${fn}: indices[${i}] is ${k}, expected an integer in [0, ${r.count}) of ${name}`);
    }
  }

  /**
   * Images `indices` of `name` as row-major float64 rows, each byte divided by 255: the same numbers as
   * gatherImages() on the loaded bytes, read from the packed copy. Needs no configure().
   */
  gatherImages(name: SplitName, indices: ArrayLike<number>, out = new Float64Array(indices.length * this.inputSize)): Float64Array {
    const r = this.loaded('gatherImages', name);
    this.checkIndices('gatherImages', r, name, indices);
    const d = this.inputSize;
    if (out.length < indices.length * d) throw new RangeError(`WasmNet.gatherImages: out has length ${out.length}, expected at least ${indices.length}·${d}`);
    const v = this.views(r);
    out.fill(0, 0, indices.length * d);
    for (let i = 0; i < indices.length; i++) {
      const row = i * d;
      WasmNet.unpack(v, indices[i], (pixel, value) => (out[row + pixel] = value / 255));
    }
    return out;
  }

  /** Labels of images `indices` of `name`. */
  gatherLabels(name: SplitName, indices: ArrayLike<number>, out = new Uint8Array(indices.length)): Uint8Array {
    const r = this.loaded('gatherLabels', name);
    this.checkIndices('gatherLabels', r, name, indices);
    const { labels } = this.views(r);
    for (let i = 0; i < indices.length; i++) out[i] = labels[indices[i]];
    return out;
  }

  /** Images [start, end) of `name` as bytes, inputSize each, one after another (a copy: e.g. digits to draw). */
  images(name: SplitName, start: number, end: number): Uint8Array {
    const r = this.loaded('images', name);
    this.checkRange('images', r, name, start, end);
    const d = this.inputSize, out = new Uint8Array((end - start) * d);
    const v = this.views(r);
    for (let i = start; i < end; i++) {
      const row = (i - start) * d;
      WasmNet.unpack(v, i, (pixel, value) => (out[row + pixel] = value));
    }
    return out;
  }

  /** Labels of images [start, end) of `name` (a copy). */
  labels(name: SplitName, start: number, end: number): Uint8Array {
    const r = this.loaded('labels', name);
    this.checkRange('labels', r, name, start, end);
    return this.views(r).labels.slice(start, end);
  }

  /** e^x through the kernels' vector exp (for accuracy tests). */
  expLane(x: number): number {
    return this.k.expLane(x);
  }

  /** Bytes of WebAssembly memory in use. */
  get memoryBytes(): number {
    return this.k.memory.buffer.byteLength;
  }
}
