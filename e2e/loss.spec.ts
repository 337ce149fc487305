import { expect, test, type Locator, type Page } from '@playwright/test';
import { centreOf, drag, numberAttr, openSection, screenshot } from './fixtures.ts';
import { axisTicks, expectFigureLaidOut, pathPoints, scaleOf, settled, translateOf } from './figures.ts';

/** The ten y values as drawn (each bar's data-value). */
async function barValues(page: Page): Promise<number[]> {
  const values: number[] = [];
  for (let k = 0; k < 10; k++) values.push(Number(await page.getByTestId(`loss-bar-${k}`).getAttribute('data-value')));
  return values;
}
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const text = async (locator: Locator) => (await locator.textContent()) ?? '';

test.describe('4.2 loss functions', () => {
  test('the book’s two examples give 0.0975 / 0.5975 and 0.5108 / 2.3026 to the last digit', async ({ page }) => {
    await openSection(page, '4.2');
    const panel = page.getByTestId('panel-loss');
    await panel.getByTestId('loss-label-5').click();
    await panel.getByTestId('loss-preset-example2').click();
    await expect(panel.getByTestId('loss-label')).toHaveText('2');
    await expect(panel.getByTestId('loss-sse')).toHaveText('0.5975');
    await expect(panel.getByTestId('loss-cee')).toHaveText('2.302584092994546');
    await panel.getByTestId('loss-preset-example1').click();
    await expect(panel.getByTestId('loss-sse')).toHaveText('0.09750000000000003');
    await expect(panel.getByTestId('loss-cee')).toHaveText('0.510825457099338');
    expect(await barValues(page)).toEqual([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]);
  });

  test('dragging a bar changes both losses and y still sums to 1', async ({ page }) => {
    await openSection(page, '4.2');
    const panel = page.getByTestId('panel-loss');
    const sseBefore = await text(panel.getByTestId('loss-sse'));
    const ceeBefore = await text(panel.getByTestId('loss-cee'));
    const bar = panel.getByTestId('loss-bar-2');
    const hit = await panel.getByTestId('loss-bar-hit-2').boundingBox();
    if (!hit) throw new Error('no bar');
    const top = await centreOf(bar);
    // Drag the true class's bar from 0.6 up to about 0.9.
    await drag(page, { x: top.x, y: (await bar.boundingBox())!.y + 2 }, { x: top.x, y: hit.y + hit.height * 0.1 });
    await expect(panel.getByTestId('loss-sse')).not.toHaveText(sseBefore);
    await expect(panel.getByTestId('loss-cee')).not.toHaveText(ceeBefore);
    const values = await barValues(page);
    expect(values[2]).toBeGreaterThan(0.85);
    expect(values[2]).toBeLessThan(0.95);
    expect(Math.abs(sum(values) - 1)).toBeLessThan(1e-12);
    await expect(panel.getByTestId('loss-y-sum')).toHaveText('1');
    // Both losses fell: the true class is more likely now.
    expect(Number(await text(panel.getByTestId('loss-cee')))).toBeLessThan(0.5108);
    expect(Number(await text(panel.getByTestId('loss-cee')))).toBeCloseTo(-Math.log(values[2] + 1e-7), 12);
    // The others kept their proportions: y0 = y5 = y7 = 2·y1.
    expect(values[0]).toBeCloseTo(2 * values[1], 3);
    // The view is in the URL and comes back on reload.
    await expect(page).toHaveURL(/ly=/);
    await page.reload();
    expect(await barValues(page)).toEqual(values);
  });

  test('edge cases: a bar dragged to 1 zeroes the others; lowered again, they share the rest equally', async ({ page }) => {
    await openSection(page, '4.2');
    const panel = page.getByTestId('panel-loss');
    const bar = panel.getByTestId('loss-bar-7');
    await bar.locator('..').focus();
    await page.keyboard.press('End');
    expect(await barValues(page)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    await expect(panel.getByTestId('loss-cee')).toHaveText('16.11809565095832');
    await page.keyboard.press('Shift+ArrowDown');
    const values = await barValues(page);
    expect(values[7]).toBe(0.9);
    // 0.1 in ten-thousandths is 1000 parts: 111 each and one leftover part, so within 1e-4 of 0.1/9.
    for (const k of [0, 1, 2, 3, 4, 5, 6, 8, 9]) expect(Math.abs(values[k] - 0.1 / 9)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(sum(values) - 1)).toBeLessThan(1e-12);
  });

  test('clicking a class under the bars makes it the true label', async ({ page }) => {
    await openSection(page, '4.2');
    const panel = page.getByTestId('panel-loss');
    await panel.getByTestId('loss-class-7').click();
    await expect(panel.getByTestId('loss-label')).toHaveText('7');
    await expect(panel.getByTestId('loss-label-7')).toHaveAttribute('aria-pressed', 'true');
    // Example 1 with t = 7: y_7 = 0.1.
    await expect(panel.getByTestId('loss-cee')).toHaveText(String(-Math.log(0.1 + 1e-7)));
    await expect(page.getByTestId('log-yt')).toHaveText('0.1');
    await expect(page).toHaveURL(/lt=7/);
  });

  test('the −log plot marks y_t, and y_t = 0 sits on the ceiling −log(1e-7)', async ({ page }) => {
    await openSection(page, '4.2');
    const panel = page.getByTestId('panel-log');
    await expect(panel.getByTestId('log-e')).toHaveText('0.510825457099338');
    await expect(panel.getByTestId('log-ceiling-value')).toHaveText('16.11809565095832');
    const ceilingY = Number(await panel.getByTestId('log-ceiling').getAttribute('y1'));
    const point = panel.getByTestId('log-point');
    await point.focus();
    await page.keyboard.press('Home');
    await expect(panel.getByTestId('log-yt')).toHaveText('0');
    await expect(page.getByTestId('loss-cee')).toHaveText('16.11809565095832');
    const transform = (await point.getAttribute('transform')) ?? '';
    const py = Number(/,([-\d.]+)\)/.exec(transform)?.[1]);
    expect(py).toBeCloseTo(ceilingY, 6);
    await panel.getByTestId('log-scale-log').click();
    await expect(panel.getByTestId('log-point-label')).toContainText('left edge');
    expect(await panel.getByTestId('log-figure').innerHTML()).not.toContain('NaN');
    await screenshot(page, 'log-panel-zero', panel);
  });

  test('the mini-batch: both cross-entropy readouts agree, also after changing a label and drawing a new batch', async ({ page }) => {
    await openSection(page, '4.2');
    const panel = page.getByTestId('panel-batch');
    const oneHot = panel.getByTestId('batch-cee-onehot');
    const indices = panel.getByTestId('batch-cee-indices');
    await expect(oneHot).toHaveText(await text(indices));
    const before = await text(indices);

    await panel.getByTestId('batch-label-0').selectOption('9');
    await expect(indices).not.toHaveText(before);
    await expect(oneHot).toHaveText(await text(indices));
    await expect(panel.getByTestId('batch-cell-0-9')).toHaveClass(/is-true/);
    // The mean of the rows' −log(y + δ) is the batch loss.
    const rows: number[] = [];
    for (let n = 0; n < 5; n++) rows.push(Number(await text(panel.getByTestId(`batch-row-loss-${n}`))));
    expect(Number(await text(indices))).toBeCloseTo(sum(rows) / 5, 3);

    await panel.getByTestId('batch-cell-1-4').click();
    await expect(panel.getByTestId('batch-label-1')).toHaveValue('4');
    await expect(oneHot).toHaveText(await text(indices));
    await expect(page).toHaveURL(/lbt=94\d{3}/);

    const afterEdit = await text(indices);
    await panel.getByTestId('batch-new').click();
    await expect(panel.getByTestId('batch-seed')).toHaveText('seed 1');
    await expect(indices).not.toHaveText(afterEdit);
    await expect(oneHot).toHaveText(await text(indices));
    await expect(panel.getByTestId('batch-same')).toHaveText('The two are equal.');
  });
});

test('bad URL text is ignored and the defaults stay', async ({ page }) => {
  await openSection(page, '4.2', 'ly=1_2_3&lt=12&lbs=x&lbt=9z&llog=maybe');
  await expect(page.getByTestId('loss-sse')).toHaveText('0.09750000000000003');
  await expect(page.getByTestId('loss-label')).toHaveText('2');
  await expect(page.getByTestId('batch-seed')).toHaveText('seed 0');
  await expect(page.getByTestId('log-scale-linear')).toHaveAttribute('aria-pressed', 'true');
  // A well-formed y that does not sum to 1 is refused too.
  await openSection(page, '4.2', 'ly=1000_500_6000_0_500_1000_0_1000_0_1');
  await expect(page.getByTestId('loss-sse')).toHaveText('0.09750000000000003');
  // And a good one is taken: example 2 with t = 2.
  await openSection(page, '4.2', 'ly=1000_500_1000_0_500_1000_0_6000_0_0');
  await expect(page.getByTestId('loss-cee')).toHaveText('2.302584092994546');
});

test.describe('4.2 figures as drawn', () => {
  // The book's example 1: y = softmax-like outputs, t = 2.
  const example1 = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0];

  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`at ${size.width} px the bars stand at example 1's heights over the one-hot target at 2`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSection(page, '4.2');
      const panel = page.getByTestId('panel-loss');
      const figure = panel.getByTestId('loss-bars');
      await settled(figure);
      await expectFigureLaidOut(page, figure, panel);
      const y = scaleOf(await axisTicks(figure, 'left'));
      const bars = await Promise.all(example1.map(async (_, k) => {
        const bar = panel.getByTestId(`loss-bar-${k}`);
        const [x, top, width, height] = await Promise.all(['x', 'y', 'width', 'height'].map((a) => numberAttr(bar, a)));
        return { x, top, width, height };
      }));
      bars.forEach((bar, k) => {
        expect(y.valueAt(bar.top), `bar ${k}`).toBeCloseTo(example1[k], 9);
        expect(y.valueAt(bar.top + bar.height), `bar ${k} base`).toBeCloseTo(0, 9);
        expect(bar.width).toBeCloseTo(bars[0].width, 6);
        if (k > 0) expect(bar.x, `bar ${k} right of bar ${k - 1}`).toBeGreaterThan(bars[k - 1].x + bars[k - 1].width);
      });
      // One target, t = 2: a full-height band around bar 2 only.
      const target = panel.getByTestId('loss-target');
      await expect(target).toHaveCount(1);
      const [tx, tw, ty] = await Promise.all(['x', 'width', 'y'].map((a) => numberAttr(target, a)));
      expect(tx).toBeLessThan(bars[2].x);
      expect(tx + tw).toBeGreaterThan(bars[2].x + bars[2].width);
      expect(tx + tw).toBeLessThan(bars[3].x);
      expect(y.valueAt(ty)).toBeCloseTo(1, 9);
      // The class numbers 0–9 sit under their bars.
      for (let k = 0; k < 10; k++) {
        const mark = panel.getByTestId(`loss-class-${k}`);
        await expect(mark.locator('text')).toHaveText(String(k));
        expect((await translateOf(mark)).x).toBeCloseTo(bars[k].x + bars[k].width / 2, 6);
      }
      await screenshot(page, `loss-${size.width}`, panel);
    });

    test(`at ${size.width} px the −log plot puts y_t = 0.6 on the curve and the ceiling at −log(1e-7)`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSection(page, '4.2');
      const panel = page.getByTestId('panel-log');
      const figure = panel.getByTestId('log-figure');
      await figure.scrollIntoViewIfNeeded();
      await settled(figure);
      await expectFigureLaidOut(page, figure, panel);
      const x = scaleOf(await axisTicks(figure, 'bottom'));
      const e = scaleOf(await axisTicks(figure, 'left'));
      const ceiling = -Math.log(1e-7);
      expect(e.valueAt(await numberAttr(panel.getByTestId('log-ceiling'), 'y1'))).toBeCloseTo(ceiling, 9);
      const point = await translateOf(panel.getByTestId('log-point'));
      expect(x.valueAt(point.x)).toBeCloseTo(0.6, 9);
      expect(e.valueAt(point.y)).toBeCloseTo(-Math.log(0.6 + 1e-7), 9);
      // The curve (d3 rounds its path to 0.001 units) starts at y = 0 on the ceiling and falls to
      // −log(1 + 1e-7) ≈ 0 at y = 1.
      const curve = pathPoints((await panel.getByTestId('log-curve').getAttribute('d')) ?? '');
      expect(curve[0].x).toBeCloseTo(x.at(0), 2);
      expect(curve[0].y).toBeCloseTo(e.at(ceiling), 2);
      const end = curve[curve.length - 1];
      expect(end.x).toBeCloseTo(x.at(1), 2);
      expect(end.y).toBeCloseTo(e.at(0), 2);
      for (let i = 1; i < curve.length; i++) expect(curve[i].y).toBeGreaterThanOrEqual(curve[i - 1].y); // E falls as y grows
      await screenshot(page, `log-${size.width}`, panel);
    });

    test(`at ${size.width} px each batch row marks its label once and its loss is −log(y_label + 1e-7)`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSection(page, '4.2');
      const panel = page.getByTestId('panel-batch');
      await expect(panel.getByTestId('batch-table').locator('tbody tr')).toHaveCount(5);
      await expect(panel.locator('td.is-true')).toHaveCount(5);
      for (let n = 0; n < 5; n++) {
        const label = Number(await panel.getByTestId(`batch-label-${n}`).inputValue());
        await expect(panel.getByTestId(`batch-cell-${n}-${label}`)).toHaveClass(/is-true/);
        const row = await Promise.all(Array.from({ length: 10 }, async (_, k) => Number(await panel.getByTestId(`batch-cell-${n}-${k}`).getAttribute('title'))));
        expect(Math.abs(sum(row) - 1), `row ${n} sums to 1`).toBeLessThan(1e-12);
        await expect(panel.getByTestId(`batch-row-${n}`).locator('.one-hot')).toHaveText(row.map((_, k) => (k === label ? 1 : 0)).join(' '));
        await expect(panel.getByTestId(`batch-row-loss-${n}`)).toHaveText((-Math.log(row[label] + 1e-7)).toFixed(4));
      }
      // The table may scroll inside its box on a phone; the page does not.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `batch-${size.width}`, panel);
    });
  }
});
