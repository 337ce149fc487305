import type { OptimizerName } from '../../../src-core/index.ts';

/** One colour per optimizer (SGD keeps 4.4.1's orange); pinned paths use darker, dashed styles of their own. */
export const optimizerColors: Record<OptimizerName, string> = {
  SGD: '#d4550b', Momentum: '#1f6fd1', AdaGrad: '#23883f', Adam: '#c0245c',
};

export const pinStyles = [
  { color: '#5b2a86', dash: '6 4', r: 5 },
  { color: '#222222', dash: '2 3', r: 6.5 },
  { color: '#8a5a00', dash: '10 3 2 3', r: 8 },
  { color: '#0e7c86', dash: '4 2', r: 9.5 },
] as const;
