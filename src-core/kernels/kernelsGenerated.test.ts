import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compileKernels, generatedModule, sourceHash } from './buildWasm.mjs';
import { KERNELS_SOURCE_SHA256, KERNELS_WASM_BYTES } from './kernels.wasm.generated.ts';
import { kernelsWasmBytes, wasmKernelsSupported } from './wasmKernels.ts';

describe('kernels.wasm.generated.ts', () => {
  it('was built from the current AssemblyScript sources (else run `npm run build:wasm`)', () => {
    expect(KERNELS_SOURCE_SHA256).toBe(sourceHash());
  });

  it('equals a fresh compile of both builds byte for byte', async () => {
    const simd = await compileKernels('simd');
    const relaxed = await compileKernels('relaxed');
    expect([simd.length, relaxed.length]).toEqual([KERNELS_WASM_BYTES.simd, KERNELS_WASM_BYTES.relaxed]);
    const committed = readFileSync(new URL('./kernels.wasm.generated.ts', import.meta.url), 'utf8');
    expect(committed === generatedModule(simd, relaxed, sourceHash())).toBe(true);
  }, 60_000);

  it('decodes, validates here (relaxed SIMD behind a flag in Node 20), and needs no imports', () => {
    expect(wasmKernelsSupported('simd')).toBe(true);
    setFlagsFromString('--experimental-wasm-relaxed-simd'); // on by default in Chromium and Node 22
    expect(WebAssembly.validate(kernelsWasmBytes('relaxed'))).toBe(true);
    for (const variant of ['simd', 'relaxed'] as const) {
      const module = new WebAssembly.Module(kernelsWasmBytes(variant));
      expect(WebAssembly.Module.imports(module)).toEqual([]);
      expect(WebAssembly.Module.exports(module).map((e) => e.name).sort()).toEqual(
        ['b1Ptr', 'b2Ptr', 'batchLoss', 'classify', 'countNonzero', 'expLane', 'expandedEntries', 'heapBase', 'idsPtr', 'layoutBytes', 'memory',
          'outPtr', 'packImages', 'profilePhase', 'setLayout', 'setSplit', 'trainStep', 'w1Ptr', 'w2tPtr'],
      );
    }
  });
});
