// Loads the AssemblyScript kernels (kernels.wasm.generated.ts, base64) synchronously: no fetch, no file paths,
// the same code in Node, vitest, the browser and a worker. Two builds: 'relaxed' (fused multiply-add, used
// where the engine validates relaxed SIMD: Chromium, Node 22) and 'simd'. Compiled modules are cached per realm.
import {
  KERNELS_RELAXED_BASE64, KERNELS_RELAXED_SHARED_BASE64, KERNELS_SHARED_MAX_PAGES, KERNELS_SIMD_BASE64, KERNELS_SIMD_SHARED_BASE64,
} from './kernels.wasm.generated.ts';

export type KernelsVariant = 'simd' | 'relaxed';

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
  /** End of the parameter block W1, b1, W2ᵀ, b2 (from w1Ptr()). */
  paramsEnd(): number;
  countNonzero(p: number, n: number): number;
  /** Packs `count` images from entry n0 (see sparse.as); returns the next entry. */
  packImages(images: number, count: number, starts: number, first: number, ent: number, n0: number): number;
  setSplit(id: number, starts: number, ent: number, labels: number, count: number): void;
  trainStep(batch: number, lr: number): number;
  batchLoss(batch: number): number;
  classify(id: number, start: number, end: number, chunk: number, toOut: boolean): number;
  /** Runs one phase of trainStep `reps` times (see kernels.as; the bench's profile). */
  profilePhase(phase: number, batch: number, lr: number, reps: number): void;
  /** Entries of the last expanded batch. */
  expandedEntries(batch: number): number;
  // trainStep in parts, for a step split over two threads (parallelStep.ts).
  stepExpand(batch: number): void;
  stepLayer1(s0: number, s1: number): void;
  stepMiddle(batch: number, lr: number): void;
  stepRows(batch: number, k0: number, k1: number): void;
  medianPixel(batch: number): number;
  stepLoss(batch: number): number;
}

/** Bytes of one build: over its own memory, or (shared) over an imported shared memory for a thread pool. */
export function kernelsWasmBytes(variant: KernelsVariant = 'simd', shared = false): Uint8Array<ArrayBuffer> {
  const base64 = shared
    ? (variant === 'relaxed' ? KERNELS_RELAXED_SHARED_BASE64 : KERNELS_SIMD_SHARED_BASE64)
    : (variant === 'relaxed' ? KERNELS_RELAXED_BASE64 : KERNELS_SIMD_BASE64);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const key = (variant: KernelsVariant, shared: boolean) => (shared ? `${variant}Shared` : variant);
const compiled: Record<string, WebAssembly.Module> = {};
const validated: Partial<Record<KernelsVariant, boolean>> = {};

/** True when this engine validates that build (WebAssembly with 128-bit SIMD; relaxed SIMD for 'relaxed'). */
export function wasmKernelsSupported(variant: KernelsVariant = 'simd'): boolean {
  if (validated[variant] === undefined) {
    try {
      validated[variant] = typeof WebAssembly === 'object' && WebAssembly.validate(kernelsWasmBytes(variant));
    } catch {
      validated[variant] = false;
    }
  }
  return validated[variant];
}

/** The build this engine runs best: 'relaxed' when it validates, else 'simd'. */
export function preferredKernelsVariant(): KernelsVariant {
  return wasmKernelsSupported('relaxed') ? 'relaxed' : 'simd';
}

/**
 * A shared memory for the pool's builds, or null where there is none: a browser page that is not
 * cross-origin isolated has no SharedArrayBuffer, so there one worker does everything.
 */
export function createSharedKernelsMemory(initialPages = 1): WebAssembly.Memory | null {
  if (typeof SharedArrayBuffer !== 'function') return null;
  const crossOriginIsolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  if (crossOriginIsolated === false) return null;
  try {
    return new WebAssembly.Memory({ initial: initialPages, maximum: KERNELS_SHARED_MAX_PAGES, shared: true });
  } catch {
    return null;
  }
}

/**
 * The compiled module, compiled synchronously on first use: fine in workers, Node and vitest. Browsers limit
 * synchronous compilation on the main thread, so there call `compileKernelsAsync()` first.
 */
export function kernelsModule(variant: KernelsVariant = preferredKernelsVariant(), shared = false): WebAssembly.Module {
  compiled[key(variant, shared)] ??= new WebAssembly.Module(kernelsWasmBytes(variant, shared));
  return compiled[key(variant, shared)];
}

/** Compiles (once) without blocking; afterwards `instantiateKernels()` works anywhere. */
export async function compileKernelsAsync(variant: KernelsVariant = preferredKernelsVariant(), shared = false): Promise<WebAssembly.Module> {
  compiled[key(variant, shared)] ??= await WebAssembly.compile(kernelsWasmBytes(variant, shared));
  return compiled[key(variant, shared)];
}

/** A fresh instance: with its own memory, or over `shared` (a memory from createSharedKernelsMemory). */
export function instantiateKernels(variant: KernelsVariant = preferredKernelsVariant(), shared?: WebAssembly.Memory): KernelExports {
  const imports: WebAssembly.Imports = shared ? { env: { memory: shared } } : {};
  return new WebAssembly.Instance(kernelsModule(variant, shared !== undefined), imports).exports as unknown as KernelExports;
}
