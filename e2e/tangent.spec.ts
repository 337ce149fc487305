import { expect, test } from '@playwright/test';
import { centreOf, drag, numberAttr, openSection, screenshot } from './fixtures.ts';

test.describe('4.3.2 tangent of f(x) = 0.01x² + 0.1x', () => {
  test('shows the book’s slope at x = 5 and x = 10', async ({ page }) => {
    await openSection(page, '4.3');
    const panel = page.getByTestId('panel-tangent');
    await expect(panel.getByTestId('tangent-slope-numerical')).toHaveText('0.1999999999990898');
    await expect(panel.getByTestId('tangent-slope-exact')).toHaveText('0.2');
    await panel.getByTestId('tangent-preset-10').click();
    await expect(panel.getByTestId('tangent-slope-numerical')).toHaveText('0.2999999999986347');
    await expect(page).toHaveURL(/x=10/);
    await screenshot(page, 'tangent-panel', panel);
  });

  test('dragging the point moves the tangent and updates the slope', async ({ page }) => {
    await openSection(page, '4.3');
    const point = page.getByTestId('tangent-point');
    const tangent = page.getByTestId('tangent-line');
    const before = { y1: await numberAttr(tangent, 'y1'), y2: await numberAttr(tangent, 'y2') };
    await point.scrollIntoViewIfNeeded(); // 4.3.2 follows 4.3.1, as in the book: scroll to it, as a person would
    const start = await centreOf(point);
    const surface = await page.getByTestId('tangent-surface').boundingBox();
    if (!surface) throw new Error('no plot surface');
    // Drag to about x = 15 (three quarters of the way across [0, 20]).
    await drag(page, start, { x: surface.x + surface.width * 0.75, y: start.y - 60 });

    const x = Number(await page.getByTestId('tangent-x').textContent());
    expect(x).toBeGreaterThan(14);
    expect(x).toBeLessThan(16);
    const numerical = Number(await page.getByTestId('tangent-slope-numerical').textContent());
    // The readout is the central difference at the new x: close to 0.02x + 0.1, and not the old 0.2.
    expect(Math.abs(numerical - (0.02 * x + 0.1))).toBeLessThan(1e-9);
    expect(numerical).toBeGreaterThan(0.38);
    const after = { y1: await numberAttr(tangent, 'y1'), y2: await numberAttr(tangent, 'y2') };
    expect(after.y1).not.toBeCloseTo(before.y1, 1);
    expect(after.y2).not.toBeCloseTo(before.y2, 1);
    // The point sits on the curve where it was dropped, and the URL reproduces the view.
    await expect(page).toHaveURL(new RegExp(`x=${x}`));
    await page.reload();
    await expect(page.getByTestId('tangent-x')).toHaveText(String(x));
  });

  test('typing x commits on Enter and garbage is refused with a message', async ({ page }) => {
    await openSection(page, '4.3');
    const input = page.getByTestId('tangent-x-input');
    await input.fill('10');
    await input.press('Enter');
    await expect(page.getByTestId('tangent-slope-numerical')).toHaveText('0.2999999999986347');
    await input.fill('abc');
    await input.press('Enter');
    await expect(page.getByTestId('tangent-x-input-error')).toContainText('Enter a number');
    await expect(page.getByTestId('tangent-x')).toHaveText('10');
    await input.fill('25');
    await input.press('Enter');
    await expect(page.getByTestId('tangent-x-input-error')).toContainText('from 0 to 20');
    await expect(page.getByTestId('tangent-slope-numerical')).toHaveText('0.2999999999986347');
  });

  test('the point can be moved with the keyboard', async ({ page }) => {
    await openSection(page, '4.3');
    await page.getByTestId('tangent-point').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByTestId('tangent-x')).toHaveText('6');
  });
});
