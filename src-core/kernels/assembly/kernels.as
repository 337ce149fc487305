// Entry points of the fast TwoLayerNet kernels: one SGD step, a batch loss, evaluation, prediction.
// Memory is laid out by the JS side (src-core/kernels/wasmNet.ts) and described once through setLayout.
// Splits of the data set (0 train, 1 test) are registered once with setSplit: see sparse.as.
import { exp4 } from './simdMath';
import { A2, DY, ENTRIES, IDS, LIST_START, MATH, OUT, OUT_BYTES, OV, ROWB } from './layout';
import { argmax, crossEntropy, layer1, layer2, softmax } from './forward';
import { hiddenGradient, scaleHiddenGradient, updateLayer1, updateLayer2, updateRows } from './backward';
import { expand, splitField } from './sparse';

export { setLayout, layoutBytes, w1Ptr, b1Ptr, w2tPtr, b2Ptr, idsPtr, outPtr, paramsEnd } from './layout';
export { countNonzero, packImages, setSplit } from './sparse';

export function heapBase(): usize {
  return __heap_base;
}

/** e^x through the vector exp, for tests of its accuracy. */
export function expLane(x: f32): f32 {
  return f32x4.extract_lane(exp4(f32x4.splat(x), MATH), 0);
}

// Forward pass over the expanded batch. With withDy: dy = (y − t) / batch (returns 0); else the mean loss.
function forward(batch: i32, withDy: bool): f64 {
  layer1(0, batch);
  layer2(0, batch);
  return outputs(batch, withDy);
}

// Softmax of the scores, then dy (withDy) or the mean loss.
function outputs(batch: i32, withDy: bool): f64 {
  const labels = splitField(0, 3);
  let loss = 0.0;
  const ov = OV, ids = IDS, b = f32x4.splat(<f32>batch), lanes = v128.load(MATH, 224);
  for (let s = 0; s < batch; s++) {
    const t = <i32>load<u8>(labels + <usize>load<i32>(ids + (<usize>s << 2)));
    softmax(s);
    if (!withDy) loss += crossEntropy(s, t);
    else {
      const y = A2 + (<usize>(s * ov) << 4), dy = DY + (<usize>(s * ov) << 4);
      for (let g = 0; g < ov; g++) {
        const hot = v128.and(i32x4.eq(i32x4.add(lanes, i32x4.splat(g << 2)), i32x4.splat(t)), f32x4.splat(1));
        v128.store(dy + (<usize>g << 4), f32x4.div(f32x4.sub(v128.load(y + (<usize>g << 4)), hot), b));
      }
    }
  }
  return loss / <f64>batch;
}

/** One SGD step on the training images at IDS (i32 × batch); returns the loss after the update, same batch. */
export function trainStep(batch: i32, lr: f32): f64 {
  expand(0, IDS, 0, batch);
  forward(batch, true);
  hiddenGradient(batch);
  updateLayer2(batch, lr);
  updateLayer1(batch, lr);
  return forward(batch, false);
}

// The same step in parts, for a step split over two threads (src-core/kernels/parallelStep.ts): the layer-1
// forward passes split by sample, the W1 update by column; the rest runs on one thread. Same bits as trainStep.

/** Expands the batch at IDS. */
export function stepExpand(batch: i32): void {
  expand(0, IDS, 0, batch);
}

/** Layer 1 of samples [s0, s1) of the expanded batch. */
export function stepLayer1(s0: i32, s1: i32): void {
  layer1(s0, s1);
}

/** After layer 1 of the whole batch: layer 2, dy, da1, the W2 and b2 update, the b1 update; da1 scaled by −lr. */
export function stepMiddle(batch: i32, lr: f32): void {
  layer2(0, batch);
  outputs(batch, true);
  hiddenGradient(batch);
  updateLayer2(batch, lr);
  scaleHiddenGradient(batch, lr);
}

/** The W1 update of rows (pixels) [k0, k1), all columns. */
export function stepRows(batch: i32, k0: i32, k1: i32): void {
  updateRows(batch, k0, k1);
}

/** The pixel that splits the expanded batch's entries in two halves (the W1 update's work). */
export function medianPixel(batch: i32): i32 {
  // Entries per pixel row of the image would need a pass; the middle entry of each sample, averaged, is close.
  let sum: i64 = 0;
  for (let s = 0; s < batch; s++) {
    const a = load<i32>(LIST_START + (<usize>s << 2)), b = load<i32>(LIST_START + (<usize>s << 2), 4);
    sum += <i64>(load<i32>(ENTRIES + (<usize>((a + b) >> 1) << 3)) / ROWB);
  }
  return <i32>(sum / <i64>max(batch, 1));
}

/** After layer 1 of the updated network: layer 2 and the mean loss. */
export function stepLoss(batch: i32): f64 {
  layer2(0, batch);
  return outputs(batch, false);
}


/**
 * The bench's per-phase profile: runs one phase of trainStep `reps` times on the batch at IDS (after a
 * trainStep laid it out). 0 expand, 1 layer-1 forward (x·W1 + b1, σ), 2 layer-2 forward (z·W2 + b2),
 * 3 softmax and dy, 4 layer-2 backward (da1), 5 W2/b2 update, 6 W1/b1 backward and update, 7 softmax and loss.
 * Phases that update run with the given lr (0 keeps the weights).
 */
export function profilePhase(phase: i32, batch: i32, lr: f32, reps: i32): void {
  for (let r = 0; r < reps; r++) {
    if (phase == 0) expand(0, IDS, 0, batch);
    else if (phase == 1) layer1(0, batch);
    else if (phase == 2) layer2(0, batch);
    else if (phase == 3) outputs(batch, true);
    else if (phase == 4) hiddenGradient(batch);
    else if (phase == 5) updateLayer2(batch, lr);
    else if (phase == 6) updateLayer1(batch, lr);
    else outputs(batch, false);
  }
}

/** Entries (nonzero pixels and fillers) of the expanded batch: the multiply-add count of layer 1 is this × 4·NV. */
export function expandedEntries(batch: i32): i32 {
  return load<i32>(LIST_START + (<usize>batch << 2));
}

/** Mean cross-entropy of the training images at IDS, without training. */
export function batchLoss(batch: i32): f64 {
  expand(0, IDS, 0, batch);
  return forward(batch, false);
}

/**
 * Classifies images [start, end) of split `id`, `chunk` at a time (the scratch holds that many samples).
 * Returns how many match their label; with toOut also writes the classes to OUT (at most OUT_BYTES).
 */
export function classify(id: i32, start: i32, end: i32, chunk: i32, toOut: bool): i32 {
  const labels = splitField(id, 3), out = toOut ? OUT : 0;
  if (toOut && end - start > OUT_BYTES) return -1;
  let correct = 0;
  for (let first = start; first < end; first += chunk) {
    const count = min(chunk, end - first);
    expand(id, 0, first, count);
    layer1(0, count);
    layer2(0, count);
    for (let s = 0; s < count; s++) {
      const c = argmax(s);
      if (out != 0) store<u8>(out + <usize>(first + s - start), <u8>c);
      if (c == <i32>load<u8>(labels + <usize>(first + s))) correct++;
    }
  }
  return correct;
}
