// `npm run bench -- appInChromium`: the app itself, built and served like `npm run preview`, timed in Chromium
// as a learner uses it. These timings used to sit in the browser tests (logged, not asserted); they are
// measurements, so they live here. The functional checks of the same runs stay in e2e/.
//   - 4.4.1: slider input → descent path redrawn (numerical and exact gradient, 100 steps; and 1000 steps with
//     all four optimizers, the heaviest view the lab offers)
//   - 4.5: time to ready (opening the section → Start enabled), on a first visit (fresh context: empty HTTP cache,
//     no service worker, no MNIST in Cache Storage) and on a revisit (the service worker installed, MNIST cached),
//     with the phases between (target: ≤ 1.5 s on a first visit)
//   - 4.5: the book's run (first epoch and all 10,000 iterations, in the worker and as seen on the page),
//     main-thread long tasks meanwhile (target: none over 50 ms), Pause during an evaluation → "paused"
//     (target ≤ 100 ms), and the numerical gradient's iterations per second.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import type { BenchRow } from './benchRow.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
    __readyAt?: number;
    __workerAt?: number;
  }
}

const attr = async (page: Page, testId: string, name: string) => Number(await page.getByTestId(testId).first().getAttribute(name));
const whenState = (page: Page, state: string, timeout: number) =>
  page.waitForFunction((s) => document.querySelector('[data-testid="train-state"]')?.getAttribute('data-state') === s, state, { timeout });

async function openTraining(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(`${base}/?s=4.5&lang=en${query ? `&${query}` : ''}`);
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="train-start"]')?.disabled, null, { timeout: 30_000 });
}

/** What one open of 4.5 spent where, in ms; from the worker's `mnist:*` User Timing entries (loadMnist.ts). */
interface ReadyTimeline {
  /** Navigation start → Start enabled. */
  ready: number;
  phases: Map<string, number>;
  /** The four .gz files came from Cache Storage (no wait for a download by the loader or the service worker). */
  cached: boolean;
}

// One after another from navigation to Start enabled: these sum to the time to ready.
const SEQUENCE: readonly [key: string, label: string][] = [
  ['app', 'page + app start → new Worker'],
  ['worker', 'worker start (thread, script, comlink) → loadData'],
  ['lock-wait', 'Web Lock wait (the service worker filling the cache)'],
  ['load', 'load: fetch, decompress, verify, parse'],
  ['pack', 'wasm compile + pack into the store'],
  ['other', 'reply + React commit'],
];
// Inside the load, overlapping (a file's digest runs while the next downloads): each the wall time any file was in it.
const WITHIN_LOAD: readonly [key: string, label: string][] = [
  ['manifest', 'manifest.json'],
  ['download', 'download (from the server or Cache Storage)'],
  ['decompress', 'decompress in the loader (plain gzip only)'],
  ['verify', 'SHA-256 (4 files, beside the downloads)'],
  ['parse', 'parse IDX'],
];
// Beside the rest, not waited for: the loader's copies still being written to Cache Storage after the load.
const BESIDE: readonly [key: string, label: string][] = [['cache-settle', 'Cache Storage copies written after the load (not waited for)']];

/** Total length of the union of [start, end) intervals. */
function coveredMs(spans: { start: number; duration: number }[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const { start, duration } of [...spans].sort((x, y) => x.start - y.start)) {
    const end = start + duration;
    if (end > reach) total += end - Math.max(start, reach);
    reach = Math.max(reach, end);
  }
  return total;
}

/** Opens 4.5 in `context` and times it to Start enabled, then reads the training worker's timeline. */
async function timeToReady(context: BrowserContext, base: string): Promise<ReadyTimeline> {
  const page = await context.newPage();
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  await page.addInitScript(() => {
    window.Worker = new Proxy(window.Worker, {
      construct(target, args: ConstructorParameters<typeof Worker>) {
        window.__workerAt ??= performance.now();
        return Reflect.construct(target, args) as Worker;
      },
    });
    new MutationObserver(() => {
      const start = document.querySelector<HTMLButtonElement>('[data-testid="train-start"]');
      if (start && !start.disabled) window.__readyAt ??= performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  });
  const workerSeen = page.waitForEvent('worker', { predicate: (w) => w.url().includes('training.worker'), timeout: 30_000 });
  await openTraining(page, base);
  await page.waitForFunction(() => window.__readyAt !== undefined);
  const worker = await workerSeen;
  const seen = await page.evaluate(() => ({ ready: window.__readyAt ?? NaN, workerAt: window.__workerAt ?? NaN, origin: performance.timeOrigin }));
  const timeline = await worker.evaluate(() => ({
    origin: performance.timeOrigin,
    measures: performance.getEntriesByType('measure').map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
  }));
  await page.close();
  // Worker times on the page's clock: both timelines count from their own origin on one wall clock.
  const shift = timeline.origin - seen.origin;
  const measures = timeline.measures.filter((m) => m.name.startsWith('mnist:')).map((m) => ({ ...m, name: m.name.slice(6), start: m.start + shift }));
  const of = (phase: string) => measures.filter((m) => m.name.split(' ')[0] === phase);
  const end = (phase: string) => Math.max(...of(phase).map((m) => m.start + m.duration));
  const phases = new Map<string, number>();
  for (const [key] of [...SEQUENCE, ...WITHIN_LOAD, ...BESIDE]) if (of(key).length > 0) phases.set(key, coveredMs(of(key)));
  const loadStart = Math.min(...of('load').map((m) => m.start));
  const asked = of('lock-wait')[0]?.start ?? loadStart;
  phases.set('app', seen.workerAt);
  phases.set('worker', asked - seen.workerAt);
  // The lock is asked for just before the load.
  if (phases.has('lock-wait')) phases.set('lock-wait', loadStart - asked);
  phases.set('other', seen.ready - end('pack'));
  const downloads = of('download');
  const cached = (phases.get('lock-wait') ?? 0) < 50 && !phases.has('decompress') && Math.max(...downloads.map((m) => m.duration)) < 400;
  return { ready: seen.ready, phases, cached };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** First visits in fresh contexts and, in each, a revisit once the service worker has cached MNIST. */
export async function readyTimes(browser: Browser, base: string, runs = 7): Promise<BenchRow[]> {
  const first: ReadyTimeline[] = [];
  const again: ReadyTimeline[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    try {
      first.push(await timeToReady(context, base));
      // The install fills the MNIST cache under the lock the worker held: once active, the files are cached.
      const page = await context.newPage();
      await page.goto(`${base}/?lang=en`);
      await page.evaluate(async () => void (await navigator.serviceWorker.ready));
      await page.close();
      again.push(await timeToReady(context, base));
    } finally {
      await context.close();
    }
  }
  const rows: BenchRow[] = [];
  const cachedRevisits = again.filter((t) => t.cached).length;
  const waited = first.filter((t) => (t.phases.get('lock-wait') ?? 0) > 50).length;
  for (const [visit, times, note] of [
    ['first visit', first, `fresh context: empty HTTP cache, no service worker, no Cache Storage; the loader waited for the service worker's fill in ${waited} of ${first.length}; target ≤ 1.5 s`],
    ['revisit', again, `same context, service worker active; MNIST from Cache Storage in ${cachedRevisits} of ${again.length}`],
  ] as const) {
    const readies = times.map((t) => t.ready);
    rows.push({
      name: `app 4.5 time to ready, ${visit}`, medianMs: median(readies), samples: times.length,
      note: `${note}; min ${Math.min(...readies).toFixed(0)}, max ${Math.max(...readies).toFixed(0)} ms`,
    });
    for (const [key, label] of SEQUENCE) {
      const values = times.map((t) => t.phases.get(key)).filter((v): v is number => v !== undefined);
      if (values.length > 0) rows.push({ name: `  ${visit}: ${label}`, medianMs: median(values), samples: values.length });
      if (key !== 'load') continue;
      for (const [inner, innerLabel] of WITHIN_LOAD) {
        const spans = times.map((t) => t.phases.get(inner)).filter((v): v is number => v !== undefined);
        if (spans.length > 0) rows.push({ name: `    ${visit}, in the load: ${innerLabel}`, medianMs: median(spans), samples: spans.length });
      }
    }
    for (const [key, label] of BESIDE) {
      const values = times.map((t) => t.phases.get(key)).filter((v): v is number => v !== undefined);
      if (values.length > 0) rows.push({ name: `  ${visit}, beside: ${label}`, medianMs: median(values), samples: values.length });
    }
  }
  return rows;
}

/** 15 slider key presses, each timed from the input event to the SGD path's d attribute changing (React commit). */
export async function descentRedraw(page: Page, base: string, query: string, note: string): Promise<BenchRow[]> {
  await page.goto(`${base}/?s=4.4&lang=en${query}`);
  const rows: BenchRow[] = [];
  for (const kind of ['numerical', 'exact'] as const) {
    await page.getByTestId(`descent-gradient-${kind}`).check();
    const slider = page.getByTestId('descent-lr-slider');
    await slider.focus();
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      // From the input event to the path's d attribute changing (React commit included).
      const timing = page.evaluate(() => new Promise<number>((resolve) => {
        const input = document.querySelector('[data-testid=descent-lr-slider]');
        const path = document.querySelector('[data-testid=descent-path]');
        if (!input || !path) throw new Error('missing slider or path');
        let t0 = 0;
        input.addEventListener('input', () => { t0 = performance.now(); }, { once: true, capture: true });
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(path, { attributes: true, attributeFilter: ['d'] });
      }));
      await page.waitForTimeout(20);
      await slider.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
      times.push(await timing);
    }
    times.sort((a, b) => a - b);
    rows.push({ name: `app 4.4.1 descent ${kind}${note ? `, ${note}` : ''}: input → path redrawn`, medianMs: times[7], samples: 15, note: `max ${times[14].toFixed(2)} ms` });
  }
  return rows;
}

async function descent(page: Page, base: string): Promise<BenchRow[]> {
  return [
    ...(await descentRedraw(page, base, '', '100 steps')),
    // lr 0.01 keeps every path finite, so all four are drawn in full.
    ...(await descentRedraw(page, base, '&dn=1000&dlr=0.01&dopt=SGD.Momentum.AdaGrad.Adam', '1000 steps × 4 optimizers')),
  ];
}

async function bookRun(page: Page, base: string): Promise<BenchRow[]> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await openTraining(page, base);
  await page.waitForTimeout(500); // let the load's own work settle before measuring
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('train-start').click();
  await page.locator('[data-testid="acc-point"][data-epoch="1"]').waitFor({ state: 'attached', timeout: 60_000 });
  const epoch1Seen = await page.evaluate(() => performance.now());
  await whenState(page, 'finished', 150_000);
  const finishedSeen = await page.evaluate(() => performance.now());
  const epoch1Worker = Number(await page.locator('[data-testid="acc-point"][data-epoch="1"]').getAttribute('data-elapsed-ms'));
  const runWorker = await attr(page, 'train-state', 'data-elapsed-ms');
  const last = page.locator('[data-testid="acc-point"][data-epoch="16"]');
  const accuracy = `train ${Number(await last.getAttribute('data-train')).toFixed(4)}, test ${Number(await last.getAttribute('data-test')).toFixed(4)}`;
  const tasks = await page.evaluate((t0) => window.__longTasks.filter((e) => e.start >= t0), clickedAt);
  const longest = tasks.reduce((m, e) => Math.max(m, e.duration), 0);
  return [
    { name: 'app 4.5 first epoch, worker', medianMs: epoch1Worker, samples: 1, note: '600 iterations + evaluations after i = 0 and 600' },
    { name: 'app 4.5 first epoch, click → point on screen', medianMs: epoch1Seen - clickedAt, samples: 1 },
    { name: 'app 4.5 book run, worker', medianMs: runWorker, samples: 1, note: `10,000 iterations + 17 evaluations; after i = 9600 ${accuracy}` },
    {
      name: 'app 4.5 book run, click → "finished" on screen', medianMs: finishedSeen - clickedAt, samples: 1,
      note: `main-thread long tasks meanwhile: ${tasks.length}, longest ${longest.toFixed(0)} ms (target: none over 50 ms)`,
    },
  ];
}

async function pauseDuringEvaluation(page: Page, base: string): Promise<BenchRow[]> {
  await openTraining(page, base);
  // In the page, with no round trip to the runner: Pause as soon as an evaluation is reported, then time
  // until the state readout says paused.
  // Cross-origin isolated (vite preview) the evaluation runs beside training on the pool; else in the worker.
  const [latency, beside] = await page.evaluate(() => new Promise<[number, boolean]>((resolve, reject) => {
    setTimeout(() => reject(new Error('no evaluation was seen within 60 s')), 60_000);
    const button = document.querySelector<HTMLButtonElement>('[data-testid="train-start"]');
    const activity = document.querySelector('[data-testid="train-activity"]');
    const state = document.querySelector('[data-testid="train-state"]');
    if (!button || !activity || !state) throw new Error('controls missing');
    let clickedAt = 0, besideSeen = false;
    new MutationObserver(() => {
      const text = activity.textContent ?? '';
      const inWorker = text.includes('Measuring accuracy') && !text.includes(': 0 of');
      besideSeen = text.includes('Measuring the accuracy of iteration');
      if (clickedAt === 0 && (inWorker || besideSeen)) {
        clickedAt = performance.now();
        button.click();
      }
    }).observe(activity, { childList: true, subtree: true, characterData: true });
    new MutationObserver(() => {
      if (clickedAt > 0 && state.getAttribute('data-state') === 'paused') resolve([performance.now() - clickedAt, besideSeen]);
    }).observe(state, { attributes: true });
    button.click(); // Start
  }));
  const where = beside ? 'runs beside training (pool)' : 'runs in the worker';
  return [{ name: `app 4.5 Pause while an evaluation ${where} → "paused" shown`, medianMs: latency, samples: 1, note: 'target ≤ 100 ms' }];
}

async function numerical(page: Page, base: string): Promise<BenchRow[]> {
  await openTraining(page, base, 'tg=numerical');
  await page.getByTestId('train-start').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="train-activity"]')?.textContent?.includes('parameter'), null, { timeout: 10_000 });
  await page.waitForTimeout(5000);
  await page.getByTestId('train-start').click(); // Pause
  await whenState(page, 'paused', 30_000);
  const iterations = await attr(page, 'train-state', 'data-iteration');
  const ms = await attr(page, 'train-state', 'data-elapsed-ms');
  return [{
    name: 'app 4.5 numerical-gradient iteration', medianMs: ms / iterations, samples: iterations,
    note: `784-50-10, batch 100: mean over ${iterations} iterations in ${(ms / 1000).toFixed(2)} s = ${((iterations / ms) * 1000).toFixed(2)} it/s`,
  }];
}

export async function run(): Promise<BenchRow[]> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const missing = FILES.filter((f) => !existsSync(join(root, 'public', 'data', 'mnist', `${f}.gz`)));
  if (!existsSync(executablePath) || missing.length) {
    const why = missing.length ? 'run `npm run prepare-data` first' : `no Chromium at ${executablePath}`;
    return [{ name: `app in Chromium (skipped: ${why})`, medianMs: NaN, samples: 0 }];
  }
  const outDir = mkdtempSync(join(tmpdir(), 'gradient-lab-bench-'));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const rows: BenchRow[] = await readyTimes(browser, base);
    // A fresh page (and worker) for each measurement, at the browser tests' window size.
    for (const measure of [descent, bookRun, pauseDuringEvaluation, numerical]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
      rows.push(...(await measure(page, base)));
      await page.close();
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
