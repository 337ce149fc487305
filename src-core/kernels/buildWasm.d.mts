// Types of buildWasm.mjs, for the test that checks the committed module against a fresh compile.
export type KernelsVariant = 'simd' | 'relaxed';
export const ASC_FLAGS: readonly string[];
export const VARIANTS: Record<KernelsVariant, readonly string[]>;
export function sourceHash(): string;
export function compileKernels(variant?: KernelsVariant): Promise<Uint8Array>;
export function generatedModule(simd: Uint8Array, relaxed: Uint8Array, hash: string): string;
