import { createRandom, matrixCreate, softmax, type Matrix } from '../../../src-core/index.ts';
import { batchRows } from '../../store/lossSlice.ts';
import { CLASSES } from '../../store/lossParts.ts';

export interface Batch {
  /** batchRows × 10 network outputs, each row a softmax. */
  y: Matrix;
  /** The labels drawn with the seed (the learner may override them). */
  labels: number[];
}

/** How far ahead the true class starts: a half-trained network, right on most rows, not on all. */
const headStart = 2.5;

/**
 * A seeded mini-batch of plausible network outputs: labels as np.random.choice(10, 5), logits randn with a
 * head start for the true class, then the core's softmax row by row.
 */
export function drawBatch(seed: number): Batch {
  const random = createRandom(seed);
  const labels = Array.from(random.choice(CLASSES, batchRows));
  const logits = random.randnMatrix(batchRows, CLASSES);
  labels.forEach((label, i) => {
    logits.data[i * CLASSES + label] += headStart;
  });
  return { y: softmax(logits), labels };
}

/** The one-hot matrix of label indices (the book's one_hot_label=True form). */
export function oneHot(labels: readonly number[]): Matrix {
  const m = matrixCreate(labels.length, CLASSES);
  labels.forEach((label, i) => {
    m.data[i * CLASSES + label] = 1;
  });
  return m;
}
