// A thread pool of nested dedicated workers (workers/pool.worker.ts), started by the training worker. Only where
// the page is cross-origin isolated: without it there is no shared memory to split the work over.
import { ThreadPool, type PoolEndpoint } from './threadPool.ts';

/** Where a pool thread's script is: the app's bundled entry unless given (the bench serves its own bundle). */
function browserThread(index: number, script?: string): PoolEndpoint {
  // Vite finds the entry to bundle only in this exact form, with the options written out.
  const worker = script
    ? new Worker(script, { type: 'module', name: `pool ${index + 1}` })
    : new Worker(new URL('../pool.worker.ts', import.meta.url), { type: 'module', name: `pool ${index + 1}` });
  return {
    postMessage: (message) => worker.postMessage(message),
    listen(onReply, onFailure) {
      worker.onmessage = (event: MessageEvent) => onReply(event.data);
      worker.onerror = (event: ErrorEvent) => onFailure(new Error(`pool thread ${index + 1}: ${event.message || 'failed to start'}`));
    },
    terminate: () => worker.terminate(),
  };
}

export interface BrowserPoolOptions {
  /** At most this many threads (default 7). */
  readonly max?: number;
  /** Exactly this many (default: one per core but the calling worker's, up to max). */
  readonly size?: number;
  /** No pool below this many cores (default 2). */
  readonly minCores?: number;
  readonly script?: string;
}

/** A pool of nested workers, or null where memory cannot be shared or there are fewer than minCores cores. */
export function createBrowserThreadPool({ max = 7, size, minCores = 2, script }: BrowserPoolOptions = {}): ThreadPool | null {
  if (!(globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated || typeof SharedArrayBuffer !== 'function') return null;
  const cores = navigator.hardwareConcurrency || 1;
  const n = cores < minCores ? 0 : size ?? Math.min(max, cores - 1);
  return n >= 1 ? new ThreadPool(Array.from({ length: n }, (_, i) => browserThread(i, script))) : null;
}
