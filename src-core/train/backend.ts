// Where a training run computes: the data set and the network that trains on it, chosen once per data set.
// 'wasm': float32 SIMD kernels over a packed copy of the data (the fast one); 'js': float64, the book's maths.
import { plainMnistStore, type MnistData, type MnistStore, type SplitName } from '../data/mnistData.ts';
import { createSharedKernelsMemory, instantiateKernels, preferredKernelsVariant, wasmKernelsSupported, type KernelsVariant } from '../kernels/wasmKernels.ts';
import { PackedMnist } from '../kernels/packedMnist.ts';
import { WasmNet } from '../kernels/wasmNet.ts';
import type { TwoLayerNetParams } from '../net/twoLayerNetParams.ts';
import { createFloat64Net } from './float64Net.ts';

export type BackendKind = 'wasm' | 'js';

/** The network a trainer drives; parameters go in and out as float64. */
export interface TrainingNet {
  /** Prepares for a shape (the wasm network lays out its memory). */
  configure(hiddenSize: number, outputSize: number, batchSize: number): void;
  setParams(p: TwoLayerNetParams): void;
  getParams(): TwoLayerNetParams;
  /** One backprop SGD step on training images `ids`; the loss after the update on the same batch. */
  trainStep(ids: Int32Array, learningRate: number): number;
  /** Correct predictions among images [start, end) of the split. */
  evaluate(split: SplitName, start: number, end: number): number;
  predict(split: SplitName, start: number, end: number): Uint8Array;
}

/** The wasm network on a shared memory, which a pool's threads instantiate the same build over. */
export interface SharedKernels {
  readonly memory: WebAssembly.Memory;
  readonly variant: KernelsVariant;
  readonly net: WasmNet;
}

export interface TrainingBackend {
  /** Set when the network lives in shared memory (a pool can evaluate beside it); else null. */
  readonly shared: SharedKernels | null;
  readonly kind: BackendKind;
  /** The wasm build in use ('relaxed': fused multiply-add), or null for the js backend. */
  readonly kernels: KernelsVariant | null;
  /** The one copy of the data set the run reads (the wasm network's packed copy, or the parsed splits). */
  readonly data: MnistStore;
  readonly net: TrainingNet;
}

export interface BackendOptions {
  /** Default: 'wasm' where WebAssembly SIMD works, else 'js'. */
  readonly backend?: BackendKind;
  /** Which wasm build; default: 'relaxed' where the engine validates it, else 'simd'. */
  readonly kernels?: KernelsVariant;
  /** Pack into a shared memory (for a thread pool) where the engine allows one; else as without. */
  readonly shared?: boolean;
}

export function createBackend(data: MnistData, options: BackendOptions = {}): TrainingBackend {
  const kind = options.backend ?? (wasmKernelsSupported() ? 'wasm' : 'js');
  if (kind === 'js') return { kind, kernels: null, shared: null, data: plainMnistStore(data), net: createFloat64Net(data) };
  const kernels = options.kernels ?? preferredKernelsVariant();
  const memory = options.shared ? createSharedKernelsMemory() : null;
  const packed = new PackedMnist(data, instantiateKernels(kernels, memory ?? undefined));
  const net = new WasmNet(packed);
  return { kind, kernels, shared: memory ? { memory, variant: kernels, net } : null, data: packed, net };
}
