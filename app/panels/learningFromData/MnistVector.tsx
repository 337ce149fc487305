import { useEffect, useRef } from 'react';

const SIDE = 28;

/** Draws bytes as grey pixels (ink dark on white paper), `width` × `height` source pixels. */
function usePixels(pixels: Uint8Array, width: number, height: number) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(width, height);
    pixels.forEach((v, i) => {
      const grey = 255 - v;
      image.data.set([grey, grey, grey, 255], i * 4);
    });
    ctx.putImageData(image, 0, 0);
  }, [pixels, width, height]);
  return ref;
}

export function MnistImageCanvas({ pixels, label }: { pixels: Uint8Array; label: string }) {
  const ref = usePixels(pixels, SIDE, SIDE);
  return <canvas ref={ref} width={SIDE} height={SIDE} className="mnist-image" role="img" aria-label={label} data-testid="mnist-image" />;
}

/** The 784 values in one row, as the network's input vector. */
export function MnistStrip({ pixels, label }: { pixels: Uint8Array; label: string }) {
  const ref = usePixels(pixels, pixels.length, 1);
  return <canvas ref={ref} width={pixels.length} height={1} className="mnist-strip" role="img" aria-label={label} />;
}

/** The 784 numbers in 28 rows, as bytes or divided by 255. */
export function MnistNumbers({ pixels, scaled }: { pixels: Uint8Array; scaled: boolean }) {
  const cell = (v: number) => (scaled ? (v === 0 ? '0' : (v / 255).toFixed(2)).padStart(4) : String(v).padStart(3));
  const rows = Array.from({ length: SIDE }, (_, r) => Array.from(pixels.subarray(r * SIDE, (r + 1) * SIDE), cell).join(' '));
  return <pre className="mnist-numbers" data-testid="mnist-numbers">{rows.join('\n')}</pre>;
}
