// Iterations per second over roughly the last second of training time (evaluation time is not counted).
// Work is recorded in iterations, possibly fractional: a numerical-gradient iteration advances in parts.

export class RateMeter {
  private readonly windowMs: number;
  private samples: { ms: number; work: number }[] = [];
  private ms = 0;
  private work = 0;

  constructor(windowMs = 1000) {
    this.windowMs = windowMs;
  }

  record(ms: number, work: number): void {
    if (!(ms > 0) || !(work >= 0)) return;
    this.samples.push({ ms, work });
    this.ms += ms;
    this.work += work;
    while (this.samples.length > 1 && this.ms - this.samples[0].ms >= this.windowMs) {
      const old = this.samples.shift();
      if (!old) break;
      this.ms -= old.ms;
      this.work -= old.work;
    }
  }

  /** Iterations per second, 0 before anything was recorded. */
  perSecond(): number {
    return this.ms > 0 ? (this.work / this.ms) * 1000 : 0;
  }

  clear(): void {
    this.samples = [];
    this.ms = 0;
    this.work = 0;
  }
}
