import { expect, test, type Page } from '@playwright/test';
import { centreOf, drag, numberAttr, openSection, screenshot } from './fixtures.ts';
import { axisTicks, expectFigureLaidOut, pathPoints, scaleOf, settled, translateOf } from './figures.ts';

const readNumber = async (page: Page, testId: string) => Number(await page.getByTestId(testId).textContent());
/** ∂f/∂x0 of f = x0² + x1² as the book's numerical_gradient computes it, h = 1e-4. */
const bookPartial0 = (x0: number, x1: number) => ((x0 + 1e-4) ** 2 + x1 ** 2 - ((x0 - 1e-4) ** 2 + x1 ** 2)) / (2 * 1e-4);

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
    // The book's numerical_gradient at (−1.5, 4), computed here: (f(x0 + h, x1) − f(x0 − h, x1)) / 2h.
    expect(bookPartial0(3, 4)).toBe(6.00000000000378); // the formula reproduces the book's value first
    await expect(page.getByTestId('partial-dfdx0')).toHaveText(String(bookPartial0(-1.5, 4)));
    expect(Math.abs(bookPartial0(-1.5, 4) - -3)).toBeLessThan(1e-9);
  });
});

test.describe('4.3 figures as drawn', () => {
  // f(x) = 0.01x² + 0.1x at the book's x = 5 and h = 1e-4, computed here from the maths.
  const f = (x: number) => 0.01 * x ** 2 + 0.1 * x;
  const h = 1e-4;
  const centralError = Math.abs((f(5 + h) - f(5 - h)) / (2 * h) - 0.2);
  const forwardError = Math.abs((f(5 + h) - f(5)) / h - 0.2);

  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`at ${size.width} px the h plot puts h = 10⁻⁴ and its two errors where its axes say`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSection(page, '4.3');
      const panel = page.getByTestId('panel-h-explorer');
      const figure = panel.getByTestId('h-figure');
      await figure.scrollIntoViewIfNeeded();
      await settled(figure);
      await expectFigureLaidOut(page, figure, panel);
      // One tick a decade from 10⁻¹⁶ to 10⁻¹, labelled every third decade.
      const xTicks = await axisTicks(figure, 'bottom');
      expect(xTicks).toHaveLength(16);
      expect(xTicks.map((t) => t.text).filter(Boolean)).toEqual(['10⁻¹⁵', '10⁻¹²', '10⁻⁹', '10⁻⁶', '10⁻³']);
      const x = scaleOf(xTicks, 'log');
      const y = scaleOf(await axisTicks(figure, 'left'), 'log');
      expect(await numberAttr(panel.getByTestId('h-marker'), 'x1')).toBeCloseTo(x.at(1e-4), 1);
      expect(await numberAttr(panel.getByTestId('h-dot-central'), 'cy')).toBeCloseTo(y.at(centralError), 1);
      expect(await numberAttr(panel.getByTestId('h-dot-forward'), 'cy')).toBeCloseTo(y.at(forwardError), 1);
      // Each curve: 16 samples a decade across the whole axis, passing through its dot at h = 10⁻⁴.
      for (const [kind, error] of [['central', centralError], ['forward', forwardError]] as const) {
        const points = pathPoints((await panel.getByTestId(`h-curve-${kind}`).getAttribute('d')) ?? '');
        expect(points).toHaveLength(15 * 16 + 1);
        expect(points[0].x).toBeCloseTo(x.at(1e-16), 1);
        expect(points[240].x).toBeCloseTo(x.at(1e-1), 1);
        expect(points[192].x).toBeCloseTo(x.at(1e-4), 1);
        expect(points[192].y).toBeCloseTo(y.at(error), 1);
      }
      // The central difference beats the forward one at h = 10⁻⁴ (its dot sits lower: smaller error).
      expect(centralError).toBeLessThan(forwardError / 100);
      await screenshot(page, `h-explorer-${size.width}`, panel);
    });

    test(`at ${size.width} px the slices show (3, 4) on f = 25 with tangents of slope 6 and 8`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSection(page, '4.3');
      const panel = page.getByTestId('panel-partial');
      for (const [variable, t, slope] of [['x0', 3, 6], ['x1', 4, 8]] as const) {
        const figure = panel.getByTestId(`slice-${variable}`);
        await figure.scrollIntoViewIfNeeded();
        await settled(figure);
        await expectFigureLaidOut(page, figure, panel);
        const x = scaleOf(await axisTicks(figure, 'bottom'));
        const y = scaleOf(await axisTicks(figure, 'left'));
        const point = await translateOf(panel.getByTestId(`slice-${variable}-point`));
        expect(x.valueAt(point.x)).toBeCloseTo(t, 9);
        expect(y.valueAt(point.y)).toBeCloseTo(3 ** 2 + 4 ** 2, 9);
        // The tangent in data units: through the point, with the slope of x², 2t.
        const tangent = panel.getByTestId(`slice-${variable}-tangent`);
        const [x1, y1, x2, y2] = await Promise.all(['x1', 'y1', 'x2', 'y2'].map((a) => numberAttr(tangent, a)));
        const drawnSlope = (y.valueAt(y2) - y.valueAt(y1)) / (x.valueAt(x2) - x.valueAt(x1));
        expect(drawnSlope).toBeCloseTo(slope, 6);
        expect(y.valueAt(y1) + drawnSlope * (t - x.valueAt(x1))).toBeCloseTo(25, 6);
        // The curve is x² + (other)² = t² + 16 or 9 + t²: its lowest point is at t = 0, f = 25 − t².
        const curve = pathPoints((await figure.locator('path.curve').getAttribute('d')) ?? '');
        const lowest = curve.reduce((a, b) => (b.y > a.y ? b : a));
        expect(x.valueAt(lowest.x)).toBeCloseTo(0, 6);
        expect(y.valueAt(lowest.y)).toBeCloseTo(25 - t ** 2, 6);
      }
      await screenshot(page, `partial-${size.width}`, panel);
    });
  }
});
