// The training worker: a thin comlink entry. Its logic lives in workers/training/ (service.ts and friends).
import { expose, transfer } from 'comlink';
import type { TrainingApi } from './protocol.ts';
import { canCacheMnist, underMnistLock } from './mnistCache.ts';
import type { FetchLike } from './training/loadMnist.ts';
import { TrainingService } from './training/service.ts';
import { createBrowserThreadPool } from './pool/browserThreads.ts';

// data/ sits beside index.html. The build's base is relative ('./', so dist/ works under any sub-path), and this
// chunk is in assets/, one folder below index.html; the dev server's base is absolute ('/').
const appRoot = import.meta.env.BASE_URL.startsWith('/')
  ? new URL(import.meta.env.BASE_URL, self.location.origin)
  : new URL(`../${import.meta.env.BASE_URL}`, self.location.href);

// During a load, the data files come through the shared MNIST cache (see mnistCache.ts) when the browser has one.
let fetchData: FetchLike = (url) => fetch(url);

const service = new TrainingService({
  baseUrl: new URL('data/mnist/', appRoot).toString(),
  fetch: (url) => (url.endsWith('.gz') ? fetchData(url) : fetch(url)),
  // Each update owns a fresh loss buffer: hand it over instead of copying it.
  prepare: (update) => transfer(update, [update.losses.buffer]),
  createPool: () => createBrowserThreadPool(),
  // A step helper needs a core of its own beside the evaluations' (on 2 cores the three threads were slower).
  createStepPool: () => createBrowserThreadPool({ size: 1, minCores: 3 }),
});

const api: TrainingApi = {
  connect: (listener) => service.connect(listener),
  loadData: (onProgress) =>
    canCacheMnist()
      ? underMnistLock((fetchOnce) => {
          fetchData = fetchOnce;
          return service.loadData(onProgress);
        })
      : service.loadData(onProgress),
  configure: (config) => service.configure(config),
  restore: (snapshot) => service.restore(snapshot),
  ping: () => service.ping(),
  start: () => service.start(),
  pause: () => service.pause(),
  resume: () => service.resume(),
  step: (n) => service.step(n),
  reset: () => service.reset(),
  setLearningRate: (lr) => service.setLearningRate(lr),
  setSpeed: (speed) => service.setSpeed(speed),
  gradientCheck: (batchSize) => service.gradientCheck(batchSize),
  confusionCell: (actual, predicted, offset, limit) => service.confusionCell(actual, predicted, offset, limit),
  weights: () => service.weights(),
  mnistImage: (set, index) => service.mnistImage(set, index),
  sweepWeight: (request) => service.sweepWeight(request),
  overfitConfigure: (config) => service.overfitConfigure(config),
  overfitStart: () => service.overfitStart(),
  overfitPause: () => service.overfitPause(),
  predictDigit: (pixels) => service.predictDigit(pixels),
  // A fresh copy each time: its buffers are handed over, not copied again.
  exportParams: async () => {
    const p = await service.exportParams();
    return transfer(p, [p.W1.buffer, p.b1.buffer, p.W2.buffer, p.b2.buffer]);
  },
  importParams: (params) => service.importParams(params),
  testAccuracy: () => service.testAccuracy(),
  dispose: () => service.dispose(),
};

expose(api);
