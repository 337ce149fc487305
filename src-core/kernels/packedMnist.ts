// The MNIST data set packed into a WebAssembly instance's memory: for each image its nonzero pixels as 2-byte
// entries (gap to the previous nonzero pixel | value << 8), and its label. The copy is exact, so it stands in
// for the loaded files: gatherImages / gatherLabels / images read batches and digits back out of it, and a
// caller (the worker) need keep no other copy. The network (wasmNet.ts) trains on it in the same instance.
import type { MnistSplit } from '../data/idx.ts';
import type { MnistData, MnistStore, SplitName } from '../data/mnistData.ts';
import { instantiateKernels, type KernelExports } from './wasmKernels.ts';

export interface SplitRegion {
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

/** Bytes [at, at + bytes) of the instance's memory. */
export interface MemoryBlock {
  readonly at: number;
  readonly bytes: number;
}

/** What a pool thread needs to read a packed data set in a shared memory it instantiated the kernels over. */
export interface PackedLayout {
  readonly inputSize: number;
  readonly lut: number;
  readonly splits: Partial<Record<SplitName, SplitRegion>>;
  /** Regions the owner set aside for the reader (an attached store cannot place its own). */
  readonly regions?: Readonly<Record<string, MemoryBlock>>;
}

const PAGE = 65536;
const PACK_CHUNK = 1024; // images staged per packing call
export const align = (n: number) => Math.ceil(n / 16) * 16;

export class PackedMnist implements MnistStore {
  readonly k: KernelExports;
  private readonly splits: Partial<Record<SplitName, SplitRegion>> = {};
  /** Where the network's parameters and scratch may start. */
  readonly dynamicStart: number;
  /** The pixel table and maths constants the kernels read. */
  readonly lut: number;
  readonly inputSize: number;

  /** Regions of memory after the data set, by owner (a network, a snapshot, a pool thread's network). */
  private readonly regions = new Map<string, MemoryBlock>();
  private top: number;

  /**
   * Packs the data set (nonzero pixels only) into the instance's memory once; `kernels`: a fresh instance.
   * Given a PackedLayout instead, reads the data set another instance packed into the same shared memory.
   */
  constructor(data: MnistData | PackedLayout, kernels: KernelExports = instantiateKernels()) {
    this.k = kernels;
    if ('splits' in data) {
      this.inputSize = data.inputSize;
      this.lut = data.lut;
      Object.assign(this.splits, data.splits);
      for (const [owner, r] of Object.entries(data.regions ?? {})) this.regions.set(owner, r);
      this.dynamicStart = this.top = 0; // an attached store places nothing: see region()
      return;
    }
    this.inputSize = data.train.pixels;
    if (this.inputSize > 65535) throw new RangeError(`PackedMnist: images of ${this.inputSize} pixels, at most 65535`);
    this.lut = align(this.k.heapBase());
    let end = this.lut + 1024 + 512 + 64; // pixel table, maths constants, split table
    // Packing needs a layout for the pixel size only; configure() lays out the rest.
    this.ensureMemory(end + this.k.layoutBytes(this.inputSize, 1, 1, 1));
    this.k.setLayout(this.inputSize, 1, 1, 1, this.lut, end);
    const place: [SplitName, MnistSplit | undefined][] = [['train', data.train], ['test', data.test]];
    for (const [id, [name, split]] of place.entries()) {
      if (!split) continue;
      if (split.pixels !== this.inputSize) throw new RangeError(`PackedMnist: ${name} images have ${split.pixels} pixels, train has ${this.inputSize}`);
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
    this.dynamicStart = this.top = end;
  }

  /** How a pool thread finds this data set in the shared memory (see the constructor). */
  get layout(): PackedLayout {
    return { inputSize: this.inputSize, lut: this.lut, splits: { ...this.splits } };
  }

  /**
   * A region of at least `bytes` for `owner` (not cleared: its user does that): the same one while it is big
   * enough, so regions never overlap and a pool thread's never moves under it. An attached store has only
   * those it was given.
   */
  region(owner: string, bytes: number): number {
    const had = this.regions.get(owner);
    if (had && had.bytes >= bytes) return had.at;
    if (this.dynamicStart === 0) throw new Error(`PackedMnist.region: ${owner} needs ${bytes} bytes; an attached data set only has the regions its owner gave it`);
    // The newest region grows in place; any other moves to the end (its old room stays unused).
    const at = had && had.at + had.bytes === this.top ? had.at : align(this.top);
    this.ensureMemory(at + bytes);
    this.regions.set(owner, { at, bytes });
    this.top = Math.max(this.top, at + bytes);
    return at;
  }

  /** Grows the memory to at least `bytes`. */
  ensureMemory(bytes: number): void {
    const have = this.k.memory.buffer.byteLength;
    if (bytes > have) this.k.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  /** The split's place in memory, or a RangeError when it was not loaded. */
  loaded(fn: string, name: SplitName): SplitRegion {
    const r = this.splits[name];
    if (!r) throw new RangeError(`PackedMnist.${fn}: no ${name} split was loaded`);
    return r;
  }

  checkRange(fn: string, r: SplitRegion, name: SplitName, start: number, end: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > r.count || start > end) {
      throw new RangeError(`WasmNet.${fn}: range [${start}, ${end}) is outside [0, ${r.count}] of ${name}`);
    }
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
      if (!Number.isInteger(k) || k < 0 || k >= r.count) throw new RangeError(`PackedMnist.${fn}: indices[${i}] is ${k}, expected an integer in [0, ${r.count}) of ${name}`);
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
    if (out.length < indices.length * d) throw new RangeError(`PackedMnist.gatherImages: out has length ${out.length}, expected at least ${indices.length}·${d}`);
    const v = this.views(r);
    out.fill(0, 0, indices.length * d);
    for (let i = 0; i < indices.length; i++) {
      const row = i * d;
      PackedMnist.unpack(v, indices[i], (pixel, value) => (out[row + pixel] = value / 255));
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
      PackedMnist.unpack(v, i, (pixel, value) => (out[row + pixel] = value));
    }
    return out;
  }

  /** Labels of images [start, end) of `name` (a copy). */
  labels(name: SplitName, start: number, end: number): Uint8Array {
    const r = this.loaded('labels', name);
    this.checkRange('labels', r, name, start, end);
    return this.views(r).labels.slice(start, end);
  }

  /** Bytes of WebAssembly memory in use. */
  get memoryBytes(): number {
    return this.k.memory.buffer.byteLength;
  }
}
