// A small deterministic stand-in for MNIST (tests, demos without the data): images with ~20% nonzero pixels
// drawn around a per-class blob, so a network can learn them, and bytes that include 255 and 1 as edge values.
import { createRandom } from '../random/random.ts';
import type { MnistSplit } from './idx.ts';

export function syntheticMnistSplit(count: number, seed: number, pixels = 784, classes = 10): MnistSplit {
  const random = createRandom(seed);
  const u = random.random(count * (pixels + 1));
  const images = new Uint8Array(count * pixels);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = Math.floor(u[i * (pixels + 1)] * classes);
    labels[i] = label;
    const centre = ((label + 0.5) / classes) * pixels;
    for (let k = 0; k < pixels; k++) {
      const near = Math.abs(k - centre) < pixels * 0.12;
      const r = u[i * (pixels + 1) + 1 + k];
      const on = near ? r < 0.8 : r < 0.05;
      images[i * pixels + k] = on ? (r < 0.02 ? 255 : 1 + Math.floor(r * 254 * 1.2) % 255) : 0;
    }
  }
  return { count, pixels, images, labels };
}
