import { expect, test, type Page } from '@playwright/test';
import { centreOf, drag, numberAttr, openSection, screenshot } from './fixtures.ts';

const readNumber = async (page: Page, testId: string) => Number(await page.getByTestId(testId).textContent());

test.describe('4.3.1 h explorer', () => {
  test('the slider moves h with the keyboard and the readouts follow', async ({ page }) => {
    await openSection(page, '4.3');
    const panel = page.getByTestId('panel-h-explorer');
    await expect(panel.getByTestId('h-value')).toHaveText('0.0001');
    await expect(panel.getByTestId('h-central')).toHaveText('0.1999999999990898');
    const forwardBefore = await panel.getByTestId('h-forward').textContent();
    const markerBefore = await numberAttr(panel.getByTestId('h-marker'), 'x1');

    const slider = panel.getByTestId('h-slider');
    await slider.focus();
    for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowLeft');
    await expect(panel.getByTestId('h-value')).toHaveText('1e-8');
    await expect(panel.getByTestId('h-forward')).not.toHaveText(forwardBefore ?? '');
    expect(await numberAttr(panel.getByTestId('h-marker'), 'x1')).toBeLessThan(markerBefore);
    await expect(page).toHaveURL(/hh=1e-8/);
    // Forward difference at its best h ≈ 1e-8: close to 0.2, but not to the last digits.
    const forward = await readNumber(page, 'h-forward');
    expect(Math.abs(forward - 0.2)).toBeLessThan(1e-6);
  });

  test('dragging the slider thumb and dragging on the plot change h', async ({ page }) => {
    await openSection(page, '4.3');
    const panel = page.getByTestId('panel-h-explorer');
    const slider = panel.getByTestId('h-slider');
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('no slider');
    const thumb = { x: box.x + box.width * (12 / 15), y: box.y + box.height / 2 }; // h = 1e-4 sits at 12/15
    await drag(page, thumb, { x: box.x + 4, y: thumb.y });
    await expect(panel.getByTestId('h-value')).toHaveText('1e-16');
    await expect(panel.getByTestId('h-central')).not.toHaveText('0.1999999999990898');

    await panel.getByTestId('h-surface').scrollIntoViewIfNeeded();
    const surface = await panel.getByTestId('h-surface').boundingBox();
    if (!surface) throw new Error('no plot');
    await drag(page, { x: surface.x + surface.width * 0.5, y: surface.y + 40 }, { x: surface.x + surface.width, y: surface.y + 40 });
    await expect(panel.getByTestId('h-value')).toHaveText('0.1');
  });

  test('float32 changes the central difference, and 1e-50 gives 0 in float64 but 0/0 in float32', async ({ page }) => {
    await openSection(page, '4.3');
    const panel = page.getByTestId('panel-h-explorer');
    await panel.getByTestId('h-float32').click();
    await expect(panel.getByTestId('h-central')).not.toHaveText('0.1999999999990898');
    // numpy float32 at x = 5, h = 1e-4 (see float32.test.ts for the method).
    await expect(panel.getByTestId('h-float32-value')).toHaveText(String(Math.fround(1e-4)));
    await expect(page).toHaveURL(/hf=1/);
    await screenshot(page, 'h-explorer-float32', panel);

    await panel.getByTestId('h-preset-1e-50').click();
    await expect(panel.getByTestId('h-float32-value')).toHaveText('0');
    await expect(panel.getByTestId('h-central')).toHaveText('NaN (0/0)');
    await expect(panel.getByTestId('h-zero-note')).toContainText('rounds to 0 in float32');
    // No NaN reaches the drawing: the NaN points are simply not drawn.
    await expect(panel.getByTestId('h-dot-central')).toHaveCount(0);
    expect(await panel.getByTestId('h-figure').innerHTML()).not.toContain('NaN');
    await expect(panel.getByTestId('h-offscale')).toBeVisible();

    await panel.getByTestId('h-float64').click();
    await expect(panel.getByTestId('h-central')).toHaveText('0');
    await expect(panel.getByTestId('h-forward')).toHaveText('0');
    await expect(panel.getByTestId('h-xph-note')).toBeVisible();
    expect(await panel.getByTestId('h-figure').innerHTML()).not.toContain('NaN');
    await screenshot(page, 'h-explorer-1e-50', panel);
  });

  test('garbage typed into h is refused and the previous h stays', async ({ page }) => {
    await openSection(page, '4.3');
    const panel = page.getByTestId('panel-h-explorer');
    const input = panel.getByTestId('h-input');
    await input.fill('1e-6');
    await input.press('Enter');
    await expect(panel.getByTestId('h-value')).toHaveText('0.000001');
    await input.fill('tiny');
    await input.press('Enter');
    await expect(panel.getByTestId('h-input-error')).toContainText('Enter a number');
    await expect(panel.getByTestId('h-input-error')).toContainText('Keeping the previous value 0.000001');
    await expect(panel.getByTestId('h-value')).toHaveText('0.000001');
    await input.fill('0');
    await input.press('Enter');
    await expect(panel.getByTestId('h-input-error')).toContainText('from 1e-50 to 0.1');
    await expect(panel.getByTestId('h-value')).toHaveText('0.000001');
  });

  test('errors of exactly 0 are drawn on the floor band, never as log(0)', async ({ page }) => {
    // At x = 0 the central difference of 0.01x² + 0.1x is exactly 0.1 for many h.
    await openSection(page, '4.3', 'x=0');
    const panel = page.getByTestId('panel-h-explorer');
    await expect(panel.getByTestId('h-central-error')).toHaveText('0');
    // Read band and dot in one go: the figure re-lays itself out when it learns its width.
    const { top, bottom, cy } = await panel.getByTestId('h-figure').evaluate((svg) => {
      const band = svg.querySelector('[data-testid="h-zero-band"]') as SVGRectElement;
      const dot = svg.querySelector('[data-testid="h-dot-central"]') as SVGCircleElement;
      const y = Number(band.getAttribute('y'));
      return { top: y, bottom: y + Number(band.getAttribute('height')), cy: Number(dot.getAttribute('cy')) };
    });
    expect(cy).toBeGreaterThanOrEqual(top);
    expect(cy).toBeLessThanOrEqual(bottom);
    const svg = await panel.getByTestId('h-figure').innerHTML();
    expect(svg).not.toMatch(/NaN|Infinity/);
    await screenshot(page, 'h-explorer-x0', panel);
  });

  test('follows the x of the tangent panel', async ({ page }) => {
    await openSection(page, '4.3', 'x=10');
    await expect(page.getByTestId('h-x')).toHaveText('10');
    await expect(page.getByTestId('h-central')).toHaveText('0.2999999999986347');
  });
});

test.describe('4.3.3 partial derivatives', () => {
  test('at the book’s (3, 4) the slopes are 6.00000000000378 and 7.999999999999119', async ({ page }) => {
    await openSection(page, '4.3');
    const panel = page.getByTestId('panel-partial');
    await expect(panel.getByTestId('partial-dfdx0')).toHaveText('6.00000000000378');
    await expect(panel.getByTestId('partial-dfdx1')).toHaveText('7.999999999999119');
    await screenshot(page, 'partial-panel', panel);
  });

  test('dragging on a slice moves the point and the slope follows', async ({ page }) => {
    await openSection(page, '4.3');
    const panel = page.getByTestId('panel-partial');
    const tangent = panel.getByTestId('slice-x0-tangent');
    const y1Before = await numberAttr(tangent, 'y1');
    await panel.getByTestId('slice-x0-surface').scrollIntoViewIfNeeded();
    const start = await centreOf(panel.getByTestId('slice-x0-point'));
    const surface = await panel.getByTestId('slice-x0-surface').boundingBox();
    if (!surface) throw new Error('no slice plot');
    await drag(page, start, { x: surface.x + surface.width * 0.25, y: start.y }); // about x0 = −2.5
    await expect(panel.getByTestId('partial-dfdx0')).not.toHaveText('6.00000000000378');
    const slope = await readNumber(page, 'partial-dfdx0');
    expect(slope).toBeLessThan(-4);
    expect(slope).toBeGreaterThan(-6);
    expect(await numberAttr(tangent, 'y1')).not.toBeCloseTo(y1Before, 0);
    await expect(panel.getByTestId('partial-dfdx1')).toHaveText('7.999999999999119');
    await expect(page).toHaveURL(/px0=-2\.\d/);

    await panel.getByTestId('slice-x1-point').focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(panel.getByTestId('partial-point')).toContainText(', 3)');
    await panel.getByTestId('partial-preset-book').click();
    await expect(panel.getByTestId('partial-dfdx0')).toHaveText('6.00000000000378');
  });

  test('garbage in a coordinate field is refused with a message and the point stays', async ({ page }) => {
    await openSection(page, '4.3');
    const input = page.getByTestId('partial-x0-input');
    await input.fill('three');
    await input.press('Enter');
    await expect(page.getByTestId('partial-x0-input-error')).toContainText('Enter a number');
    await expect(page.getByTestId('partial-point')).toHaveText('(3, 4)');
    await input.fill('-1.5');
    await input.press('Enter');
    await expect(page.getByTestId('partial-point')).toHaveText('(-1.5, 4)');
    await expect(page.getByTestId('partial-dfdx0')).toHaveText(String(Number(await page.getByTestId('partial-dfdx0').textContent())));
  });
});

test.describe('4.3 screenshots', () => {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`the 4.3 panels at ${size.width} px`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSection(page, '4.3');
      await screenshot(page, `h-explorer-${size.width}`, page.getByTestId('panel-h-explorer'));
      await screenshot(page, `partial-${size.width}`, page.getByTestId('panel-partial'));
    });
  }
});
