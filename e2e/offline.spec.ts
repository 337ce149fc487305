import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bytesServed, startStaticServer, type StaticServer } from './staticServer.ts';
import { trainOneEpoch } from './trainOneEpoch.ts';

// The service worker: after one visit the app, its wasm and the MNIST files come from the cache, with no
// network at all; the data set crosses the network once; a new build waits for the learner's say-so.

test.use({ serviceWorkers: 'allow' }); // blocked for the other specs (playwright.config.ts)

const DIST = process.env.E2E_DIST || 'dist';
const BASE = '/gradient-lab/';
const GZ = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];

/** Waits until the service worker controls the page (installed, so everything is precached, and activated). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

let server: StaticServer;
test.beforeEach(async () => {
  server = await startStaticServer({ root: DIST, base: BASE, gzip: 'file' });
});
test.afterEach(async () => {
  await server.close().catch(() => undefined); // a test may have closed it already
});

test('after one visit: no network, reload, train one epoch, switch language; MNIST crossed the network once', async ({ page, context }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
  });

  // First visit, straight to 4.5: the data loads while the service worker installs.
  await page.goto(`${server.url}?s=4.5&lang=en`);
  await expect(page.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
  await waitForServiceWorker(page);

  // No network: the server is gone and the browser is offline.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await trainOneEpoch(page, null);
  await page.getByTestId('language-toggle').click();
  await expect(page.getByTestId('nav-4.5')).toHaveText('4.5 학습 알고리즘 구현');
  await expect(page.getByTestId('language-toggle')).toHaveText('English');
  await expect(page.getByTestId('train-iteration')).toHaveText('601 / 10,000');

  // Each data file's bytes were sent once, whoever asked (the page's worker or the service worker's install).
  for (const name of GZ) expect(bytesServed(server.log, `${BASE}data/mnist/${name}.gz`), name).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('a new build waits for the learner: the banner says so in both languages, Reload switches to it whole', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${server.url}?s=4.2&lang=en`);
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByTestId('update-banner')).toHaveCount(0);

  // The next build: index.html changed, so the service worker's list (its revision) changed with it.
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const newHtml = html.replace('<head>', '<head><meta name="build" content="next">');
  const oldRevision = createHash('md5').update(html).digest('hex');
  const sw = await readFile(join(DIST, 'serviceWorker.js'), 'utf8');
  expect(sw).toContain(oldRevision);
  server.override('index.html', newHtml);
  server.override('serviceWorker.js', sw.replace(oldRevision, createHash('md5').update(newHtml).digest('hex')));

  // The page checks for an update on load; the old build keeps running until the learner says so.
  await page.reload();
  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('A new version is ready', { timeout: 30_000 });
  expect(await page.locator('meta[name="build"]').count()).toBe(0);
  await page.getByTestId('language-toggle').click();
  await expect(banner).toContainText('새 버전이 준비되었습니다');
  await banner.getByRole('button', { name: '다시 불러오기' }).click();

  // Reloaded onto the new build, served from the new cache even with no network.
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'next', { timeout: 30_000 });
  await expect(banner).toHaveCount(0);
  await server.close();
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'next');
  await expect(page.getByRole('navigation')).toBeVisible();
});
