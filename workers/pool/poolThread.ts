// A pool thread's logic, the same in a browser worker (workers/pool.worker.ts) and a Node worker thread
// (nodeThreads.ts): one request at a time, each answered with its id.
import { evalThread, instantiateKernels, numericalGradientRange, runStepHelper, type EvalPiece, type EvalPieceResult } from '../../src-core/index.ts';
import type { PoolMessage, PoolReply } from './poolProtocol.ts';

export function createPoolThread(): (message: PoolMessage) => PoolReply {
  let evaluate: ((piece: EvalPiece) => EvalPieceResult) | null = null;
  return (message) => {
    try {
      switch (message.kind) {
        case 'setup':
          evaluate = evalThread(message.setup);
          return { id: message.id, ok: true, value: null };
        case 'evaluate':
          if (!evaluate) throw new Error('pool thread: evaluate before setup');
          return { id: message.id, ok: true, value: evaluate(message.piece) };
        case 'stepHelper':
          runStepHelper(instantiateKernels(message.variant, message.memory), message.control);
          return { id: message.id, ok: true, value: null };
        case 'numerical': {
          const { params, x, labels, h, from, to } = message;
          return { id: message.id, ok: true, value: numericalGradientRange(params, x, labels, from, to, h) };
        }
      }
    } catch (e) {
      return { id: message.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
