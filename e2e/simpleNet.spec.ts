import { expect, test, type Page } from '@playwright/test';
import { openSection, screenshot } from './fixtures.ts';

const num = async (page: Page, testId: string) => Number(await page.getByTestId(testId).textContent());

test.describe('4.4.2 simpleNet', () => {
  test('seed 0 draws W = randn(2, 3) and shows the loss, both gradients and their tiny difference', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-simplenet');
    await panel.scrollIntoViewIfNeeded();
    // np.random.seed(0); np.random.randn(2, 3)[0][0] and the book's loss for x = (0.6, 0.9), t = (0, 0, 1).
    await expect(page.getByTestId('sn-w-0')).toHaveValue('1.764052345967664');
    await expect(page.getByTestId('sn-loss')).toHaveText('3.6674507891066104');
    await expect(page.getByTestId('sn-argmax')).toHaveText('0 (z₀)');
    // One index base, numpy's 0, everywhere: the table's columns, the maps' labels, the weight names.
    await expect(panel.locator('th.predicted')).toHaveText('0 ★');
    await expect(panel.getByText('j = 0', { exact: true }).first()).toBeVisible();
    await expect(panel.getByText('j = 3', { exact: true })).toHaveCount(0);
    await expect(panel.getByLabel('w₁₂', { exact: true })).toHaveCount(1);
    // A box too narrow for every digit says that it is rounded.
    await expect(page.getByTestId('sn-w-0').locator('..').locator('.number-brief')).toHaveText('≈1.76405235');
    for (let cell = 0; cell < 6; cell++) {
      const numerical = Number(await page.getByTestId(`sn-map-numerical-cell-${cell}`).getAttribute('data-value'));
      const exact = Number(await page.getByTestId(`sn-map-exact-cell-${cell}`).getAttribute('data-value'));
      expect(Math.abs(numerical - exact)).toBeLessThan(1e-5);
      expect(Math.abs(numerical)).toBeGreaterThan(0.01);
    }
    await screenshot(page, 'simplenet-panel', panel);
  });

  test('nudging a weight by h changes the loss by about dW·h', async ({ page }) => {
    await openSection(page, '4.4');
    await page.getByTestId('panel-simplenet').scrollIntoViewIfNeeded();
    // Pick w₁₂ (W[1, 2]) by clicking its cell in the numerical-gradient map, and h = 0.001.
    await page.getByTestId('sn-map-numerical-cell-5').click();
    await expect(page.getByTestId('sn-nudge-cell')).toHaveValue('5');
    const h = page.getByTestId('sn-nudge-h');
    await h.fill('0.001');
    await h.press('Enter');
    const before = await num(page, 'sn-loss');
    const w = Number(await page.getByTestId('sn-w-5').inputValue());
    await page.getByTestId('sn-nudge-plus').click();
    const after = await num(page, 'sn-loss');
    expect(after).not.toBe(before);
    expect(Number(await page.getByTestId('sn-w-5').inputValue())).toBeCloseTo(w + 0.001, 12);
    const delta = await num(page, 'sn-nudge-delta');
    const predicted = await num(page, 'sn-nudge-predicted');
    expect(Math.abs(delta - (after - before))).toBeLessThan(1e-9); // the readout shows 7 digits
    // A first-order change: equal up to ½h²·∂²L/∂w² ≈ 1e-7 here, far below |ΔL| ≈ 1e-3.
    expect(Math.abs(delta - predicted)).toBeLessThan(Math.abs(predicted) * 0.01);
    expect(delta).toBeLessThan(0); // dW₁₂ < 0 with t = (0, 0, 1): raising w₁₂ lowers the loss
    await screenshot(page, 'simplenet-nudge', page.getByTestId('sn-nudge'));
  });

  test('stepping W −= lr·dW lowers the loss and grows the history chart; play runs on its own', async ({ page }) => {
    await openSection(page, '4.4', 'snlr=0.5');
    await page.getByTestId('panel-simplenet').scrollIntoViewIfNeeded();
    const line = page.getByTestId('sn-history-line');
    await expect(line).toHaveAttribute('data-points', '1');
    const losses = [await num(page, 'sn-loss')];
    for (let i = 0; i < 3; i++) {
      await page.getByTestId('sn-step').click();
      losses.push(await num(page, 'sn-loss'));
    }
    expect(losses[1]).toBeLessThan(losses[0]);
    expect(losses[2]).toBeLessThan(losses[1]);
    expect(losses[3]).toBeLessThan(losses[2]);
    await expect(line).toHaveAttribute('data-points', '4');
    await expect(page.getByTestId('sn-steps')).toHaveText('3');
    await page.getByTestId('sn-play').click();
    await expect.poll(async () => Number(await page.getByTestId('sn-steps').textContent())).toBeGreaterThan(8);
    await page.getByTestId('sn-play').click();
    const stopped = Number(await page.getByTestId('sn-steps').textContent());
    expect(await num(page, 'sn-loss')).toBeLessThan(losses[3]);
    await page.waitForTimeout(400);
    await expect(page.getByTestId('sn-steps')).toHaveText(String(stopped));
    const d = await line.getAttribute('d');
    expect(d).not.toContain('NaN');
    await expect(page).toHaveURL(/snlr=0.5/);
    await screenshot(page, 'simplenet-training', page.getByTestId('sn-training'));
  });

  test('garbage in a W cell is refused with a message and the previous value is kept', async ({ page }) => {
    await openSection(page, '4.4');
    const cell = page.getByTestId('sn-w-1');
    const before = await cell.inputValue();
    const loss = await page.getByTestId('sn-loss').textContent();
    await cell.fill('abc');
    await cell.press('Enter');
    await expect(page.getByTestId('sn-w-1-error')).toContainText('Enter a number');
    await expect(page.getByTestId('sn-loss')).toHaveText(loss ?? '');
    await cell.fill('1e9');
    await cell.press('Enter');
    await expect(page.getByTestId('sn-w-1-error')).toContainText('from -100 to 100');
    await expect(page.getByTestId('sn-loss')).toHaveText(loss ?? '');
    await cell.press('Escape');
    await expect(cell).toHaveValue(before);
    // A good value is taken: the loss changes.
    await cell.fill('2');
    await cell.press('Enter');
    await expect(page.getByTestId('sn-loss')).not.toHaveText(loss ?? '');
  });

  test('the URL keeps seed, x, t and lr; a new seed draws new weights; one-hot t by clicking', async ({ page }) => {
    await openSection(page, '4.4', 'sns=42&snx0=0.5&snt=0&snlr=0.2');
    await expect(page.getByTestId('sn-seed')).toHaveValue('42');
    await expect(page.getByTestId('sn-x0')).toHaveValue('0.5');
    await expect(page.getByTestId('sn-t-0')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('sn-lr')).toHaveValue('0.2');
    await expect(page.getByTestId('sn-w-0')).toHaveValue('0.4967141530112327'); // np.random.seed(42); randn()
    await page.getByTestId('sn-t-2').click();
    await expect(page).toHaveURL(/sns=42/);
    await expect(page).not.toHaveURL(/snt=/);
    const seed = page.getByTestId('sn-seed');
    await seed.fill('0');
    await seed.press('Enter');
    await expect(page.getByTestId('sn-w-0')).toHaveValue('1.764052345967664');
    await expect(page).not.toHaveURL(/sns=/);
  });

  test('phone width: stacked and readable', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-simplenet');
    await panel.scrollIntoViewIfNeeded();
    await page.getByTestId('sn-step').click();
    const box = await panel.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'simplenet-phone', panel);
    await screenshot(page, 'simplenet-phone-training', page.getByTestId('sn-training'));
  });
});
