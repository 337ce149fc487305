// Messages between a pool's owner (the training worker, or `npm run train` in Node) and its threads.
import type { EvalPiece, EvalPieceResult, EvalThreadSetup, KernelsVariant, TwoLayerNetParams } from '../../src-core/index.ts';

export type PoolRequest =
  | { readonly kind: 'setup'; readonly setup: EvalThreadSetup }
  | { readonly kind: 'evaluate'; readonly piece: EvalPiece }
  /** Serve training steps (runStepHelper) until told to stop: the thread does nothing else meanwhile. */
  | { readonly kind: 'stepHelper'; readonly variant: KernelsVariant; readonly memory: WebAssembly.Memory; readonly control: number }
  /** The numerical gradient of parameters [from, to) (flat W1, b1, W2, b2 order) at params on the batch. */
  | {
    readonly kind: 'numerical'; readonly params: TwoLayerNetParams; readonly x: Float64Array; readonly labels: Uint8Array;
    readonly h: number; readonly from: number; readonly to: number;
  };

export interface PoolReplies {
  setup: null;
  evaluate: EvalPieceResult;
  numerical: Float64Array;
  stepHelper: null;
}

/** A request with the id its reply carries. */
export type PoolMessage = PoolRequest & { readonly id: number };

export type PoolReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };
