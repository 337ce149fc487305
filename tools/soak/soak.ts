// `npx tsx tools/soak/soak.ts [runs]`: the book's run, back to back, in Chromium against a production build,
// with the page's and the training worker's JS heap measured after a full GC at the start and the end.
// A report for the closing note, not a test: it prints numbers, asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { build, preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const runs = Number(process.argv[2] ?? 20);

/** Sends a command to the first worker target through the page session (non-flat CDP target messages). */
async function workerHeap(cdp: CDPSession, sessionId: string): Promise<number> {
  let id = 0;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const my = ++id + 1000;
      const on = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id: number; result: Record<string, unknown> };
        if (e.sessionId === sessionId && m.id === my) {
          cdp.off('Target.receivedMessageFromTarget', on);
          resolve(m.result);
        }
      };
      cdp.on('Target.receivedMessageFromTarget', on);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: my, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function bookRun(page: Page): Promise<string> {
  await page.getByTestId('train-reset').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=train-iteration]')?.textContent?.startsWith('0 /'));
  await page.getByTestId('train-start').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=train-state]')?.getAttribute('data-state') === 'finished', null, { timeout: 300_000 });
  return (await page.getByTestId('train-finished').textContent()) ?? '';
}

const outDir = mkdtempSync(join(tmpdir(), 'gradient-lab-soak-'));
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: FLAGS });
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const attached = new Promise<string>((resolve) => cdp.on('Target.attachedToTarget', (e) => e.targetInfo.type === 'worker' && resolve(e.sessionId)));
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await page.goto(`${base}/?s=4.5&lang=en`);
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=train-start]')?.disabled, null, { timeout: 60_000 });
  const worker = await attached;
  const start = { page: await pageHeap(cdp), worker: await workerHeap(cdp, worker) };
  const t0 = Date.now();
  let last = '';
  for (let i = 0; i < runs; i++) last = await bookRun(page);
  const end = { page: await pageHeap(cdp), worker: await workerHeap(cdp, worker) };
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(`${runs} book runs back to back in ${((Date.now() - t0) / 1000).toFixed(1)} s; last: ${last}`);
  console.log(`page JS heap after GC:   start ${mb(start.page)}, end ${mb(end.page)}`);
  console.log(`worker JS heap after GC: start ${mb(start.worker)}, end ${mb(end.worker)}`);
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
  rmSync(outDir, { recursive: true, force: true });
}
