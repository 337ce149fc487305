import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { iterationOf, openTraining, screenshot } from './fixtures.ts';

/** The same seeded run in numpy (tools/reference/trainReference.py): the first 100 losses. */
const trainSeed0 = JSON.parse(readFileSync('src-core/net/fixtures/trainSeed0.json', 'utf8')) as { losses: number[] };

// Fixes found trying 4.5 as a new user would: one mark per drag of the lr slider; a finished run says what next.

test('thirteen lr changes in one go while training make one mark, with the last rate', async ({ page }) => {
  const panel = await openTraining(page);
  await panel.getByTestId('train-start').click();
  await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'running');
  const slider = panel.getByTestId('train-lr-slider');
  await slider.focus();
  for (let i = 0; i < 13; i++) await slider.press('ArrowRight'); // one input event each, as a drag sends
  // 13 steps of 0.1 on the log slider from 10⁻¹: 10^0.3, kept to two significant digits.
  const lr = String(Number((10 ** (-1 + 13 * 0.1)).toPrecision(2)));
  await expect(panel.getByTestId('train-lr')).toHaveValue(lr);
  await expect(panel.locator('.rate-mark text')).toHaveText(`lr ${lr}`, { timeout: 10_000 });
  await page.waitForTimeout(1500);
  await expect(panel.locator('.rate-mark')).toHaveCount(1);
  await panel.getByTestId('train-start').click(); // Pause
});

test('a finished run says that Reset starts a new one', async ({ page }) => {
  const panel = await openTraining(page, 'ti=20');
  await expect(panel.getByTestId('train-over-hint')).toHaveCount(0);
  await panel.getByTestId('train-start').click();
  await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
  const start = panel.getByRole('button', { name: 'Start' });
  await expect(start).toBeDisabled();
  await expect(start).toHaveAccessibleDescription('This run is over: Reset starts a new one.');
  await panel.getByRole('button', { name: 'Reset' }).click();
  await expect(panel.getByTestId('train-over-hint')).toHaveCount(0);
  await expect(start).toBeEnabled();
});

test('slow motion: at ×0.01 the book’s first epoch takes many seconds; back at full speed it runs on', async ({ page }) => {
  const panel = await openTraining(page);
  await panel.getByTestId('train-speed').selectOption({ label: '×0.01 slow motion' });
  await panel.getByTestId('train-start').click();
  await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'running');
  await page.waitForTimeout(2000);
  // At full speed 600 iterations take well under a second here; a hundred times slower, not one epoch in 2 s.
  expect(await iterationOf(panel)).toBeLessThan(600);
  await panel.getByTestId('train-speed').selectOption({ label: 'Full speed' });
  await expect.poll(() => iterationOf(panel), { timeout: 20_000 }).toBeGreaterThan(1200);
});

test('on a phone the live learning rate sits right above the loss chart', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const panel = await openTraining(page);
  const slider = await panel.getByTestId('train-lr-slider').boundingBox();
  const chart = await panel.getByTestId('loss-chart').boundingBox();
  expect(slider && chart).toBeTruthy();
  const gap = chart!.y - (slider!.y + slider!.height);
  expect(gap).toBeGreaterThanOrEqual(0); // above it …
  expect(gap).toBeLessThan(200); // … within reach: both on one phone screen (844 px)
  await screenshot(page, 'training-live-rate-390', panel.getByTestId('train-live-rate'));
});

test('Figure 4-11 as a table, opened from the keyboard: the mean loss of each block of iterations, as numpy’s', async ({ page }) => {
  const panel = await openTraining(page);
  await panel.getByTestId('train-step-n').selectOption('100');
  await panel.getByTestId('train-step').click();
  await expect(panel.getByTestId('train-iteration')).toHaveText('100 / 10,000', { timeout: 20_000 });
  const table = panel.getByTestId('loss-table');
  await table.locator('summary').focus();
  await page.keyboard.press('Enter');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(100); // 100 iterations, one a row
  await expect(rows.first().locator('th')).toHaveText('0');
  for (const i of [0, 99]) {
    const shown = Number(await rows.nth(i).locator('td').first().textContent());
    expect(Math.abs(shown - trainSeed0.losses[i])).toBeLessThan(1e-4);
  }
});
