// A thread pool of nested dedicated workers (workers/pool.worker.ts), started by the training worker. Only where
// the page is cross-origin isolated: without it there is no shared memory to split the work over.
import { ThreadPool, type PoolEndpoint } from './threadPool.ts';

function browserThread(index: number): PoolEndpoint {
  const worker = new Worker(new URL('../pool.worker.ts', import.meta.url), { type: 'module', name: `pool ${index + 1}` });
  return {
    postMessage: (message) => worker.postMessage(message),
    listen(onReply, onFailure) {
      worker.onmessage = (event: MessageEvent) => onReply(event.data);
      worker.onerror = (event: ErrorEvent) => onFailure(new Error(`pool thread ${index + 1}: ${event.message || 'failed to start'}`));
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * One thread per core but the training worker's (at most `max`; exactly `size` when given), or null where
 * memory cannot be shared or there are fewer than `minCores` cores.
 */
export function createBrowserThreadPool(max = 7, size?: number, minCores = 2): ThreadPool | null {
  if (!(globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated || typeof SharedArrayBuffer !== 'function') return null;
  const cores = navigator.hardwareConcurrency || 1;
  const n = cores < minCores ? 0 : size ?? Math.min(max, cores - 1);
  return n >= 1 ? new ThreadPool(Array.from({ length: n }, (_, i) => browserThread(i))) : null;
}
