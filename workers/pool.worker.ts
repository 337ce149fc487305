// A thread of the training worker's pool (a nested worker): a thin entry over workers/pool/poolThread.ts.
import { createPoolThread } from './pool/poolThread.ts';
import type { PoolMessage } from './pool/poolProtocol.ts';

const handle = createPoolThread();
const scope = self as unknown as { postMessage(message: unknown, transfer: Transferable[]): void; onmessage: ((event: MessageEvent<PoolMessage>) => void) | null };
scope.onmessage = (event: MessageEvent<PoolMessage>) => {
  const reply = handle(event.data);
  // Guesses go back as a transferred copy (they are the thread's own array, not a view of shared memory).
  const value = reply.ok ? (reply.value as { predicted?: Uint8Array | null } | null) : null;
  scope.postMessage(reply, value?.predicted ? [value.predicted.buffer as ArrayBuffer] : []);
};
