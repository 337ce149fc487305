import { expect, type Page } from '@playwright/test';

/** Opens 4.5 in English (unless url is null: the page is there) and trains one epoch with Step, seed 0. */
export async function trainOneEpoch(page: Page, url: string | null): Promise<void> {
  if (url !== null) await page.goto(`${url}?s=4.5&lang=en`);
  const panel = page.getByTestId('panel-training');
  await expect(panel.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
  await expect(panel.getByTestId('train-iteration')).toHaveText('0 / 10,000');
  await panel.getByTestId('train-step-n').selectOption('600');
  await panel.getByTestId('train-step').click();
  await expect(panel.getByTestId('train-iteration')).toHaveText('600 / 10,000', { timeout: 60_000 });
  // The book evaluates at i = 0, 600, …: one more step runs the evaluation that closes epoch 1.
  await panel.getByTestId('train-step-n').selectOption('1');
  await panel.getByTestId('train-step').click();
  await expect(panel.getByTestId('train-iteration')).toHaveText('601 / 10,000', { timeout: 20_000 });
  await expect(panel.getByTestId('train-state')).not.toHaveAttribute('data-state', 'running');
  // numpy's accuracies after epoch 1 of the book's seeded run: the real MNIST files were read and learned from.
  const epoch1 = panel.locator('[data-testid="acc-point"][data-epoch="1"]');
  await expect(epoch1).toHaveAttribute('data-train', '0.7823333333333333');
  await expect(epoch1).toHaveAttribute('data-test', '0.7915');
}
