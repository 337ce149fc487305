// `npm run bench -- twoLayerNetChromium`: the same kernels in Chromium, inside a Web Worker on a
// cross-origin-isolated page (as the app trains): one iteration and one full evaluation for each wasm build,
// and the book's whole run with the trainer's default build. The page's code is src-core bundled by esbuild
// (tsx's own dependency); the data are the gzip copies that `npm run prepare-data` writes to public/data/mnist.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { BenchRow } from './benchRow.ts';
import { numpyTimes } from './twoLayerNet.bench.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];

// Runs in the worker: everything timed with performance.now() (precise: the page is cross-origin isolated).
const WORKER = `
import { parseMnistSplit } from './src-core/data/idx.ts';
import { createBackend } from './src-core/train/backend.ts';
import { createTrainer } from './src-core/train/trainer.ts';
import { wasmKernelsSupported } from './src-core/kernels/wasmKernels.ts';
import { PROFILE_PHASES } from './src-core/kernels/wasmNet.ts';
import { createBrowserThreadPool } from './workers/pool/browserThreads.ts';
import { PoolEvaluator } from './workers/pool/poolEvaluator.ts';
import { pooledNumericalJob } from './workers/pool/poolNumerical.ts';

async function load(name) {
  const r = await fetch('/data/mnist/' + name + '.gz');
  return new Uint8Array(await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}
function median(fn, n, warm) {
  for (let i = 0; i < warm; i++) fn();
  const t = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); fn(); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  return t[n >> 1];
}
// Each phase of one training step, run REPS times on the last step's batch (so its data are in cache: the
// iteration row has the cold misses), against its multiply-add bound at 2 vector multiply-adds a cycle.
function profile(t, kernels) {
  const net = t.backend.net, REPS = 20, batch = t.config.batchSize;
  t.step();
  const macs = net.phaseMultiplyAdds(batch);
  const rows = [];
  let sum = 0;
  PROFILE_PHASES.forEach((name, phase) => {
    const ms = median(() => net.profilePhase(phase, batch, 0, REPS), 101, 5) / REPS;
    // A step runs layers 1 and 2 twice (before and after the update: the book's loss is the one after).
    const times = phase === 1 || phase === 2 ? 2 : 1;
    sum += ms * times;
    const bound = Number.isNaN(macs[phase]) ? '' : ', bound ' + (macs[phase] / 2 / GHZ / 1000).toFixed(1) + ' µs (' + macs[phase] + ' vector multiply-adds at 2 a cycle, ' + GHZ + ' GHz)';
    rows.push({ name: kernels + ' phase ' + phase + ': ' + name, medianMs: ms, samples: 101, note: (times === 2 ? '×2 a step' : '×1 a step') + bound });
  });
  rows.push({ name: kernels + ' phases, sum for one step', medianMs: sum, samples: 101 });
  t.reset();
  return rows;
}
let GHZ = 0;
self.onmessage = async (event) => {
  GHZ = event.data.ghz;
  const [ti, tl, si, sl] = await Promise.all(${JSON.stringify(FILES)}.map(load));
  const data = { train: parseMnistSplit(ti, 'train images', tl, 'train labels'), test: parseMnistSplit(si, 'test images', sl, 'test labels') };
  const rows = [];
  const variants = wasmKernelsSupported('relaxed') ? ['relaxed', 'simd'] : ['simd'];
  for (const kernels of variants) {
    const t = createTrainer(createBackend(data, { backend: 'wasm', kernels }), { seed: 0 });
    rows.push({ name: 'Chromium worker, wasm ' + kernels + ': iteration', medianMs: median(() => t.step(), 2000, 200), samples: 2000 });
    rows.push(...profile(t, kernels));
    const full = () => t.evaluate('train', 0, t.trainCount) + t.evaluate('test', 0, t.testCount);
    rows.push({ name: 'Chromium worker, wasm ' + kernels + ': full evaluation', medianMs: median(full, 9, 2), samples: 9 });
  }
  const t = createTrainer(createBackend(data), { seed: 0 });
  const t0 = performance.now();
  for (let i = 0; i < 10000; i++) {
    t.step();
    if (i % 600 === 0) { t.evaluate('train', 0, t.trainCount); t.evaluate('test', 0, t.testCount); }
  }
  const bookRow = 'Chromium worker, wasm ' + t.backend.kernels + ': book run measured';
  rows.push({ name: bookRow, medianMs: performance.now() - t0, samples: 1, reference: 'numpy f64: book run estimate',
    note: 'test accuracy at the end ' + t.accuracy('test').toFixed(4) });
  rows.push(...await poolRows(data, bookRow));
  self.postMessage(rows);
};

// The thread pool, as the app starts it on a cross-origin-isolated page: nested workers over one shared memory.
function browserPool(n) {
  const pool = createBrowserThreadPool({ size: n, minCores: 1, script: '/pool.js' });
  if (!pool) throw new Error('no thread pool: the bench page is not cross-origin isolated');
  return pool;
}

async function medianAsync(fn, n, warm) {
  for (let i = 0; i < warm; i++) await fn();
  const t = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  return t[n >> 1];
}

async function poolRows(data, bookRow) {
  const rows = [];
  const cores = navigator.hardwareConcurrency || 1;
  const pool = browserPool(Math.max(2, cores));
  const backend = createBackend(data, { shared: true });
  if (!backend.shared) return [{ name: 'pool (skipped: no shared memory)', medianMs: NaN, samples: 0 }];
  const t = createTrainer(backend, { seed: 0 });
  for (let i = 0; i < 300; i++) t.step();
  const evaluator = new PoolEvaluator(pool, backend.shared);
  const request = { snapshot: t.shareParams(), hiddenSize: 50, outputSize: 10, trainCount: t.trainCount, testCount: t.testCount, predictTest: true };
  const one = medianAsync(() => t.evaluate('train', 0, t.trainCount) + t.evaluate('test', 0, t.testCount), 9, 1);
  const single = await one;
  rows.push({ name: 'full evaluation, this worker alone (shared memory)', medianMs: single, samples: 9 });
  for (const n of [1, 2]) {
    const ms = await medianAsync(() => evaluator.evaluate(request, n), 9, 1);
    rows.push({ name: 'full evaluation on the pool, ' + n + ' thread(s)', medianMs: ms, samples: 9, reference: 'full evaluation, this worker alone (shared memory)' });
  }
  // The book's run as the app runs it here: evaluations beside training, one at a time, on cores − 1 threads.
  const besideThreads = Math.max(1, cores - 1);
  const bookRun = async (run, on) => {
    const t0 = performance.now();
    let last = null, test = 0;
    for (let i = 0; i < 10000; i++) {
      run.step();
      if (i % 600 === 0) {
        if (last) await last;
        last = on.evaluate({ ...request, snapshot: run.shareParams() }, besideThreads).then((e) => { test = e.testCorrect / run.testCount; });
      }
    }
    await last;
    return { ms: performance.now() - t0, note: 'test accuracy after i = 9600: ' + test.toFixed(4) };
  };
  const beside = await bookRun(createTrainer(backend, { seed: 0 }), evaluator);
  rows.push({ name: 'book run, evaluations beside training (' + besideThreads + ' thread)', medianMs: beside.ms, samples: 1,
    reference: 'numpy f64: book run estimate', note: beside.note + '; vs one worker: ' + bookRow });
  // A training step split with a helper thread (the app does this from 3 cores on: see parallelStep.ts).
  const stepPool = browserPool(1);
  const stepBackend = createBackend(data, { shared: true });
  const helper = stepPool.call(0, { kind: 'stepHelper', variant: stepBackend.shared.variant, memory: stepBackend.shared.memory, control: stepBackend.shared.net.enableParallelStep() });
  const split = createTrainer(stepBackend, { seed: 0 });
  while (!stepBackend.shared.net.parallelStep.ready) await new Promise((r) => setTimeout(r, 10));
  rows.push({ name: 'iteration, steps split with a helper thread (chooser)', medianMs: median(() => split.step(), 2048, 256), samples: 2048,
    reference: 'Chromium worker, wasm ' + split.backend.kernels + ': iteration', note: 'split ' + stepBackend.shared.net.parallelStep.splitSteps + ' of 2304 steps' });
  const stepEvaluator = new PoolEvaluator(pool, stepBackend.shared); // the pool's threads now read this memory
  split.reset({ seed: 0 });
  const both = await bookRun(split, stepEvaluator);
  rows.push({ name: 'book run, steps split with a helper, evaluations beside on the pool', medianMs: both.ms, samples: 1,
    reference: 'numpy f64: book run estimate', note: both.note + ' (3 threads on ' + cores + ' cores)' });
  stepBackend.shared.net.stopParallelStep();
  await helper;
  stepPool.terminate();
  // The numerical gradient (float64): one iteration in this worker alone, then split over it and the pool.
  const numericalConfig = { seed: 0, gradientMethod: 'numerical' };
  const alone = createTrainer(createBackend(data), numericalConfig);
  rows.push({ name: 'numerical-gradient iteration, this worker alone', medianMs: median(() => alone.step(), 9, 3), samples: 9 });
  // As the worker's runner drives it: 12 ms slices, a yield to the event loop between them (a message, not a
  // timer: nested timers are clamped to 4 ms).
  const channel = new MessageChannel();
  const yieldNow = () => new Promise((r) => { channel.port1.onmessage = r; channel.port2.postMessage(0); });
  for (const n of [1, 2]) {
    const pooled = createTrainer(createBackend(data), numericalConfig, () => performance.now(), (p, x, l) => pooledNumericalJob(pool, p, x, l, 1e-4, n));
    const ms = await medianAsync(async () => {
      while (pooled.work(performance.now() + 12) === null) await yieldNow();
    }, 9, 3);
    rows.push({ name: 'numerical-gradient iteration, this worker + ' + n + ' pool thread(s)', medianMs: ms, samples: 9, reference: 'numerical-gradient iteration, this worker alone' });
  }
  pool.terminate();
  return rows;
}
`;

const PAGE = (ghz: number) => `<!doctype html><script type="module">
const w = new Worker('/worker.js', { type: 'module' });
window.result = new Promise((resolve, reject) => { w.onmessage = (e) => resolve(e.data); w.onerror = (e) => reject(e.message); });
w.postMessage({ ghz: ${ghz} });
</script>`;

/** This machine's clock in GHz as /proc/cpuinfo gives it (the multiply-add bounds use it), or 3 when unknown. */
function clockGhz(): number {
  try {
    const mhz = /cpu MHz\s*:\s*([\d.]+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return mhz ? Math.round(Number(mhz[1]) / 10) / 100 : 3;
  } catch {
    return 3;
  }
}

function serve(worker: string, pool: string): Promise<Server> {
  const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type, ...isolation });
      res.end(body);
    };
    if (url === '/') return send('text/html', PAGE(clockGhz()));
    if (url === '/worker.js') return send('text/javascript', worker);
    if (url === '/pool.js') return send('text/javascript', pool);
    const name = url.replace('/data/mnist/', '').replace('.gz', '');
    if (FILES.includes(name)) return send('application/gzip', readFileSync(join(root, 'public', 'data', 'mnist', `${name}.gz`)));
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function run(): Promise<BenchRow[]> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const missing = FILES.filter((f) => !existsSync(join(root, 'public', 'data', 'mnist', `${f}.gz`)));
  if (!existsSync(executablePath) || missing.length) {
    const why = missing.length ? 'run `npm run prepare-data` first' : `no Chromium at ${executablePath}`;
    return [{ name: `Chromium (skipped: ${why})`, medianMs: NaN, samples: 0 }];
  }
  const bundle = await build({ stdin: { contents: WORKER, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const poolBundle = await build({ entryPoints: [join(root, 'workers', 'pool.worker.ts')], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const server = await serve(bundle.outputFiles[0].text, poolBundle.outputFiles[0].text);
  const np = numpyTimes();
  const numpyRows: BenchRow[] = typeof np === 'string' ? [] : [
    { name: 'numpy f64: iteration', medianMs: np.float64.iterationMs, samples: 300, note: `numpy ${np.numpy}, 1 thread, same machine` },
    { name: 'numpy f64: full evaluation (70,000)', medianMs: np.float64.evaluationMs, samples: 3 },
    { name: 'numpy f64: book run estimate', medianMs: 10000 * np.float64.iterationMs + 17 * np.float64.evaluationMs, samples: 1, note: '10,000 × iteration + 17 × evaluation' },
  ];
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    const address = server.address();
    await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    const rows = (await page.evaluate('window.result')) as BenchRow[];
    const fused = rows.find((r) => r.name.includes('relaxed: iteration'));
    const withNumpy = (r: BenchRow): BenchRow => {
      if (numpyRows.length === 0 && r.reference?.startsWith('numpy')) return { ...r, reference: undefined };
      if (r.name.endsWith(': iteration') && numpyRows.length) return { ...r, reference: 'numpy f64: iteration' };
      if (r.name.includes('wasm') && r.name.endsWith('full evaluation') && numpyRows.length) return { ...r, reference: 'numpy f64: full evaluation (70,000)' };
      return r;
    };
    return [...numpyRows, ...rows.map((r) => (fused && r.name.includes('simd: iteration') ? { ...r, reference: fused.name } : withNumpy(r)))];
  } finally {
    await browser.close();
    server.close();
  }
}
