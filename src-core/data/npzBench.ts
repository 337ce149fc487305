// The .npz round trip in figures: `npx tsx src-core/data/npzBench.ts` (sizes, and best-of-7 write and read times).
import { createRandom, initTwoLayerNetParams, readParamsNpz, writeParamsNpz } from '../index.ts';
for (const h of [50, 1000]) {
  const p = initTwoLayerNetParams({ inputSize: 784, hiddenSize: h, outputSize: 10 }, 0.01, createRandom(0));
  let w = Infinity, r = Infinity, bytes = 0;
  for (let i = 0; i < 7; i++) {
    const s = performance.now(); const b = writeParamsNpz(p); const m = performance.now(); readParamsNpz(b); const e = performance.now();
    w = Math.min(w, m - s); r = Math.min(r, e - m); bytes = b.length;
  }
  console.log(`784-${h}-10: ${bytes} bytes, write ${w.toFixed(1)} ms, read ${r.toFixed(1)} ms (best of 7)`);
}
