// numpy's legacy generator (np.random.seed / randn / choice), bit for bit, so seeded runs match the book's.
// randn's log is glibc's, not Math.log: see glibcLog.ts. Bit-exactness therefore targets numpy on Linux.
import { matrixCreate, type Matrix } from '../matrix.ts';
import { requireInteger } from '../validate.ts';
import { glibcLog } from './glibcLog.ts';

const N = 624;
const M = 397;

// Same fields as numpy's RandomState.get_state(): ('MT19937', key, pos, has_gauss, cached_gaussian).
export interface RandomState {
  readonly key: Uint32Array;
  readonly pos: number;
  readonly hasGauss: boolean;
  readonly gauss: number;
}

export interface Random {
  /** Standard normal draws, as np.random.randn(count). */
  randn(count: number): Float64Array;
  /** Row-major rows×cols normals, as np.random.randn(rows, cols). */
  randnMatrix(rows: number, cols: number): Matrix;
  /** Integers in [0, n) with replacement, as np.random.choice(n, size). */
  choice(n: number, size: number): Int32Array;
  /** Uniform doubles in [0, 1), as np.random.random(count). */
  random(count: number): Float64Array;
  /** Raw 32-bit MT19937 output. */
  nextUint32(): number;
  getState(): RandomState;
  setState(state: RandomState): void;
}

// numpy's mt19937_seed is Matsumoto–Nishimura init_genrand (init_by_array is only for array seeds).
function initGenrand(seed: number): Uint32Array {
  const mt = new Uint32Array(N);
  mt[0] = seed;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1];
    mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
  }
  return mt;
}

function twist(mt: Uint32Array): void {
  for (let i = 0; i < N; i++) {
    const y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
    mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
  }
}

// Smallest 2^k − 1 ≥ max, numpy's gen_mask.
function genMask(max: number): number {
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}

export function createRandom(seed: number): Random {
  requireInteger('createRandom', 'seed', seed, 0, 0xffffffff);
  let key = initGenrand(seed);
  let pos = N;
  let hasGauss = false;
  let gauss = 0;

  function nextUint32(): number {
    if (pos >= N) {
      twist(key);
      pos = 0;
    }
    let y = key[pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  // 53-bit double from two words, numpy's mt19937_next_double.
  function nextDouble(): number {
    const a = nextUint32() >>> 5;
    const b = nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  // Polar (Marsaglia) method; the second value waits for the next call, numpy's legacy_gauss.
  function nextGauss(): number {
    if (hasGauss) {
      hasGauss = false;
      const g = gauss;
      gauss = 0;
      return g;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * nextDouble() - 1;
      x2 = 2 * nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * glibcLog(r2)) / r2);
    gauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  function randn(count: number): Float64Array {
    requireInteger('randn', 'count', count, 0);
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = nextGauss();
    return out;
  }

  function randnMatrix(rows: number, cols: number): Matrix {
    requireInteger('randnMatrix', 'rows', rows, 0);
    requireInteger('randnMatrix', 'cols', cols, 0);
    return matrixCreate(rows, cols, randn(rows * cols));
  }

  // Legacy randint(0, n): masked rejection on 32-bit words, one word per try.
  function choice(n: number, size: number): Int32Array {
    requireInteger('choice', 'n', n, 1, 0x7fffffff);
    requireInteger('choice', 'size', size, 0);
    const out = new Int32Array(size);
    const max = n - 1;
    if (max === 0) return out; // numpy draws no words when the range is a single value
    const mask = genMask(max);
    for (let i = 0; i < size; i++) {
      let v: number;
      do v = (nextUint32() & mask) >>> 0; while (v > max);
      out[i] = v;
    }
    return out;
  }

  function random(count: number): Float64Array {
    requireInteger('random', 'count', count, 0);
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = nextDouble();
    return out;
  }

  function getState(): RandomState {
    return { key: key.slice(), pos, hasGauss, gauss };
  }

  function setState(state: RandomState): void {
    if (!(state.key instanceof Uint32Array) || state.key.length !== N) {
      throw new RangeError(`setState: state.key must be a Uint32Array of length ${N}`);
    }
    requireInteger('setState', 'state.pos', state.pos, 0, N);
    key = state.key.slice();
    pos = state.pos;
    hasGauss = state.hasGauss;
    gauss = state.hasGauss ? state.gauss : 0;
  }

  return { randn, randnMatrix, choice, random, nextUint32, getState, setState };
}
