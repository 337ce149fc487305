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
    const builds = {
      simd: await compileKernels('simd'), relaxed: await compileKernels('relaxed'),
      simdShared: await compileKernels('simdShared'), relaxedShared: await compileKernels('relaxedShared'),
    };
    expect(Object.fromEntries(Object.entries(builds).map(([k, b]) => [k, b.length]))).toEqual(KERNELS_WASM_BYTES);
    const committed = readFileSync(new URL('./kernels.wasm.generated.ts', import.meta.url), 'utf8');
    expect(committed === generatedModule(builds, sourceHash())).toBe(true);
  }, 60_000);

  it('decodes, validates here (relaxed SIMD behind a flag in Node 20); the own-memory builds import nothing, the shared ones only env.memory', () => {
    expect(wasmKernelsSupported('simd')).toBe(true);
    setFlagsFromString('--experimental-wasm-relaxed-simd'); // on by default in Chromium and Node 22
    expect(WebAssembly.validate(kernelsWasmBytes('relaxed'))).toBe(true);
    for (const [variant, shared] of [['simd', false], ['relaxed', false], ['simd', true], ['relaxed', true]] as const) {
      const module = new WebAssembly.Module(kernelsWasmBytes(variant, shared));
      expect(WebAssembly.Module.imports(module)).toEqual(shared ? [{ module: 'env', name: 'memory', kind: 'memory' }] : []);
      expect(WebAssembly.Module.exports(module).map((e) => e.name).sort()).toEqual(
        ['b1Ptr', 'b2Ptr', 'batchLoss', 'classify', 'countNonzero', 'expLane', 'expandedEntries', 'heapBase', 'idsPtr',
          'layoutBytes', 'medianPixel', 'memory', 'outPtr', 'packImages', 'paramsEnd', 'profilePhase', 'setLayout', 'setSplit',
          'stepExpand', 'stepLayer1', 'stepLoss', 'stepMiddle', 'stepRows', 'trainStep', 'w1Ptr', 'w2tPtr'],
      );
    }
  });
});
