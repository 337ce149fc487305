// Types of buildWasm.mjs, for the test that checks the committed module against a fresh compile.
export const ASC_FLAGS: readonly string[];
export function sourceHash(): string;
export function compileKernels(): Promise<Uint8Array>;
export function generatedModule(binary: Uint8Array, hash: string): string;
