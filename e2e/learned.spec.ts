import { expect, test, type Locator, type Page } from '@playwright/test';
import { openTraining, screenshot } from './fixtures.ts';
import { trainOneEpoch } from './trainOneEpoch.ts';

// 4.5 "what the network learned": the confusion matrix and its gallery, W1 as pictures, the learner's digit.

const learned = (panel: Locator) => panel.getByRole('region', { name: 'What the network learned' });
const probabilities = (pad: Locator) =>
  pad.getByTestId('pad-probs').locator('li').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-p'))));

/** A stroke through the pad's points (fractions of its size), as pointer events of the given kind. */
async function strokeOn(page: Page, pad: Locator, points: [number, number][], pointerType: 'mouse' | 'pen' | 'touch') {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = ([fx, fy]: [number, number]) => ({ clientX: box.x + fx * box.width, clientY: box.y + fy * box.height });
  if (pointerType === 'mouse') {
    await page.mouse.move(at(points[0]).clientX, at(points[0]).clientY);
    await page.mouse.down();
    for (const p of points.slice(1)) await page.mouse.move(at(p).clientX, at(p).clientY, { steps: 6 });
    await page.mouse.up();
    return;
  }
  const base = { pointerId: 7, pointerType, isPrimary: true, bubbles: true };
  await pad.dispatchEvent('pointerdown', { ...base, ...at(points[0]), buttons: 1 });
  for (const p of points.slice(1)) await pad.dispatchEvent('pointermove', { ...base, ...at(p), buttons: 1 });
  await pad.dispatchEvent('pointerup', { ...base, ...at(points[points.length - 1]), buttons: 0 });
}

test('after one epoch: the confusion matrix matches the test accuracy, a cell opens its images, W1 shows its units', async ({ page }) => {
  test.setTimeout(150_000);
  await trainOneEpoch(page, '/');
  const panel = page.getByTestId('panel-training');
  const matrix = learned(panel).getByRole('region', { name: 'Confusion matrix (10,000 test images)' });
  const table = matrix.getByRole('table');
  await expect(table).toContainText('As of the epoch 1 evaluation');
  // Every count read from the table: 10,000 images, the diagonal is numpy's 0.7915 of them.
  const cells = await table.getByRole('button').evaluateAll((els) => els.map((e) => Number(e.textContent)));
  expect(cells.length).toBe(100);
  expect(cells.reduce((a, b) => a + b, 0)).toBe(10_000);
  expect(cells.filter((_, i) => i % 11 === 0).reduce((a, b) => a + b, 0)).toBe(7915);
  // The largest mistake: open it and page through all of its images.
  const worst = cells.reduce((best, c, i) => (i % 11 !== 0 && c > cells[best] ? i : best), 1);
  const [actual, predicted, count] = [Math.floor(worst / 10), worst % 10, cells[worst]];
  await table.getByRole('button', { name: `true ${actual}, network says ${predicted}: ${count} images` }).click();
  const gallery = matrix.getByRole('region', { name: `${count} images of a ${actual} the network called ${predicted}` });
  await expect(gallery.getByRole('listitem').filter({ has: page.locator('canvas') })).toHaveCount(Math.min(40, count));
  await expect(gallery.getByTestId('gallery-page')).toHaveText(`1–${Math.min(40, count)} of ${count}`);
  const first = await gallery.getByTestId('gallery-item').first().getAttribute('aria-label');
  expect(first).toMatch(new RegExp(`^test image #\\d+: ${predicted} \\d+\\.\\d%, \\d \\d+\\.\\d%, \\d \\d+\\.\\d%$`));
  if (count > 40) {
    await gallery.getByRole('button', { name: 'Next' }).click();
    await expect(gallery.getByTestId('gallery-page')).toHaveText(`41–${Math.min(80, count)} of ${count}`);
  }
  await screenshot(page, 'learned-confusion-1280', matrix);

  // A plain upright stroke, after one epoch: the network's best guess is a 1.
  const pad = learned(panel).getByRole('region', { name: 'Your own digit' });
  await strokeOn(page, pad.getByRole('img', { name: 'Drawing pad' }), [[0.52, 0.12], [0.48, 0.88]], 'mouse');
  await expect(pad.locator('li.best')).toHaveAttribute('data-testid', 'prob-1');

  // Figure 4-12's values without a mouse: the disclosure opens from the keyboard, the table holds numpy's numbers.
  const summary = panel.getByText('Show as table: accuracy per epoch (Figure 4-12)');
  await summary.focus();
  await page.keyboard.press('Enter');
  const accuracy = panel.getByTestId('accuracy-table').getByRole('table');
  await expect(accuracy.getByRole('row', { name: /^1 600 0\.7823 0\.7915$/ })).toBeVisible();

  const weights = learned(panel).getByRole('region', { name: 'The 50 columns of W1 as 28×28 pictures' });
  const grid = weights.getByRole('img', { name: 'W1 pictures, hidden unit 0 selected' });
  await grid.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(weights.getByTestId('w2-row')).toContainText('hidden unit 11: its row of W2');
  await screenshot(page, 'learned-weights-1280', weights);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'learned-390', learned(panel));
  await screenshot(page, 'learned-confusion-390', matrix.getByRole('table'));
  await screenshot(page, 'learned-weights-390', weights);
});

test('a digit drawn with mouse, pen and touch: the input is shown and the probabilities change as it grows', async ({ page }) => {
  test.setTimeout(90_000);
  const panel = await openTraining(page, 'lang=en');
  const pad = learned(panel).getByRole('region', { name: 'Your own digit' });
  const canvas = pad.getByRole('img', { name: 'Drawing pad' });
  expect((await probabilities(pad)).every((p) => p === 0)).toBe(true);
  await strokeOn(page, canvas, [[0.5, 0.15], [0.5, 0.85]], 'mouse');
  await expect.poll(async () => (await probabilities(pad)).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  const one = await probabilities(pad);
  await strokeOn(page, canvas, [[0.25, 0.15], [0.75, 0.15]], 'pen');
  await expect.poll(async () => (await probabilities(pad)).join()).not.toBe(one.join());
  const seven = await probabilities(pad);
  await strokeOn(page, canvas, [[0.3, 0.5], [0.7, 0.5]], 'touch');
  await expect.poll(async () => (await probabilities(pad)).join()).not.toBe(seven.join());
  await expect(pad.getByTestId('brush')).toHaveText('brush 2.6');
  await pad.getByRole('button', { name: 'Thicker' }).click();
  await expect(pad.getByTestId('brush')).toHaveText('brush 3.4');
  await screenshot(page, 'learned-pad-1280', pad);
  await pad.getByRole('button', { name: 'Clear' }).click();
  await expect.poll(async () => (await probabilities(pad)).every((p) => p === 0)).toBe(true);
});

test('a hidden size other than 50: W1 shows that many pictures and their W2 rows', async ({ page }) => {
  test.setTimeout(60_000);
  const panel = await openTraining(page, 'lang=en&th=13');
  const weights = learned(panel).getByRole('region', { name: 'The 13 columns of W1 as 28×28 pictures' });
  const grid = weights.getByRole('img', { name: 'W1 pictures, hidden unit 0 selected' });
  await expect(grid).toHaveAttribute('width', String(10 * 29 - 1));
  await expect(grid).toHaveAttribute('height', String(2 * 29 - 1));
  await grid.focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  await expect(weights.getByTestId('w2-row')).toContainText('hidden unit 12: its row of W2');
});
