import { expect, test, type Locator, type Page } from '@playwright/test';
import { centreOf, drag, numberAttr, openSection, screenshot } from './fixtures.ts';

const book = {
  lr01: '(-6.111107928998789e-10, 8.148143905314271e-10)',
  lr10: '(-25898374737328.363, -1295248616896.5398)',
  lr1e10: '(-2.999999939999995, 3.9999999199999934)',
};

/** The first point of an SVG path's d attribute ("M x,y …"). */
async function pathStart(path: Locator): Promise<{ x: number; y: number }> {
  const d = (await path.getAttribute('d')) ?? '';
  const match = /^M\s*(-?[\d.e+-]+)[ ,](-?[\d.e+-]+)/.exec(d);
  if (!match) throw new Error(`path has no start: ${d.slice(0, 40)}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** The start handle's centre in SVG units, from its translate(x,y). */
async function handleAt(handle: Locator): Promise<{ x: number; y: number }> {
  const transform = (await handle.getAttribute('transform')) ?? '';
  const match = /translate\((-?[\d.e+-]+),(-?[\d.e+-]+)\)/.exec(transform);
  if (!match) throw new Error(`no translate in ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** No attribute anywhere in the figure may hold NaN or Infinity. */
async function expectNoBadAttributes(page: Page) {
  const bad = await page.getByTestId('descent-figure').evaluate((svg) => {
    const found: string[] = [];
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      for (const attr of el.attributes) if (/NaN|Infinity/.test(attr.value)) found.push(`${el.tagName} ${attr.name}="${attr.value.slice(0, 60)}"`);
    }
    return found;
  });
  expect(bad).toEqual([]);
}

test.describe('4.4.1 gradient descent explorer', () => {
  test('dragging the lr slider changes the path; the presets give the book’s final points', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    const path = panel.getByTestId('descent-path');
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr01);
    const before = await path.getAttribute('d');

    const slider = panel.getByTestId('descent-lr-slider');
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('no lr slider');
    // lr 0.1 sits at log₁₀ = −1 of [−10, 1]; drag the thumb left to about lr = 10⁻³.
    const at = (log: number) => box.x + ((log + 10) / 11) * box.width;
    await drag(page, { x: at(-1), y: box.y + box.height / 2 }, { x: at(-3), y: box.y + box.height / 2 });
    const lr = Number(await panel.getByTestId('descent-lr-input').inputValue());
    expect(lr).toBeGreaterThan(3e-4);
    expect(lr).toBeLessThan(3e-3);
    expect(await path.getAttribute('d')).not.toBe(before);
    await expect(panel.getByTestId('descent-final')).not.toHaveText(book.lr01);
    await expect(page).toHaveURL(new RegExp(`dlr=${lr}`));

    await panel.getByTestId('descent-lr-0.1').click();
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr01);
    expect(await path.getAttribute('d')).toBe(before);
    await panel.getByTestId('descent-lr-1e-10').click();
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr1e10);
    await panel.getByTestId('descent-lr-10').click();
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr10);
  });

  test('stepping with the buttons and the ← → keys moves the marker and the highlighted row', async ({ page }) => {
    await openSection(page, '4.4', 'dn=20');
    const panel = page.getByTestId('panel-descent');
    const marker = panel.getByTestId('descent-marker');
    await expect(panel.getByTestId('descent-step')).toHaveText('Step 20 of 20');
    await expect(panel.getByTestId('descent-row-20')).toHaveAttribute('aria-current', 'step');

    await panel.getByTestId('descent-first').click();
    await expect(panel.getByTestId('descent-row-0')).toHaveAttribute('aria-current', 'step');
    const start = await handleAt(panel.getByTestId('descent-start'));
    expect(await numberAttr(marker, 'cx')).toBeCloseTo(start.x, 1);
    expect(await numberAttr(marker, 'cy')).toBeCloseTo(start.y, 1);
    await expect(panel.getByTestId('descent-current-x')).toHaveText('(-3, 4)');
    await expect(panel.getByTestId('descent-current-grad')).toHaveText('(-6.00000000000378, 7.999999999999119)');

    await panel.getByTestId('descent-next').click();
    await panel.getByTestId('descent-next').click();
    await expect(panel.getByTestId('descent-row-2')).toHaveAttribute('aria-current', 'step');
    await expect(panel.getByTestId('descent-row-0')).not.toHaveAttribute('aria-current', 'step');
    const cx2 = await numberAttr(marker, 'cx');
    expect(cx2).toBeGreaterThan(start.x);
    await expect(panel.getByTestId('descent-step')).toHaveText('Step 2 of 20');

    await panel.getByTestId('descent-prev').click();
    await expect(panel.getByTestId('descent-row-1')).toHaveAttribute('aria-current', 'step');
    const cx1 = await numberAttr(marker, 'cx');
    expect(cx1).toBeGreaterThan(start.x);
    expect(cx1).toBeLessThan(cx2);

    // Keyboard: focus the plot and step with the arrows.
    await panel.getByTestId('descent-figure-focus').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(panel.getByTestId('descent-row-4')).toHaveAttribute('aria-current', 'step');
    const cx4 = await numberAttr(marker, 'cx');
    expect(cx4).toBeGreaterThan(cx2);
    await page.keyboard.press('ArrowLeft');
    await expect(panel.getByTestId('descent-row-3')).toHaveAttribute('aria-current', 'step');
    await expect(panel.getByTestId('descent-scrubber')).toHaveValue('3');
    await expect(page).toHaveURL(/dstep=3/);

    await panel.getByTestId('descent-last').click();
    await expect(panel.getByTestId('descent-row-20')).toHaveAttribute('aria-current', 'step');

    // Play from the start, then pause part-way.
    await panel.getByTestId('descent-first').click();
    await panel.getByTestId('descent-play').click();
    await expect(panel.getByTestId('descent-play')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => Number(await panel.getByTestId('descent-scrubber').inputValue()), { intervals: [50] }).toBeGreaterThan(2);
    await panel.getByTestId('descent-play').click();
    await expect(panel.getByTestId('descent-play')).toHaveAttribute('aria-pressed', 'false');
    const paused = await panel.getByTestId('descent-scrubber').inputValue();
    await page.waitForTimeout(400);
    await expect(panel.getByTestId('descent-scrubber')).toHaveValue(paused);
    await expect(panel.getByTestId(`descent-row-${paused}`)).toHaveAttribute('aria-current', 'step');
    expect(Number(paused)).toBeLessThan(20);
  });

  test('dragging the start point moves the start of the path', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    const handle = panel.getByTestId('descent-start');
    await panel.getByTestId('descent-figure').scrollIntoViewIfNeeded();
    const from = await centreOf(handle);
    await drag(page, from, { x: from.x + 160, y: from.y + 90 });

    const x0 = Number(await panel.getByTestId('descent-x0-input').inputValue());
    const x1 = Number(await panel.getByTestId('descent-x1-input').inputValue());
    expect(x0).toBeGreaterThan(-1);
    expect(x1).toBeLessThan(3);
    const svgStart = await handleAt(handle);
    const d = await pathStart(panel.getByTestId('descent-path'));
    expect(d.x).toBeCloseTo(svgStart.x, 0);
    expect(d.y).toBeCloseTo(svgStart.y, 0);
    await panel.getByTestId('descent-first').click();
    await expect(panel.getByTestId('descent-current-x')).toHaveText(`(${x0}, ${x1})`);
    await expect(page).toHaveURL(new RegExp(`dx0=${x0}&dx1=${x1}`));
  });

  test('lr 10: the path leaves the view, the freeze is explained and readouts are scientific', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    await panel.getByTestId('descent-lr-10').click();
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr10);
    await expect(panel.getByTestId('descent-final-sci')).toHaveText('(-2.590e+13, -1.295e+12)');
    await expect(panel.getByTestId('descent-leaves')).toContainText('leaves the view at step 1');
    await expect(panel.getByTestId('descent-freeze')).toContainText('From step 10 the numerical gradient is exactly (0, 0)');
    await expect(panel.getByTestId('descent-freeze')).toContainText('cancels to exactly 0 in float64');
    await expect(panel.getByTestId('descent-row-100')).toContainText('-2.59e+13');
    await expectNoBadAttributes(page);

    await panel.getByTestId('descent-fit-button').click();
    await expect(panel.getByTestId('descent-fit')).toBeChecked();
    await expect(panel.locator('.axis-bottom .tick-label', { hasText: /^10¹⁵$/ })).toHaveCount(1);
    await expect(panel.getByTestId('descent-leaves')).toHaveCount(0);
    // On the fitted view the final point is inside the plot.
    const plot = await panel.locator('.descent-figure .contours').boundingBox();
    const marker = await panel.getByTestId('descent-marker').boundingBox();
    if (!plot || !marker) throw new Error('missing plot or marker');
    expect(marker.x).toBeGreaterThanOrEqual(plot.x - marker.width);
    expect(marker.x + marker.width).toBeLessThanOrEqual(plot.x + plot.width + marker.width);
    await expect(page).toHaveURL(/dfit=1/);
    await screenshot(page, 'descent-lr10-fit', panel);
  });

  test('exact gradient at lr 10: growth to 1e128, then overflow to Infinity and NaN, reported in words', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    await panel.getByTestId('descent-gradient-exact').check();
    await panel.getByTestId('descent-lr-10').click();
    await expect(panel.getByTestId('descent-final')).toHaveText('(-2.2515487259475596e+128, 3.002064967930081e+128)');
    await expect(panel.getByTestId('descent-growth')).toContainText('multiplies x by 1 − 2·lr = -19');
    await expect(panel.getByTestId('descent-freeze')).toHaveCount(0);

    await panel.getByTestId('descent-show-overflow').click();
    await expect(panel.getByTestId('descent-steps-input')).toHaveValue('300');
    await expect(panel.getByTestId('descent-overflow')).toContainText('x − lr·∇f at step 240 passed the largest float64 (about 1.8 × 10³⁰⁸), so x at step 241 is (Infinity, −Infinity)');
    await expect(panel.getByTestId('descent-nan')).toContainText('From step 242 on, Infinity − Infinity gives NaN');
    await expect(panel.getByTestId('descent-final')).toHaveText('(NaN, NaN)');
    await expect(panel.getByTestId('descent-not-drawn')).toBeVisible();
    await expectNoBadAttributes(page);
    await panel.getByTestId('descent-fit').check();
    await expectNoBadAttributes(page);
    await panel.getByTestId('descent-scrubber').fill('240');
    await expect(panel.getByTestId('descent-current-x')).toHaveText('(-2.387731469959719e+307, 3.18364195994629e+307)');
    await expect(panel.getByTestId('descent-marker')).toBeVisible();
    await screenshot(page, 'descent-exact-overflow', panel);
  });

  test('two pinned paths stay visible on top of the current one, each with its own legend entry', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    const pin = panel.getByRole('button', { name: 'Pin this path to compare' });
    await pin.click();
    await panel.getByRole('button', { name: '0.01', exact: true }).click();
    await pin.click();
    await panel.getByLabel('Type lr').fill('0.3');
    await panel.getByLabel('Type lr').press('Enter');
    const legend = panel.getByTestId('descent-legend');
    await expect(legend).toContainText('lr = 0.3, numerical, 100 steps');
    await expect(legend).toContainText('pin 1: lr = 0.1, numerical, 100 steps (pinned)');
    await expect(legend).toContainText('pin 2: lr = 0.01, numerical, 100 steps (pinned)');
    const current = await panel.getByTestId('descent-path').getAttribute('d');
    const first = await panel.getByTestId('descent-pinned-path-0').getAttribute('d');
    const second = await panel.getByTestId('descent-pinned-path-1').getAttribute('d');
    expect(new Set([current, first, second]).size).toBe(3);
    // On the round bowl all three lie on one line: the pins must be drawn after (on top of) the current path,
    // dashed differently, with hollow rings of different sizes.
    const drawn = await panel.getByTestId('descent-figure').evaluate((svg) => {
      const order = [...svg.querySelectorAll('[data-testid^=descent-pinned-path], [data-testid=descent-path]')].map((e) => e.getAttribute('data-testid'));
      const ring = (k: number) => svg.querySelector(`[data-testid=descent-pinned-${k}] circle`);
      const dash = (k: number) => svg.querySelector(`[data-testid=descent-pinned-path-${k}]`)?.getAttribute('stroke-dasharray');
      return { order, r: [ring(0)?.getAttribute('r'), ring(1)?.getAttribute('r')], fill: ring(0) && getComputedStyle(ring(0)!).fill, dash: [dash(0), dash(1)] };
    });
    expect(drawn.order).toEqual(['descent-path', 'descent-pinned-path-0', 'descent-pinned-path-1']);
    expect(drawn.r[0]).not.toBe(drawn.r[1]);
    expect(drawn.dash[0]).not.toBe(drawn.dash[1]);
    expect(drawn.fill).toBe('none');
    await expect(page).toHaveURL(/dpin=0\.1_100_n_-3_4\*0\.01_100_n_-3_4/);
    await page.reload();
    await expect(panel.getByTestId('descent-pinned-path-1')).toHaveAttribute('d', second ?? '');
    await screenshot(page, 'descent-pinned', panel);
    await panel.getByRole('button', { name: 'Unpin 1' }).click();
    await expect(panel.getByTestId('descent-pinned-path-0')).toHaveAttribute('d', second ?? '');
    await panel.getByRole('button', { name: 'Unpin 1' }).click();
    await expect(panel.getByTestId('descent-pinned-path-0')).toHaveCount(0);
  });

  test('garbage in the number fields is refused with a message and the path is kept', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    const lr = panel.getByTestId('descent-lr-input');
    await lr.fill('fast');
    await lr.press('Enter');
    await expect(panel.getByTestId('descent-lr-input-error')).toContainText('Enter a number');
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr01);
    await lr.fill('100');
    await lr.press('Enter');
    await expect(panel.getByTestId('descent-lr-input-error')).toContainText('from 1e-10 to 10');
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr01);
    const steps = panel.getByTestId('descent-steps-input');
    await steps.fill('');
    await steps.press('Enter');
    await expect(panel.getByTestId('descent-steps-input-error')).toContainText('Enter a number');
    await steps.fill('20');
    await steps.press('Enter');
    await expect(panel.getByTestId('descent-step')).toHaveText('Step 20 of 20');
    // Bad URL text is ignored.
    await page.goto('/?s=4.4&lang=en&dlr=abc&dn=-4&dg=fast');
    await expect(panel.getByTestId('descent-final')).toHaveText(book.lr01);
  });

  test('screenshots at 1280×800 and on a 390-pixel phone', async ({ page }) => {
    await openSection(page, '4.4', 'dn=20&dstep=8&dpin=0.01_100_n_-3_4*0.3_100_n_-3_4');
    const panel = page.getByTestId('panel-descent');
    await screenshot(page, 'descent-panel', panel);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'descent-phone', panel);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
