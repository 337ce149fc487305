// The command line end to end: the same trainer as the worker, checked against numpy's seed-0 run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MNIST_DIR, MNIST_FILES } from '../src-core/data/mnistFiles.ts';
import fixture from '../src-core/net/fixtures/trainSeed0.json';
import overfit from '../src-core/train/fixtures/overfitN300.json';

const train = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'tools/train.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

describe('npm run train', () => {
  it('seed 0, 100 iterations: the losses follow numpy within 1e-6 relative, the evaluation after i = 0 too', () => {
    const r = train(['--seed', '0', '--iters', '100', '--eval-every', '99', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { losses: number[]; evals: [number, number, number][] };
    expect(out.losses.length).toBe(100);
    const worst = Math.max(...out.losses.map((l, i) => Math.abs(l - fixture.losses[i]) / fixture.losses[i]));
    expect(worst).toBeLessThan(1e-6);
    expect(out.evals).toEqual(fixture.evals); // after i = 0 and 99: numpy's accuracies, image for image
  }, 60_000);

  it('--threads 0, 1 and 3 print the same run: backprop with evaluations beside training, and the numerical gradient', () => {
    const runs = (extra: string[]) => [0, 1, 3].map((n) => {
      const r = train(['--iters', '250', '--eval-every', '100', '--json', '--threads', String(n), ...extra]);
      expect(r.status).toBe(0);
      return JSON.parse(r.stdout) as { losses: number[]; evals: [number, number, number][] };
    });
    const backprop = runs([]);
    expect(backprop[0].evals.map((e) => e[0])).toEqual([0, 100, 200]);
    expect(backprop[1]).toEqual(backprop[0]);
    expect(backprop[2]).toEqual(backprop[0]);
    const numerical = runs(['--gradient', 'numerical', '--iters', '2', '--hidden', '10', '--eval-every', '1']);
    expect(numerical[0].losses.length).toBe(2);
    expect(numerical[1]).toEqual(numerical[0]);
    expect(numerical[2]).toEqual(numerical[0]);
    expect(train(['--threads', '1.5']).status).toBe(2);
  }, 120_000);

  it('a damaged MNIST file gives one line naming the file and exit 1, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnist-'));
    for (const f of Object.values(MNIST_FILES).flatMap((s) => [s.images, s.labels])) copyFileSync(join(MNIST_DIR, f), join(dir, f));
    const labels = join(dir, MNIST_FILES.test.labels);
    writeFileSync(labels, readFileSync(labels).subarray(0, 5000)); // truncated
    const r = train(['--iters', '1'], { MNIST_DIR: dir });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^train: t10k-labels-idx1-ubyte: /);
  }, 60_000);

  it('--train-size 300: batches from the first 300 images, evals of [i, accuracy on those 300, on the test set] as numpy', () => {
    const r = train(['--train-size', '300', '--iters', '30', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { losses: number[]; evals: [number, number, number][] };
    expect(out.evals).toEqual(overfit.evals.slice(0, 10)); // after i = 0, 3, …, 27: iter_per_epoch = 3
    out.losses.forEach((l, i) => expect(Math.abs(l - overfit.losses[i]) / overfit.losses[i]).toBeLessThan(1e-6));
    for (const bad of ['0', '60001', '3.5']) expect(train(['--train-size', bad]).status).toBe(2);
  }, 60_000);

  it('hex and binary numbers exit 2 with the usage text', () => {
    for (const args of [['--iters', '0x10'], ['--seed', '0b11']]) {
      const r = train(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/must be a decimal number/);
      expect(r.stderr).toMatch(/^usage: npm run -s train/m);
    }
  }, 60_000);

  it('--save writes the final weights, which numpy loads and scores as the last evaluation did', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'save-')), 'net.npz');
    const r = train(['--seed', '0', '--iters', '100', '--eval-every', '99', '--hidden', '30', '--json', '--save', file]);
    expect(r.status).toBe(0);
    const last = (JSON.parse(r.stdout) as { evals: [number, number, number][] }).evals.at(-1);
    const script = [
      'import json, sys, numpy as np',
      'd = np.load(sys.argv[1]); raw = open(sys.argv[2], "rb").read()',
      'x = np.frombuffer(raw, np.uint8, offset=16).reshape(-1, 784) / 255.0',
      't = np.frombuffer(open(sys.argv[3], "rb").read(), np.uint8, offset=8)',
      'a = (1 / (1 + np.exp(-(x @ d["W1"] + d["b1"])))) @ d["W2"] + d["b2"]',
      'print(json.dumps([d["W1"].shape, d["b2"].dtype.str, float(np.mean(a.argmax(1) == t))]))',
    ].join('\n');
    const py = spawnSync('python3', ['-c', script, file, join(MNIST_DIR, MNIST_FILES.test.images), join(MNIST_DIR, MNIST_FILES.test.labels)], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    expect(JSON.parse(py.stdout)).toEqual([[784, 30], '<f8', last?.[2]]);
  }, 60_000);

  it('--save refuses a name that is not .npz before training', () => {
    const r = train(['--iters', '1', '--save', 'weights.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--save needs a file name ending in .npz/);
  });
});
