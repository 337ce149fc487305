import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { openTraining, screenshot } from './fixtures.ts';
import { trainOneEpoch } from './trainOneEpoch.ts';

// 4.5's weights file: the network leaves the page as an .npz and comes back unchanged; numpy's files load;
// wrong files are refused by name and change nothing.

const fixtures = 'src-core/data/fixtures/npz';
const expected = JSON.parse(readFileSync(`${fixtures}/expected.json`, 'utf8')) as Record<string, { testAccuracy: number }>;
const weights = (panel: Locator) => panel.getByRole('region', { name: 'Weights file (.npz)' });

test('download after one epoch, reset, load the file back: the same accuracy, and it trains on', async ({ page }, info) => {
  test.setTimeout(120_000);
  await trainOneEpoch(page, '/');
  const panel = page.getByTestId('panel-training');
  const box = weights(panel);
  const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Download weights (.npz)' }).click()]);
  expect(download.suggestedFilename()).toBe('twoLayerNet-784-50-10-iteration601.npz');
  const file = info.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  // The network after 601 iterations is the one the epoch-1 evaluation measured: numpy's 0.7915.
  await expect(box.getByRole('status')).toHaveText(/^Saved twoLayerNet-784-50-10-iteration601\.npz \(318,\d{3} bytes, the weights of iteration 601, test accuracy 0\.7915\)$/);
  expect(readFileSync(file).length).toBeGreaterThan(784 * 50 * 8);

  await panel.getByTestId('train-reset').click();
  await expect(panel.getByTestId('train-iteration')).toHaveText('0 / 10,000');
  await box.getByLabel('Load weights (.npz)').setInputFiles(file);
  await expect(box.getByRole('status')).toHaveText(
    'Loaded twoLayerNet-784-50-10-iteration601.npz: 50 hidden units, test accuracy 0.7915. Start trains it further from iteration 0.',
  );
  await panel.getByTestId('train-step').click();
  await expect(panel.getByTestId('train-iteration')).toHaveText('1 / 10,000', { timeout: 20_000 });
  // The evaluation after i = 0 of the loaded network: near 0.79, far from the 0.10 of fresh weights.
  const test0 = Number(await panel.locator('[data-testid="acc-point"][data-epoch="0"]').getAttribute('data-test'));
  expect(test0).toBeGreaterThan(0.75);
  await screenshot(page, 'weights-file-1280', box);
  await page.setViewportSize({ width: 390, height: 844 });
  await box.scrollIntoViewIfNeeded();
  await screenshot(page, 'weights-file-390', box);
});

test("numpy's files load (float32, savez_compressed, hidden 20); wrong files are refused and change nothing", async ({ page }) => {
  test.setTimeout(120_000);
  const panel = await openTraining(page, 'lang=en');
  const box = weights(panel);
  const input = box.getByLabel('Load weights (.npz)');
  const status = box.getByRole('status');
  const name = 'numpy-h20-f32-compressed.npz';
  await input.setInputFiles(`${fixtures}/${name}`);
  await expect(status).toHaveText(`Loaded ${name}: 20 hidden units, test accuracy ${expected[name].testAccuracy.toFixed(4)}. Start trains it further from iteration 0.`);

  const huge = join(tmpdir(), 'huge-weights.npz');
  writeFileSync(huge, '');
  truncateSync(huge, 1024 ** 3); // 1 GB, sparse: refused by its size alone
  const cases: [string, RegExp][] = [
    [huge, /the file is too large \(1,073,741,824 bytes, at most 16,777,216\); it was not read\.$/],
    [`${fixtures}/bad-notZip.npz`, /it is not a zip archive, so not an \.npz\.$/],
    [`${fixtures}/bad-notNpy.npz`, /the zip holds something that is not a numpy array \(\.npy\)\.$/],
    [`${fixtures}/bad-missingKey.npz`, /one of W1, b1, W2, b2 is missing\.$/],
    [`${fixtures}/bad-shape.npz`, /an array has the wrong shape; the book’s are W1 \(784, H\)/],
    [`${fixtures}/bad-dtype.npz`, /only float64 or float32 arrays are read\.$/],
    [`${fixtures}/bad-fortranOrder.npz`, /an array is stored in Fortran order/],
    [`${fixtures}/bad-nonFinite.npz`, /it holds NaN or infinite values\.$/],
  ];
  for (const [path, reason] of cases) {
    await input.setInputFiles(path);
    await expect(status).toHaveText(reason);
    await expect(status).toContainText('was not loaded (the current network is unchanged)');
    await expect(status).toHaveAttribute('data-kind', 'refused');
  }
  // Still the loaded numpy network: its hidden size in the settings, its accuracy on the next download.
  await expect(panel.getByLabel(/hidden/i).first()).toHaveValue('20');
  await Promise.all([page.waitForEvent('download'), box.getByRole('button', { name: 'Download weights (.npz)' }).click()]);
  await expect(status).toContainText(`test accuracy ${expected[name].testAccuracy.toFixed(4)}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'weights-file-refused-390', box);
});
