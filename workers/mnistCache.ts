// One copy of the MNIST files in Cache Storage, shared by the training worker and the service worker. Both fill it
// under one Web Lock, so the 11 MB never downloads twice: whoever comes second finds the files cached. The copy
// outlives builds (the files never change); the loader checks every file against manifest.json, and a load that
// fails empties the cache, so a bad copy is never kept.
import type { MnistFileName } from './protocol.ts';

export const MNIST_CACHE = 'gradient-lab-mnist';
const LOCK = 'gradient-lab-mnist';

export const MNIST_GZ_FILES: readonly MnistFileName[] = [
  'train-images-idx3-ubyte',
  'train-labels-idx1-ubyte',
  't10k-images-idx3-ubyte',
  't10k-labels-idx1-ubyte',
];

/** Cache Storage and Web Locks exist only in secure contexts (https, localhost): elsewhere, plain fetch. */
export const canCacheMnist = (): boolean => typeof caches !== 'undefined' && typeof navigator.locks !== 'undefined';

/** A fetch that answers from the cache, or downloads and keeps the file; settle() waits for the copies. */
export function cachingFetch(): { fetch: (url: string) => Promise<Response>; settle: () => Promise<unknown> } {
  const puts: Promise<void>[] = [];
  return {
    fetch: async (url) => {
      const cache = await caches.open(MNIST_CACHE);
      const hit = await cache.match(url);
      if (hit) return hit;
      const response = await fetch(url);
      // The copy streams to the cache while the loader reads (and reports progress on) the original.
      if (response.ok) puts.push(cache.put(url, response.clone()).catch(() => undefined));
      return response;
    },
    settle: () => Promise.all(puts),
  };
}

/**
 * Runs one load of the data set under the lock; a load that fails (`ok` false) leaves no cached copy. A load that
 * succeeds is answered at once: its bytes are verified and in memory, so the lock alone waits for the copies.
 */
export function underMnistLock<T extends { readonly ok: boolean }>(load: (fetch: (url: string) => Promise<Response>) => Promise<T>): Promise<T> {
  const asked = performance.now();
  return new Promise<T>((resolve, reject) => {
    navigator.locks.request(LOCK, async () => {
      // User Timing entries for `npm run bench -- appInChromium` (see loadMnist.ts): invisible to the learner.
      performance.measure('mnist:lock-wait', { start: asked, end: performance.now() });
      const caching = cachingFetch();
      try {
        const outcome = await load(caching.fetch);
        if (outcome.ok) resolve(outcome);
        const settling = performance.now();
        await caching.settle();
        performance.measure('mnist:cache-settle', { start: settling, end: performance.now() });
        if (!outcome.ok) {
          await caches.delete(MNIST_CACHE);
          resolve(outcome);
        }
      } catch (e) {
        await caches.delete(MNIST_CACHE).catch(() => undefined);
        reject(e);
      }
    }).catch(reject);
  });
}

/**
 * The service worker's install: the files not cached yet, all four at once, each streamed straight into the cache
 * (a first visit's loader waits for this under the lock); a failure fails the install (retried later).
 */
export async function fillMnistCache(folder: URL): Promise<void> {
  const { ok } = await underMnistLock(async () => {
    const cache = await caches.open(MNIST_CACHE);
    const filled = await Promise.allSettled(MNIST_GZ_FILES.map(async (name) => {
      const url = new URL(`${name}.gz`, folder).toString();
      if (await cache.match(url)) return true;
      const response = await fetch(url);
      if (!response.ok) return false;
      await cache.put(url, response);
      return true;
    }));
    // Every put has settled: nothing is written after a failure empties the cache.
    const failed = filled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    return { ok: filled.every((r) => r.status === 'fulfilled' && r.value) };
  });
  if (!ok) throw new Error('the MNIST files could not be cached');
}
