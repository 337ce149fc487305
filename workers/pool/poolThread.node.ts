// A pool thread in Node (`npm run train`, tests): a thin entry over poolThread.ts, as workers/pool.worker.ts is
// in the browser.
import { parentPort } from 'node:worker_threads';
import { createPoolThread } from './poolThread.ts';
import type { PoolMessage } from './poolProtocol.ts';

const handle = createPoolThread();
const port = parentPort;
if (!port) throw new Error('poolThread.node.ts runs as a worker thread');
port.on('message', (message: PoolMessage) => port.postMessage(handle(message)));
