import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initTwoLayerNetParams, PARAM_KEYS } from '../net/twoLayerNetParams.ts';
import { createRandom } from '../random/random.ts';
import { createBackend, type BackendKind } from '../train/backend.ts';
import { createTrainer } from '../train/trainer.ts';
import { loadMnist } from './mnistFiles.ts';
import { NpzError, type NpzProblem } from './npy.ts';
import { checkNpzSize, MAX_NPZ_BYTES, readParamsNpz, writeParamsNpz } from './npz.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/npz/${name}`, import.meta.url)));
const expected = JSON.parse(readFileSync(new URL('./fixtures/npz/expected.json', import.meta.url), 'utf8')) as Record<
  string, { hiddenSize: number; testAccuracy: number }
>;

function problemOf(run: () => unknown): NpzProblem | string {
  try {
    run();
    return 'accepted';
  } catch (e) {
    return e instanceof NpzError ? e.problem : `other: ${String(e)}`;
  }
}

describe('numpy-made .npz files', () => {
  const data = loadMnist();
  for (const [name, want] of Object.entries(expected)) {
    for (const backend of ['js', 'wasm'] as BackendKind[]) {
      it(`${name} gives numpy's test accuracy on the ${backend} backend`, () => {
        const params = readParamsNpz(fixture(name));
        expect(params.hiddenSize).toBe(want.hiddenSize);
        const trainer = createTrainer(createBackend(data, { backend }), { hiddenSize: params.hiddenSize });
        trainer.importParams(params);
        expect(trainer.accuracy('test')).toBe(want.testAccuracy);
      }, 60_000);
    }
  }
});

describe('app-written .npz files', () => {
  const params = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 7, outputSize: 10 }, 1, createRandom(3));
  params.b1.set([1e-300, -0, 5e-324, Math.PI]);

  it('read back with the same bits', () => {
    const back = readParamsNpz(writeParamsNpz(params));
    for (const key of PARAM_KEYS) expect(Buffer.from(back[key].buffer).equals(Buffer.from(params[key].buffer))).toBe(true);
  });

  it('are read by numpy (an independent reader) with the same shapes, dtype and bits', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'npz-')), 'app.npz');
    writeFileSync(file, writeParamsNpz(params));
    const script = [
      'import hashlib, json, sys, numpy as np',
      'd = np.load(sys.argv[1])',
      'print(json.dumps({k: [str(d[k].dtype), list(d[k].shape), hashlib.sha256(d[k].tobytes()).hexdigest()] for k in d.files}))',
    ].join('\n');
    const seen = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, unknown>;
    const sha = (a: Float64Array) => createHash('sha256').update(new Uint8Array(a.buffer)).digest('hex');
    expect(seen).toEqual({
      W1: ['float64', [784, 7], sha(params.W1)], b1: ['float64', [7], sha(params.b1)],
      W2: ['float64', [7, 10], sha(params.W2)], b2: ['float64', [10], sha(params.b2)],
    });
  });
});

describe('wrong files are refused by name', () => {
  for (const problem of ['missingKey', 'shape', 'dtype', 'fortranOrder', 'nonFinite', 'notZip', 'notNpy'] as const) {
    it(problem, () => expect(problemOf(() => readParamsNpz(fixture(`bad-${problem}.npz`)))).toBe(problem));
  }

  it('a file over the limit, by its size alone', () => {
    expect(problemOf(() => checkNpzSize(1024 ** 3))).toBe('tooLarge');
    expect(problemOf(() => checkNpzSize(MAX_NPZ_BYTES))).toBe('accepted');
    expect(problemOf(() => readParamsNpz(new Uint8Array(MAX_NPZ_BYTES + 1)))).toBe('tooLarge');
  });

  it('a small zip that would unpack past the limit', () => {
    const bomb = zipSync({ 'W1.npy': new Uint8Array(MAX_NPZ_BYTES + 1) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(problemOf(() => readParamsNpz(bomb))).toBe('tooLarge');
  });

  it('a zip header followed by garbage', () => {
    expect(problemOf(() => readParamsNpz(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])))).toBe('notZip');
  });
});
