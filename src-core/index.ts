// The public surface of the numeric core. Everything the app, the workers and the tools use comes from here.
export {};
export { createRandom, type Random, type RandomState } from './random/random.ts';
