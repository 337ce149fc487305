import { expect, test } from '@playwright/test';
import { accuracyPoints, iterationOf, openTraining } from './fixtures.ts';

// Playwright turns the back/forward cache off by default (a launch flag); this file turns it back on.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
});

test('leaving mid-run and coming back restores the run, paused at its last epoch, with its curves', async ({ page }) => {
  test.setTimeout(90_000);
  const panel = await openTraining(page, 'ti=5000');
  await panel.getByTestId('train-start').click();
  await expect.poll(() => iterationOf(panel), { timeout: 30_000 }).toBeGreaterThan(700);
  // The evaluation after 600 is drawn (it may run beside training, finishing after later iterations): its
  // snapshot has reached the page.
  await expect.poll(async () => (await accuracyPoints(panel)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  const shown = await page.evaluate(() => location.href);
  await page.goto('/data/mnist/manifest.json');
  await page.goBack({ waitUntil: 'commit' });
  expect(await page.evaluate(() => location.href)).toBe(shown);
  const fault = panel.getByTestId('train-fault');
  await expect(fault).toHaveAttribute('data-kind', 'restored', { timeout: 30_000 });
  await expect(panel.getByTestId('train-state')).toHaveText('Paused', { timeout: 30_000 });
  const at = await iterationOf(panel);
  expect([601, 1201, 1801, 2401, 3001, 3601, 4201, 4801]).toContain(at);
  await expect(fault).toContainText(`iteration ${at.toLocaleString('en-US')}`);
  expect((await accuracyPoints(panel)).length).toBe((at - 1) / 600 + 1);
  await panel.getByTestId('train-start').click(); // Resume
  await expect.poll(() => iterationOf(panel)).toBeGreaterThan(at);
});
