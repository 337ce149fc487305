// `npm run bench -- appInChromium`: the app itself, built and served like `npm run preview`, timed in Chromium
// as a learner uses it. These timings used to sit in the browser tests (logged, not asserted); they are
// measurements, so they live here. The functional checks of the same runs stay in e2e/.
//   - 4.4.1: slider input → descent path redrawn (numerical and exact gradient, 100 steps; and 1000 steps with
//     all four optimizers, the heaviest view the lab offers)
//   - 4.5: the book's run (first epoch and all 10,000 iterations, in the worker and as seen on the page),
//     main-thread long tasks meanwhile (target: none over 50 ms), Pause during an evaluation → "paused"
//     (target ≤ 100 ms), and the numerical gradient's iterations per second.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import type { BenchRow } from './benchRow.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

const attr = async (page: Page, testId: string, name: string) => Number(await page.getByTestId(testId).first().getAttribute(name));
const whenState = (page: Page, state: string, timeout: number) =>
  page.waitForFunction((s) => document.querySelector('[data-testid="train-state"]')?.getAttribute('data-state') === s, state, { timeout });

async function openTraining(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(`${base}/?s=4.5&lang=en${query ? `&${query}` : ''}`);
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="train-start"]')?.disabled, null, { timeout: 30_000 });
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
  const latency = await page.evaluate(() => new Promise<number>((resolve) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="train-start"]');
    const activity = document.querySelector('[data-testid="train-activity"]');
    const state = document.querySelector('[data-testid="train-state"]');
    if (!button || !activity || !state) throw new Error('controls missing');
    let clickedAt = 0;
    new MutationObserver(() => {
      const text = activity.textContent ?? '';
      if (clickedAt === 0 && text.includes('Measuring accuracy') && !text.includes(': 0 of')) {
        clickedAt = performance.now();
        button.click();
      }
    }).observe(activity, { childList: true, subtree: true, characterData: true });
    new MutationObserver(() => {
      if (clickedAt > 0 && state.getAttribute('data-state') === 'paused') resolve(performance.now() - clickedAt);
    }).observe(state, { attributes: true });
    button.click(); // Start
  }));
  return [{ name: 'app 4.5 Pause in an evaluation → "paused" shown', medianMs: latency, samples: 1, note: 'target ≤ 100 ms' }];
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
    const rows: BenchRow[] = [];
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
