import { expect, test, type Page } from '@playwright/test';
import { openSection, screenshot } from './fixtures.ts';

/** Screen position of a data point (x0, x1) on the gradient plot, whose view is the square [−half, half]². */
async function screenOf(page: Page, x0: number, x1: number, half: number) {
  const box = await page.getByTestId('gradient-surface').boundingBox();
  if (!box) throw new Error('no gradient plot surface');
  return { x: box.x + ((x0 + half) / (2 * half)) * box.width, y: box.y + ((half - x1) / (2 * half)) * box.height };
}

test.describe('4.4 gradient field of x0² + x1²', () => {
  test('shows the book’s numerical gradients at (3, 4), (0, 2) and (3, 0), arrows on the 18×18 grid', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-gradient');
    // 18 × 18 grid points: 323 arrows and a dot at the origin, where the gradient is 0.
    await expect(panel.locator('[data-testid=gradient-arrows] > *')).toHaveCount(324);
    await expect(panel.getByTestId('gradient-numerical')).toHaveText('(0, 4.000000000004)');

    await panel.getByTestId('gradient-preset-3-4').click();
    await expect(panel.getByTestId('gradient-numerical')).toHaveText('(6.00000000000378, 7.999999999999119)');
    await expect(panel.getByTestId('gradient-exact')).toHaveText('(6, 8)');
    await expect(page).toHaveURL(/gx0=3&gx1=4/);
    // The view widens to include (3, 4): the probe sits inside the plot, and 4 is a tick.
    const surface = await panel.getByTestId('gradient-surface').boundingBox();
    const probe = await panel.getByTestId('gradient-probe').boundingBox();
    if (!surface || !probe) throw new Error('missing plot or probe');
    expect(probe.x).toBeGreaterThan(surface.x);
    expect(probe.y).toBeGreaterThan(surface.y - probe.height / 2);
    await expect(panel.locator('.axis-bottom .tick-label', { hasText: /^4$/ })).toHaveCount(1);
    await expect(panel.getByTestId('gradient-probe-arrow')).toHaveAttribute('d', /^M/);

    await panel.getByTestId('gradient-preset-3-0').click();
    await expect(panel.getByTestId('gradient-numerical')).toHaveText('(6.000000000012662, 0)');
    await page.reload();
    await expect(panel.getByTestId('gradient-numerical')).toHaveText('(6.000000000012662, 0)');
  });

  test('the note and the printed array follow the point shown, printed as numpy prints it', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-gradient');
    const note = panel.getByTestId('gradient-note');
    const code = panel.locator('.book-call');
    await expect(note).toContainText('the tail of 4.000000000004 is floating-point rounding');
    await expect(note).toContainText('array([0., 4.])');
    await expect(code).toContainText('→ array([0., 4.])');
    await expect(code).not.toContainText('array([0, 4.000000000004])');
    await panel.getByTestId('gradient-preset-3-4').click();
    await expect(note).toContainText('the tail of 6.00000000000378');
    await expect(code).toContainText('→ array([6., 8.])');
    await panel.getByTestId('gradient-x0-input').fill('0.5');
    await panel.getByTestId('gradient-x0-input').press('Enter');
    await expect(code).toContainText('np.array([0.5, 4.0]))');
    await expect(code).toContainText(/→ array\(\[1\., 8\.\]\)/);
  });

  test('hovering the field reads the gradient under the pointer; leaving restores the chosen point', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-gradient');
    const arrow = panel.getByTestId('gradient-probe-arrow');
    const before = await arrow.getAttribute('d');
    const target = await screenOf(page, 1, -1.5, 2.5);
    await page.mouse.move(target.x, target.y, { steps: 8 });

    const point = (await panel.getByTestId('gradient-point').textContent()) ?? '';
    const [x0, x1] = point.replace(/[()]/g, '').split(',').map(Number);
    expect(Math.abs(x0 - 1)).toBeLessThan(0.03);
    expect(Math.abs(x1 + 1.5)).toBeLessThan(0.03);
    await expect(panel.getByText('Point under the pointer')).toBeVisible();
    const numerical = (await panel.getByTestId('gradient-numerical').textContent()) ?? '';
    const [g0, g1] = numerical.replace(/[()]/g, '').split(',').map(Number);
    // numericalGradient of x0² + x1² is (2x0, 2x1) up to rounding.
    expect(Math.abs(g0 - 2 * x0)).toBeLessThan(1e-6);
    expect(Math.abs(g1 - 2 * x1)).toBeLessThan(1e-6);
    expect(await arrow.getAttribute('d')).not.toBe(before);

    await page.mouse.move(5, 5);
    await expect(panel.getByTestId('gradient-point')).toHaveText('(0, 2)');
    await expect(panel.getByTestId('gradient-numerical')).toHaveText('(0, 4.000000000004)');
  });

  test('a tap selects a point; typed garbage is refused with a message and the point is kept', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-gradient');
    const target = await screenOf(page, -1, 1, 2.5);
    await page.mouse.click(target.x, target.y);
    await page.mouse.move(5, 5);
    const chosen = (await panel.getByTestId('gradient-point').textContent()) ?? '';
    const [x0, x1] = chosen.replace(/[()]/g, '').split(',').map(Number);
    expect(Math.abs(x0 + 1)).toBeLessThan(0.03);
    expect(Math.abs(x1 - 1)).toBeLessThan(0.03);
    await expect(panel.getByTestId('gradient-x0-input')).toHaveValue(String(x0));

    const input = panel.getByTestId('gradient-x0-input');
    await input.fill('three');
    await input.press('Enter');
    await expect(panel.getByTestId('gradient-x0-input-error')).toContainText('Enter a number');
    await expect(panel.getByTestId('gradient-point')).toHaveText(chosen);
    await input.fill('12');
    await input.press('Enter');
    await expect(panel.getByTestId('gradient-x0-input-error')).toContainText('from -5 to 5');
    await expect(panel.getByTestId('gradient-point')).toHaveText(chosen);
    await input.fill('3');
    await input.press('Enter');
    await panel.getByTestId('gradient-x1-input').fill('4');
    await panel.getByTestId('gradient-x1-input').press('Enter');
    await expect(panel.getByTestId('gradient-numerical')).toHaveText('(6.00000000000378, 7.999999999999119)');
    await expect(panel.getByTestId('gradient-x0-input-error')).toHaveCount(0);
  });

  test('the chosen point walks the grid with the arrow keys', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-gradient');
    await panel.getByTestId('gradient-probe').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(panel.getByTestId('gradient-point')).toHaveText('(0.25, 1.75)');
    await expect(panel.getByTestId('gradient-exact')).toHaveText('(0.5, 3.5)');
  });

  test('screenshots at 1280×800 and on a 390-pixel phone', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-gradient');
    await screenshot(page, 'gradient-panel', panel);
    await panel.getByTestId('gradient-preset-3-4').click();
    await screenshot(page, 'gradient-panel-3-4', panel);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'gradient-phone', panel);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
