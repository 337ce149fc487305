// A thread pool of Node worker threads (for `npm run train` and the tests): the same threads as the browser's,
// running poolThread.node.ts through tsx (poolThread.node.mjs), sharing memory by postMessage of a shared WebAssembly.Memory.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ThreadPool, type PoolEndpoint } from './threadPool.ts';

function nodeThread(): PoolEndpoint {
  const worker = new Worker(new URL('./poolThread.node.mjs', import.meta.url));
  let ended = false;
  return {
    postMessage: (message) => worker.postMessage(message),
    listen(onReply, onFailure) {
      worker.on('message', onReply);
      worker.on('error', onFailure);
      worker.on('exit', (code) => {
        if (!ended) onFailure(new Error(`a pool thread exited with code ${code}`));
      });
    },
    terminate() {
      ended = true;
      void worker.terminate();
    },
  };
}

/** `size` worker threads (default: one per core but the caller's). */
export function createNodeThreadPool(size = Math.max(1, availableParallelism() - 1)): ThreadPool {
  return new ThreadPool(Array.from({ length: size }, nodeThread));
}
