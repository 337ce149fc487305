// A thread of the training worker's pool (a nested worker): a thin entry over workers/pool/poolThread.ts.
import { createPoolThread } from './pool/poolThread.ts';
import type { PoolMessage } from './pool/poolProtocol.ts';

const handle = createPoolThread();
const scope = self as unknown as { postMessage(message: unknown, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<PoolMessage>) => void) | null };
scope.onmessage = (event: MessageEvent<PoolMessage>) => {
  const reply = handle(event.data);
  // Guesses and gradients go back transferred (they are the thread's own arrays, not views of shared memory).
  const value = reply.ok ? reply.value : null;
  const array = value instanceof Float64Array ? value : (value as { predicted?: Uint8Array | null } | null)?.predicted;
  scope.postMessage(reply, array ? [array.buffer as ArrayBuffer] : []);
};
