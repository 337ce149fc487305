// The fast TwoLayerNet: float32 parameters in the same WebAssembly instance as the packed data set
// (packedMnist.ts), driven through the SIMD kernels in assembly/. Parameters go in and out as float64.
import type { SplitName } from '../data/mnistData.ts';
import { checkParams, type TwoLayerNetParams } from '../net/twoLayerNetParams.ts';
import type { MemoryBlock, PackedMnist, SplitRegion } from './packedMnist.ts';
import type { KernelExports } from './wasmKernels.ts';
import { ParallelStep, SplitChooser, STEP_CONTROL_BYTES, type LayoutArgs } from './parallelStep.ts';

const EVAL_CHUNK = 128; // images per classify pass

/** The phases of one training step, in kernels.as's profilePhase order (a step runs 0–6, then 1, 2, 7 for its loss). */
export const PROFILE_PHASES = [
  'expand', 'layer-1 forward', 'layer-2 forward', 'softmax + dy', 'layer-2 backward', 'W2, b2 update', 'W1, b1 backward + update', 'softmax + loss',
] as const;

export class WasmNet {
  private readonly k: KernelExports;
  readonly data: PackedMnist;
  readonly inputSize: number;
  private hidden = 0;
  private outputs = 0;
  private hp = 0;
  private maxBatch = 0;
  private at = { w1: 0, b1: 0, w2t: 0, b2: 0, ids: 0, out: 0 };
  private readonly outBytes = 4096; // OUT_BYTES in layout.as
  private idsView: Int32Array | undefined;
  private layoutArgs: LayoutArgs | null = null;
  /** Set when a helper thread may share the training step (shared memory). */
  private parallel: ParallelStep | null = null;
  private readonly chooser = new SplitChooser();
  private splitSteps = 0;

  /** A network over the packed data set, in its instance, in the data set's region named `owner`. */
  constructor(data: PackedMnist, private readonly owner = 'net') {
    this.data = data;
    this.k = data.k;
    this.inputSize = data.inputSize;
  }

  /** Lays out parameters and scratch for this network shape and largest batch; parameters become zero. */
  configure(hiddenSize: number, outputSize: number, maxBatch: number): void {
    for (const [name, v] of [['hiddenSize', hiddenSize], ['outputSize', outputSize], ['maxBatch', maxBatch]] as const) {
      if (!Number.isInteger(v) || v < 1 || v > 65536) throw new RangeError(`WasmNet.configure: ${name} must be an integer in [1, 65536], got ${v}`);
    }
    const d = this.inputSize;
    const rows = Math.max(maxBatch, EVAL_CHUNK);
    const bytes = this.k.layoutBytes(d, hiddenSize, outputSize, rows);
    const at = this.data.region(this.owner, bytes);
    new Uint8Array(this.k.memory.buffer, at, bytes).fill(0);
    this.k.setLayout(d, hiddenSize, outputSize, rows, this.data.lut, at);
    this.layoutArgs = [d, hiddenSize, outputSize, rows, this.data.lut, at];
    this.parallel?.setLayout(this.layoutArgs);
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

  /** Where the parameters lie, as one block of bytes [at, at + bytes) in the instance's memory. */
  get paramsBlock(): MemoryBlock {
    return { at: this.at.w1, bytes: this.k.paramsEnd() - this.at.w1 };
  }

  /** Bytes configure() lays out for this shape with room for `maxBatch` samples (a pool thread's region). */
  layoutBytes(hiddenSize: number, outputSize: number, maxBatch: number): number {
    return this.k.layoutBytes(this.inputSize, hiddenSize, outputSize, Math.max(maxBatch, EVAL_CHUNK));
  }

  /** Copies the parameters into the data set's region `snapshot:<name>` (same memory); returns where. */
  snapshotParams(name: string): MemoryBlock {
    const own = this.paramsBlock;
    const at = this.data.region(`snapshot:${name}`, own.bytes);
    new Uint8Array(this.k.memory.buffer).copyWithin(at, own.at, own.at + own.bytes);
    return { at, bytes: own.bytes };
  }

  /**
   * Copies a block another network of the same shape wrote (paramsBlock, maybe copied elsewhere) into this
   * one's parameters, in the same memory: a pool thread takes a snapshot this way, bit for bit.
   */
  copyParamsFrom(at: number, bytes: number): void {
    const own = this.paramsBlock;
    if (bytes !== own.bytes) throw new RangeError(`WasmNet.copyParamsFrom: a block of ${bytes} bytes, this network's is ${own.bytes}`);
    new Uint8Array(this.k.memory.buffer).copyWithin(own.at, at, at + bytes);
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

  private region(fn: string, name: SplitName): SplitRegion {
    const r = this.data.loaded(fn, name);
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

  /**
   * One SGD step on train images `ids`; returns the loss after the update, on the same batch. Split with the
   * step helper while one serves (the same bits either way).
   */
  trainStep(ids: Int32Array, learningRate: number): number {
    this.putIds('trainStep', ids);
    if (!this.parallel?.ready) return this.k.trainStep(ids.length, learningRate);
    const split = this.chooser.next(), t0 = performance.now();
    const loss = split ? this.parallel.trainStep(ids.length, learningRate) : this.k.trainStep(ids.length, learningRate);
    this.chooser.record(performance.now() - t0);
    if (split) this.splitSteps++;
    return loss;
  }

  /**
   * Lets a helper thread share each training step (the memory must be shared): returns where the control block
   * lies, for runStepHelper on the helper's own instance of the same build. Until it serves, steps run here alone.
   */
  enableParallelStep(): number {
    const fresh = !this.parallel;
    const at = this.data.region('stepControl', STEP_CONTROL_BYTES);
    if (fresh) new Int32Array(this.k.memory.buffer, at, STEP_CONTROL_BYTES / 4).fill(0);
    this.parallel ??= new ParallelStep(this.k, at, this.inputSize);
    if (this.layoutArgs) this.parallel.setLayout(this.layoutArgs);
    return at;
  }

  /** True while a helper thread serves; `splitting`: steps outside the chooser's probes are split now. */
  get parallelStep(): { readonly ready: boolean; readonly splitting: boolean; readonly splitSteps: number } {
    return { ready: this.parallel?.ready ?? false, splitting: this.chooser.splitting, splitSteps: this.splitSteps };
  }

  /** Tells the step helper to return to its thread's other work; steps run here alone again. */
  stopParallelStep(): void {
    this.parallel?.stop();
  }

  /** Mean cross-entropy over train images `ids`, without training. */
  batchLoss(ids: Int32Array): number {
    this.putIds('batchLoss', ids);
    return this.k.batchLoss(ids.length);
  }

  private range(fn: string, name: SplitName, start: number, end: number): SplitRegion {
    const r = this.region(fn, name);
    this.data.checkRange(fn, r, name, start, end);
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

  /**
   * Runs one phase of a training step `reps` times on the batch of the last trainStep (the bench times each;
   * PROFILE_PHASES names them). Update phases apply `learningRate` (0 keeps the weights).
   */
  profilePhase(phase: number, batchSize: number, learningRate: number, reps: number): void {
    if (!Number.isInteger(phase) || phase < 0 || phase >= PROFILE_PHASES.length) throw new RangeError(`WasmNet.profilePhase: phase must be 0…${PROFILE_PHASES.length - 1}`);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > this.maxBatch) throw new RangeError(`WasmNet.profilePhase: batch of ${batchSize}, expected 1…${this.maxBatch}`);
    this.k.profilePhase(phase, batchSize, learningRate, reps);
  }

  /** Vector (4-lane) multiply-adds of each profiled phase for the last expanded batch (NaN: not multiply-add work). */
  phaseMultiplyAdds(batchSize: number): number[] {
    const nv = this.hp / 4, ov = Math.ceil(this.outputs / 4), entries = this.k.expandedEntries(batchSize);
    const byName: Record<string, number> = {
      'layer-1 forward': entries * nv,
      'layer-2 forward': batchSize * ov * 4 * nv,
      'layer-2 backward': batchSize * this.outputs * nv,
      'W2, b2 update': this.outputs * batchSize * nv,
      'W1, b1 backward + update': entries * nv + batchSize * nv,
    };
    return PROFILE_PHASES.map((name) => byName[name] ?? NaN);
  }

  /** e^x through the kernels' vector exp (for accuracy tests). */
  expLane(x: number): number {
    return this.k.expLane(x);
  }

}
