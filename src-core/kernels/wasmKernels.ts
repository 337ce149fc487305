// Loads the AssemblyScript kernels (kernels.wasm.generated.ts, base64) synchronously: no fetch, no file paths,
// the same code in Node, vitest, the browser and a worker. The compiled module is cached per JS realm.
import { KERNELS_WASM_BASE64 } from './kernels.wasm.generated.ts';

/** The raw exports of one kernel instance (pointers are byte offsets into `memory`). */
export interface KernelExports {
  readonly memory: WebAssembly.Memory;
  heapBase(): number;
  expLane(x: number): number;
  /** Lays out parameters and scratch from `start` (d inputs, h hidden, o outputs, up to `rows` samples); returns the end. */
  setLayout(d: number, h: number, o: number, rows: number, lut: number, start: number): number;
  /** Bytes setLayout needs from `start`. */
  layoutBytes(d: number, h: number, o: number, rows: number): number;
  w1Ptr(): number;
  b1Ptr(): number;
  w2tPtr(): number;
  b2Ptr(): number;
  /** Where trainStep and batchLoss read the batch's image indices (i32 each). */
  idsPtr(): number;
  /** Where classify writes classes when given no labels. */
  outPtr(): number;
  packImages(images: number, count: number, starts: number, first: number, pix: number, val: number, n0: number): number;
  setSplit(id: number, starts: number, pix: number, val: number, labels: number, count: number): void;
  trainStep(batch: number, lr: number): number;
  batchLoss(batch: number): number;
  classify(id: number, start: number, end: number, chunk: number, toOut: boolean): number;
}

export function kernelsWasmBytes(): Uint8Array<ArrayBuffer> {
  const text = atob(KERNELS_WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

let compiled: WebAssembly.Module | undefined;

/** True when this engine validates the kernels (WebAssembly with 128-bit SIMD). */
export function wasmKernelsSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(kernelsWasmBytes());
  } catch {
    return false;
  }
}

/**
 * The compiled module, compiled synchronously on first use: fine in workers, Node and vitest. Browsers limit
 * synchronous compilation on the main thread, so there call `compileKernelsAsync()` first.
 */
export function kernelsModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(kernelsWasmBytes());
  return compiled;
}

/** Compiles (once) without blocking; afterwards `instantiateKernels()` works anywhere. */
export async function compileKernelsAsync(): Promise<WebAssembly.Module> {
  compiled ??= await WebAssembly.compile(kernelsWasmBytes());
  return compiled;
}

/** A fresh instance with its own memory. */
export function instantiateKernels(): KernelExports {
  return new WebAssembly.Instance(kernelsModule(), {}).exports as unknown as KernelExports;
}
