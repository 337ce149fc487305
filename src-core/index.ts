// The public surface of the numeric core. Everything the app, the workers and the tools use comes from here.
export {};
export { createRandom, type Random, type RandomState } from './random/random.ts';
export { IdxError, parseIdxImages, parseIdxLabels, parseMnistSplit, MNIST_PIXELS, type IdxImages, type IdxLabels, type MnistSplit } from './data/idx.ts';
export { gatherImages, gatherLabels, rangeIndices } from './data/batch.ts';
