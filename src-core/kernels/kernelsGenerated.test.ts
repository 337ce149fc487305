import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernels, generatedModule, sourceHash } from './buildWasm.mjs';
import { KERNELS_SOURCE_SHA256, KERNELS_WASM_BYTES } from './kernels.wasm.generated.ts';
import { kernelsWasmBytes, wasmKernelsSupported } from './wasmKernels.ts';

describe('kernels.wasm.generated.ts', () => {
  it('was built from the current AssemblyScript sources (else run `npm run build:wasm`)', () => {
    expect(KERNELS_SOURCE_SHA256).toBe(sourceHash());
  });

  it('equals a fresh compile byte for byte', async () => {
    const binary = await compileKernels();
    expect(binary.length).toBe(KERNELS_WASM_BYTES);
    const committed = readFileSync(new URL('./kernels.wasm.generated.ts', import.meta.url), 'utf8');
    expect(committed === generatedModule(binary, sourceHash())).toBe(true);
  }, 60_000);

  it('decodes, validates with SIMD here, and needs no imports', () => {
    expect(wasmKernelsSupported()).toBe(true);
    const module = new WebAssembly.Module(kernelsWasmBytes());
    expect(WebAssembly.Module.imports(module)).toEqual([]);
    expect(WebAssembly.Module.exports(module).map((e) => e.name).sort()).toEqual(
      ['b1Ptr', 'b2Ptr', 'batchLoss', 'classify', 'expLane', 'heapBase', 'idsPtr', 'layoutBytes', 'memory', 'outPtr',
        'packImages', 'setLayout', 'setSplit', 'trainStep', 'w1Ptr', 'w2tPtr'],
    );
  });
});
