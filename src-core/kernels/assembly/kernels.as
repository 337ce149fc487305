// Entry points of the fast TwoLayerNet kernels: one SGD step, a batch loss, evaluation, prediction.
// Memory is laid out by the JS side (src-core/kernels/wasmNet.ts) and described once through setLayout.
// A split of the data set is (packed, starts, labels): see sparse.as.
import { exp4 } from './simdMath';
import { A2, DY, IDS, MATH, O, OUT, OUT_BYTES, ROWB, Z1 } from './layout';
import { argmax, layer1, layer2, softmaxLoss } from './forward';
import { hiddenGradient, updateLayer1, updateLayer2 } from './backward';
import { expand } from './sparse';

export { setLayout, layoutBytes, w1Ptr, b1Ptr, w2tPtr, b2Ptr, idsPtr, outPtr } from './layout';
export { packImages } from './sparse';

export function heapBase(): usize {
  return __heap_base;
}

/** e^x through the vector exp, for tests of its accuracy. */
export function expLane(x: f32): f32 {
  return f32x4.extract_lane(exp4(f32x4.splat(x), MATH), 0);
}

// Forward pass over the expanded batch; mean cross-entropy. With withDy, also dy = (y − t) / batch.
function forward(labels: usize, batch: i32, withDy: bool): f64 {
  let loss = 0.0;
  const rowBytes = <usize>ROWB, o = O, ids = IDS;
  layer1(0, batch);
  for (let s = 0; s < batch; s++) {
    const a = A2 + (<usize>(s * o) << 3);
    layer2(Z1 + <usize>s * rowBytes, a);
    const t = <i32>load<u8>(labels + <usize>load<i32>(ids + (<usize>s << 2)));
    loss += softmaxLoss(a, t);
    if (withDy) {
      for (let c = 0; c < o; c++) {
        const y = load<f64>(a + (<usize>c << 3));
        store<f32>(DY + (<usize>(s * o + c) << 2), <f32>((c == t ? y - 1.0 : y) / <f64>batch));
      }
    }
  }
  return loss / <f64>batch;
}

/** One SGD step on the images at IDS (i32 × batch); returns the loss after the update on the same batch. */
export function trainStep(packed: usize, starts: usize, labels: usize, batch: i32, lr: f32): f64 {
  expand(packed, starts, IDS, 0, batch);
  forward(labels, batch, true);
  hiddenGradient(batch);
  updateLayer2(batch, lr);
  updateLayer1(batch, lr);
  return forward(labels, batch, false);
}

/** Mean cross-entropy of the images at IDS without training. */
export function batchLoss(packed: usize, starts: usize, labels: usize, batch: i32): f64 {
  expand(packed, starts, IDS, 0, batch);
  return forward(labels, batch, false);
}

/**
 * Classifies images [start, end), `chunk` at a time (the scratch holds that many samples). With labels ≠ 0
 * returns how many match their label; with labels = 0 writes the classes to OUT (at most OUT_BYTES of them).
 */
export function classify(packed: usize, starts: usize, labels: usize, start: i32, end: i32, chunk: i32): i32 {
  const rowBytes = <usize>ROWB;
  const out = labels == 0 ? OUT : 0;
  if (labels == 0 && end - start > OUT_BYTES) return -1;
  let correct = 0;
  for (let first = start; first < end; first += chunk) {
    const count = min(chunk, end - first);
    expand(packed, starts, 0, first, count);
    layer1(0, count);
    for (let s = 0; s < count; s++) {
      layer2(Z1 + <usize>s * rowBytes, A2);
      const c = argmax(A2);
      if (out != 0) store<u8>(out + <usize>(first + s - start), <u8>c);
      if (labels != 0 && c == <i32>load<u8>(labels + <usize>(first + s))) correct++;
    }
  }
  return correct;
}
