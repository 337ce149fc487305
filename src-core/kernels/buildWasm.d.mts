// Types of buildWasm.mjs, for the test that checks the committed module against a fresh compile.
export type KernelsBuild = 'simd' | 'relaxed' | 'simdShared' | 'relaxedShared';
export const ASC_FLAGS: readonly string[];
export const VARIANTS: Record<KernelsBuild, readonly string[]>;
export const SHARED_MAX_PAGES: number;
export function sourceHash(): string;
export function compileKernels(variant?: KernelsBuild): Promise<Uint8Array>;
export function generatedModule(builds: Record<KernelsBuild, Uint8Array>, hash: string): string;
