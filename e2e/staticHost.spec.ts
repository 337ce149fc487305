import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from './staticServer.ts';
import { trainOneEpoch } from './trainOneEpoch.ts';
import { iterationOf, startThenPauseOn } from './fixtures.ts';

// dist/ copied to a plain static server, in a folder of its own (/gradient-lab/), with no COOP/COEP and no other
// special header: the app loads, reads MNIST from its folder and trains one epoch. Both ways a server may send
// the .gz files: as files (python3 -m http.server) and with Content-Encoding: gzip.

test.use({ serviceWorkers: 'allow' }); // blocked for the other specs (playwright.config.ts)

const DIST = process.env.E2E_DIST || 'dist';
const BASE = '/gradient-lab/';

for (const gzip of ['file', 'encoding'] as const) {
  test.describe(`a plain static server, .gz sent as ${gzip === 'file' ? 'files' : 'Content-Encoding'}`, () => {
    let server: StaticServer;
    test.beforeEach(async () => {
      server = await startStaticServer({ root: DIST, base: BASE, gzip });
    });
    test.afterEach(async () => {
      await server.close();
    });

    test('dist/ under /gradient-lab/ trains one epoch, without cross-origin isolation', async ({ page }) => {
      const failed: string[] = [];
      page.on('pageerror', (error) => failed.push(error.message));
      await trainOneEpoch(page, server.url);
      expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
      expect(failed).toEqual([]);
      // Everything came from the app's folder, nothing was missing, and the data was read from there.
      expect(server.log.filter((entry) => entry.status >= 400)).toEqual([]);
      const paths = server.log.map((entry) => entry.path);
      expect(paths.every((path) => path.startsWith(BASE))).toBe(true);
      expect(paths).toContain(`${BASE}data/mnist/train-images-idx3-ubyte.gz`);
      expect(paths).toContain(`${BASE}serviceWorker.js`);
    });
  });
}

test('the folder without its trailing slash is sent to it, and a path outside the folder is not the app', async ({ page }) => {
  const server = await startStaticServer({ root: DIST, base: BASE });
  try {
    await page.goto(server.url.slice(0, -1));
    expect(new URL(page.url()).pathname).toBe(BASE);
    await expect(page.getByRole('navigation')).toBeVisible();
    expect((await page.request.get(new URL('/index.html', server.url).toString())).status()).toBe(404);
  } finally {
    await server.close();
  }
});

test('without cross-origin isolation one worker evaluates in chunks, and Pause during a full-set evaluation stops the run there', async ({ page }) => {
  const server = await startStaticServer({ root: DIST, base: BASE });
  try {
    await page.goto(`${server.url}?s=4.5&lang=en`);
    const panel = page.getByTestId('panel-training');
    await expect(panel.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
    // Start, then Pause as soon as an evaluation is under way, past its first chunk ("5,000 of 70,000 images").
    const seen = await startThenPauseOn(page, '000 of 70,000 images');
    expect(seen).toContain('Measuring accuracy');
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'paused');
    const pausedAt = await iterationOf(panel);
    await page.waitForTimeout(300);
    expect(await iterationOf(panel)).toBe(pausedAt);
    await expect(panel.getByTestId('train-start')).toHaveText('Resume');
    await expect(panel.getByTestId('train-activity')).toContainText('Measuring accuracy');
  } finally {
    await server.close();
  }
});
