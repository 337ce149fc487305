import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot } from './fixtures.ts';

// numpy's run (tools/reference/overfitReference.py): evals are [iteration, train accuracy on the 300, test accuracy].
const fixture = JSON.parse(readFileSync('src-core/train/fixtures/overfitN300.json', 'utf8')) as { evals: [number, number, number][] };
const EPOCHS = 200;

test('4.1.2: N = 300 for 200 epochs follows numpy at every epoch and names the gap; bad epochs are refused', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?lang=en');
  const panel = page.getByTestId('panel-overfit');
  await expect(panel.getByLabel('Training images N')).toHaveValue('300');
  const epochs = panel.getByLabel('Epochs');
  for (const bad of ['', 'abc', 'NaN', 'Infinity', '-Infinity', '1e400', '0', '2.5', '99999']) {
    await epochs.fill(bad);
    await epochs.press('Enter');
    await expect(panel.getByTestId('overfit-epochs-error')).toBeVisible();
  }
  await epochs.fill(String(EPOCHS));
  await epochs.press('Enter');
  await expect(panel.getByTestId('overfit-epochs-error')).toBeHidden();

  await panel.getByRole('button', { name: 'Train' }).click();
  await expect(panel.getByTestId('overfit-epoch')).toHaveText(String(EPOCHS - 1), { timeout: 200_000 });
  const points = await panel.getByTestId('overfit-point').evaluateAll((els) =>
    els.map((e) => [Number(e.getAttribute('data-epoch')), Number(e.getAttribute('data-train')), Number(e.getAttribute('data-test'))]),
  );
  expect(points).toEqual(fixture.evals.slice(0, EPOCHS).map(([, train, testAcc], epoch) => [epoch, train, testAcc]));
  const [, train, testAcc] = fixture.evals[EPOCHS - 1];
  await expect(panel.getByTestId('overfit-train')).toHaveText(train.toFixed(4));
  await expect(panel.getByTestId('overfit-test')).toHaveText(testAcc.toFixed(4));
  await expect(panel.getByTestId('overfit-verdict')).toHaveText(
    `Overfitting: ${train.toFixed(2)} on the 300 images it saw, ${testAcc.toFixed(2)} on images it never saw (gap ${(train - testAcc).toFixed(2)})`,
  );
  await screenshot(page, 'ch41-overfit-1280', panel);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'ch41-overfit-390', panel);
});
