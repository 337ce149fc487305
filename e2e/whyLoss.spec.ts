import { expect, test } from '@playwright/test';
import { centreOf, drag, screenshot } from './fixtures.ts';

test('4.2.5: sweeping a weight shows a flat accuracy with derivative 0 beside a loss that changes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?s=4.2&lang=en');
  const panel = page.getByTestId('panel-why-loss');
  for (const [field, bad] of [['Element index (row-major)', '500'], ['Element index (row-major)', 'abc'], ['Range from', '10'], ['Range to', 'Infinity'], ['Range to', ''], ['Range from', 'NaN'], ['Range to', '1e400']] as const) {
    const box = panel.getByLabel(field);
    await box.fill(bad);
    await box.press('Enter');
    await expect(panel.getByRole('alert').first()).toBeVisible();
  }
  // Each refusal keeps the previous value in force, and says so.
  await expect(panel.getByTestId('sweep-index-error')).toContainText('previous value 1.');
  await expect(panel.getByTestId('sweep-from-error')).toContainText('previous value -10.');
  await expect(panel.getByTestId('sweep-to-error')).toContainText('previous value 10.');

  await panel.getByRole('button', { name: 'Sweep' }).click();
  await expect(panel.getByTestId('sweep-source')).toContainText('seeded fresh network', { timeout: 60_000 });
  const ms = Number(await panel.getByTestId('sweep-source').getAttribute('data-ms'));
  console.info(`4.2.5 sweep (121 values × 3, batch 100, in the worker, round trip): ${ms} ms`);
  await expect(panel.getByRole('img', { name: 'Batch accuracy against the weight (a staircase)' })).toBeVisible();

  // Drag the marker to the chart's left end: far from the weight's value the accuracy is flat there.
  const chart = panel.getByTestId('sweep-accuracy');
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const centre = await centreOf(chart);
  await drag(page, centre, { x: box.x + box.width * 0.2, y: centre.y });
  await expect(panel.getByTestId('sweep-at-d-accuracy')).toHaveText('0');
  await expect(panel.getByTestId('sweep-verdict')).toContainText('the accuracy is flat');
  const lossA = (await panel.getByTestId('sweep-at-loss').textContent())!;
  const dLoss = Number(await panel.getByTestId('sweep-at-d-loss').textContent());
  expect(Math.abs(dLoss)).toBeGreaterThan(0);
  await drag(page, { x: box.x + box.width * 0.2, y: centre.y }, { x: box.x + box.width * 0.35, y: centre.y });
  await expect(panel.getByTestId('sweep-at-loss')).not.toHaveText(lossA); // the loss moved while …
  await expect(panel.getByTestId('sweep-at-d-accuracy')).toHaveText('0'); // … the accuracy stayed flat
  await screenshot(page, 'ch425-why-loss-1280', panel);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'ch425-why-loss-390', panel);

  await page.getByRole('button', { name: 'Switch the language to Korean' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('4.2.5 왜 손실 함수를 설정하는가?');
  await expect(panel.getByRole('img', { name: '가중치에 따른 배치 정확도 (계단)' })).toBeVisible();
});
