// One SGD step split over two threads that share the wasm memory: the layer-1 forward passes by sample (the
// helper takes the second half), the W1 update by pixel (the helper takes the rows from the batch's median
// pixel on), the small rest on the owner. Every number is computed by the same operations in the same order as in one thread's
// trainStep, so the step is the same bits. The threads meet through a control block of int32s in the shared
// memory: the owner posts a command and spins until the helper says it is done; the helper spins a little
// between commands, then sleeps in Atomics.wait (a run that pauses costs no CPU).
import type { KernelExports } from './wasmKernels.ts';

const SEQ = 0, DONE = 1, CMD = 2, A = 3, B = 4, BATCH = 5, GEN = 6, LAYOUT = 7, READY = 13, FAILED = 14;
const LAYER1 = 1, ROWS = 2, STOP = 3;
/** Bytes of the control block. */
export const STEP_CONTROL_BYTES = 64;
/** Looks at the control block before the helper naps in Atomics.wait (some hundred µs of spinning). */
const SPINS = 200_000;
/** The same for the owner waiting on the helper's half (tens of µs). */
const OWNER_SPINS = 200_000;
/** The owner gives up on a helper that has not answered for this long (ms): a fault, not a slow step. */
const TIMEOUT_MS = 2000;

/** The arguments of setLayout: d, h, o, rows, lut, start. */
export type LayoutArgs = readonly [number, number, number, number, number, number];

/** The owner's side: steps through the helper once it is ready, else alone. */
export class ParallelStep {
  private readonly ctl: Int32Array;
  private seq: number;

  constructor(private readonly k: KernelExports, at: number, private readonly inputSize: number) {
    this.ctl = new Int32Array(k.memory.buffer, at, STEP_CONTROL_BYTES / 4);
    this.seq = Atomics.load(this.ctl, SEQ);
  }

  /** True while a helper waits for commands. */
  get ready(): boolean {
    return Atomics.load(this.ctl, READY) === 1 && Atomics.load(this.ctl, FAILED) === 0;
  }

  /** The network was laid out anew: the helper lays its instance out the same before its next command. */
  setLayout(args: LayoutArgs): void {
    args.forEach((v, i) => Atomics.store(this.ctl, LAYOUT + i, v));
    Atomics.add(this.ctl, GEN, 1);
  }

  /** One SGD step on the batch at IDS, the loss after the update (as the kernels' trainStep). */
  trainStep(batch: number, lr: number): number {
    const k = this.k, half = batch >> 1; // an even split measured best (0.42 and 0.36 to the owner were slower)
    k.stepExpand(batch);
    this.post(LAYER1, half, batch, batch);
    k.stepLayer1(0, half);
    this.waitDone();
    k.stepMiddle(batch, lr);
    const pixel = k.medianPixel(batch);
    this.post(ROWS, pixel, this.inputSize, batch);
    k.stepRows(batch, 0, pixel);
    this.waitDone();
    this.post(LAYER1, half, batch, batch);
    k.stepLayer1(0, half);
    this.waitDone();
    return k.stepLoss(batch);
  }

  /** Ends the helper's loop (it returns to its thread's messages). */
  stop(): void {
    if (Atomics.load(this.ctl, READY) === 1) this.post(STOP, 0, 0, 0);
  }

  private post(cmd: number, a: number, b: number, batch: number): void {
    const c = this.ctl;
    Atomics.store(c, CMD, cmd);
    Atomics.store(c, A, a);
    Atomics.store(c, B, b);
    Atomics.store(c, BATCH, batch);
    this.seq = Atomics.add(c, SEQ, 1) + 1;
    Atomics.notify(c, SEQ);
  }

  // Spins while the helper is likely busy on its half; past that it sleeps until the helper's notify, so a
  // descheduled helper is not kept off its core by this thread's spinning (2 cores and a busy page).
  private waitDone(): void {
    const c = this.ctl;
    let spins = 0, since = 0;
    for (let done = Atomics.load(c, DONE); done !== this.seq; done = Atomics.load(c, DONE)) {
      if (++spins < OWNER_SPINS) continue;
      if (Atomics.load(c, FAILED) !== 0) throw new Error('the training step\'s helper thread failed');
      since ||= performance.now();
      if (performance.now() - since > TIMEOUT_MS) throw new Error(`the training step's helper thread did not answer within ${TIMEOUT_MS} ms`);
      Atomics.wait(c, DONE, done, 1);
    }
  }
}

/**
 * The helper's side: serves commands on its own kernel instance (over the same shared memory) until told to
 * stop. Blocks its thread meanwhile, so it runs on a thread of its own.
 */
export function runStepHelper(k: KernelExports, at: number): void {
  const c = new Int32Array(k.memory.buffer, at, STEP_CONTROL_BYTES / 4);
  let seen = Atomics.load(c, SEQ), gen = -1;
  Atomics.store(c, FAILED, 0);
  Atomics.store(c, READY, 1);
  try {
    for (;;) {
      let spins = 0;
      while (Atomics.load(c, SEQ) === seen) {
        if (++spins > SPINS) Atomics.wait(c, SEQ, seen, 100);
      }
      seen = Atomics.load(c, SEQ);
      const cmd = Atomics.load(c, CMD);
      if (cmd === STOP) break;
      const g = Atomics.load(c, GEN);
      if (g !== gen) {
        const l = Array.from({ length: 6 }, (_, i) => Atomics.load(c, LAYOUT + i));
        k.setLayout(l[0], l[1], l[2], l[3], l[4], l[5]);
        gen = g;
      }
      const a = Atomics.load(c, A), b = Atomics.load(c, B);
      if (cmd === LAYER1) k.stepLayer1(a, b);
      else if (cmd === ROWS) k.stepRows(Atomics.load(c, BATCH), a, b);
      Atomics.store(c, DONE, seen);
      Atomics.notify(c, DONE);
    }
  } catch (e) {
    Atomics.store(c, FAILED, 1);
    throw e;
  } finally {
    Atomics.store(c, READY, 0);
  }
}

/**
 * Whether to split the next step: splitting pays only while both threads get a core. On a loaded machine (two
 * cores, a busy page, an evaluation beside) a split step measured 6–50× slower than one thread's, so the owner
 * keeps measuring: every CYCLE steps it times PROBE steps each way and takes the faster (by median) for the
 * rest. Either way the numbers are the same bits.
 */
export class SplitChooser {
  static readonly CYCLE = 256;
  static readonly PROBE = 16;
  private at = 0;
  private split = true;
  private readonly alone: number[] = [];
  private readonly both: number[] = [];

  /** True: split the next step. */
  next(): boolean {
    const phase = this.at % SplitChooser.CYCLE;
    if (phase < SplitChooser.PROBE) return false;
    if (phase < 2 * SplitChooser.PROBE) return true;
    return this.split;
  }

  /** Records how long the step chosen by next() took (ms). */
  record(ms: number): void {
    const phase = this.at % SplitChooser.CYCLE;
    if (phase < SplitChooser.PROBE) this.alone.push(ms);
    else if (phase < 2 * SplitChooser.PROBE) this.both.push(ms);
    if (phase === 2 * SplitChooser.PROBE - 1) {
      this.split = median(this.both) < median(this.alone);
      this.alone.length = this.both.length = 0;
    }
    this.at++;
  }

  /** Whether steps outside the probes are split now. */
  get splitting(): boolean {
    return this.split;
  }
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[s.length >> 1];
}
