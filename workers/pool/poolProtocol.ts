// Messages between a pool's owner (the training worker, or `npm run train` in Node) and its threads.
import type { EvalPiece, EvalPieceResult, EvalThreadSetup } from '../../src-core/index.ts';

export type PoolRequest =
  | { readonly kind: 'setup'; readonly setup: EvalThreadSetup }
  | { readonly kind: 'evaluate'; readonly piece: EvalPiece };

export interface PoolReplies {
  setup: null;
  evaluate: EvalPieceResult;
}

/** A request with the id its reply carries. */
export type PoolMessage = PoolRequest & { readonly id: number };

export type PoolReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };
