// A full-set evaluation split by image over a pool of threads that share one WebAssembly memory: the owner
// copies its parameters into a snapshot region (at the epoch boundary) and goes on training; each thread copies
// the snapshot into its own network region and classifies a contiguous range of each split. Every image is
// classified by the same kernels on the same float32 weights, alone (no image's result depends on its
// neighbours), so the counts and guesses are the same bits for any number of threads.
import type { SplitName } from '../data/mnistData.ts';
import type { MemoryBlock, PackedLayout } from './packedMnist.ts';
import { PackedMnist } from './packedMnist.ts';
import { WasmNet } from './wasmNet.ts';
import { instantiateKernels, type KernelsVariant } from './wasmKernels.ts';

/** What a thread needs once: the build and the shared memory holding the packed data set. */
export interface EvalThreadSetup {
  readonly variant: KernelsVariant;
  readonly memory: WebAssembly.Memory;
  readonly layout: PackedLayout;
}

/** One thread's share of one split. */
export interface EvalPiece {
  /** The thread's own network region (the owner places it; it never moves while in use). */
  readonly region: MemoryBlock;
  readonly hiddenSize: number;
  readonly outputSize: number;
  /** The parameters to evaluate: a block the owner copied (WasmNet.snapshotParams). */
  readonly snapshot: MemoryBlock;
  readonly split: SplitName;
  readonly start: number;
  readonly end: number;
  /** Also return each image's class. */
  readonly predict: boolean;
}

export interface EvalPieceResult {
  readonly correct: number;
  readonly predicted: Uint8Array | null;
}

/** A thread's evaluator over the shared memory: call it with each piece it is given. */
export function evalThread(setup: EvalThreadSetup): (piece: EvalPiece) => EvalPieceResult {
  const kernels = instantiateKernels(setup.variant, setup.memory);
  let net: WasmNet | null = null;
  let shape = '';
  return (piece) => {
    const wanted = `${piece.region.at}/${piece.region.bytes}/${piece.hiddenSize}/${piece.outputSize}`;
    if (wanted !== shape || !net) {
      net = new WasmNet(new PackedMnist({ ...setup.layout, regions: { net: piece.region } }, kernels));
      net.configure(piece.hiddenSize, piece.outputSize, 1);
      shape = wanted;
    }
    net.copyParamsFrom(piece.snapshot.at, piece.snapshot.bytes);
    if (!piece.predict) return { correct: net.evaluate(piece.split, piece.start, piece.end), predicted: null };
    const predicted = net.predict(piece.split, piece.start, piece.end);
    const labels = net.data.labels(piece.split, piece.start, piece.end);
    let correct = 0;
    for (let i = 0; i < predicted.length; i++) if (predicted[i] === labels[i]) correct++;
    return { correct, predicted };
  };
}

/** [start, end) of part t of n equal contiguous parts of `count` images. */
export function evalRange(count: number, t: number, n: number): [number, number] {
  return [Math.floor((count * t) / n), Math.floor((count * (t + 1)) / n)];
}
