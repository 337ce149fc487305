import { expect, test } from '@playwright/test';
import { openTraining } from './fixtures.ts';

// Fixes found trying 4.5 as a new user would: one mark per drag of the lr slider; a finished run says what next.

test('thirteen lr changes in one go while training make one mark, with the last rate', async ({ page }) => {
  const panel = await openTraining(page);
  await panel.getByTestId('train-start').click();
  await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'running');
  const slider = panel.getByTestId('train-lr-slider');
  await slider.focus();
  for (let i = 0; i < 13; i++) await slider.press('ArrowRight'); // one input event each, as a drag sends
  const lr = await panel.getByTestId('train-lr').inputValue();
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
