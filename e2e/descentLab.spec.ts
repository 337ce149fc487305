import { expect, test } from '@playwright/test';
import { drag, openSection, screenshot } from './fixtures.ts';
import { axisTicks, pathPoints, scaleOf } from './figures.ts';
import { readFileSync } from 'node:fs';

// numpy's Figure 6-8 paths, written by src-core/optim/fixtures/makeOptimizerFixtures.py.
const numpy = JSON.parse(readFileSync(new URL('../src-core/optim/fixtures/optimizers.json', import.meta.url), 'utf8')) as {
  figure68: { optimizer: string; path: number[][] }[];
};

const pair = (p: number[]) => `(${p.join(', ')})`;

test.describe('4.4.1 descent lab: thresholds, functions, optimizers side by side', () => {
  test('dragging the lr slider across 1 changes the explanation from shrinking to endless ± to diverging', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    const slider = panel.getByRole('slider', { name: /Learning rate lr/ });
    const regime = panel.getByTestId('descent-regime');
    await expect(regime).toContainText('lr < 0.5');
    await expect(panel.getByTestId('descent-lr-mark')).toHaveText(['0.5', '1']);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('no lr slider');
    const at = (log: number) => ({ x: box.x + 8 + ((log + 10) / 11) * (box.width - 16), y: box.y + box.height / 2 });
    await drag(page, at(-1), at(-0.15));
    await expect(regime).toContainText('jumps past the minimum');
    const overshoot = Number(await panel.getByLabel('Type lr').inputValue());
    expect(overshoot).toBeGreaterThan(0.5);
    expect(overshoot).toBeLessThan(1);
    await drag(page, at(-0.15), at(0.2));
    await expect(regime).toContainText('diverges');
    expect(Number(await panel.getByLabel('Type lr').inputValue())).toBeGreaterThan(1);
    // The keyboard lands exactly on the mark: lr = 1 flips between ±(−3, 4) forever.
    await slider.focus();
    for (let i = 0; i < 40 && Number(await panel.getByLabel('Type lr').inputValue()) > 1; i++) await page.keyboard.press('ArrowLeft');
    await expect(panel.getByLabel('Type lr')).toHaveValue('1');
    await expect(regime).toContainText('flips between ± the same point forever');
    await expect(panel.getByTestId('descent-final')).toHaveText('(-3, 4)');
    await expect(page.getByTestId('descent-f-chart')).toHaveAttribute('data-scale', 'log');
  });

  test('the Figure 6-8 preset: four optimizers step together to numpy’s end points', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    await panel.getByRole('button', { name: /Figure 6-8/ }).click();
    for (const name of ['SGD', 'Momentum', 'AdaGrad', 'Adam']) await expect(panel.getByRole('checkbox', { name })).toBeChecked();
    await panel.getByRole('button', { name: 'First' }).click();
    await expect(panel.getByTestId('descent-step')).toHaveText('Step 0 of 30');
    await panel.getByRole('slider', { name: 'Step' }).fill('30');
    await expect(panel.getByTestId('descent-step')).toHaveText('Step 30 of 30');
    const ids: Record<string, string> = { SGD: 'descent-final', Momentum: 'descent-final-Momentum', AdaGrad: 'descent-final-AdaGrad', Adam: 'descent-final-Adam' };
    for (const run of numpy.figure68) {
      await expect(panel.getByTestId(ids[run.optimizer])).toHaveText(pair(run.path[30]));
      await expect(panel.getByTestId(`descent-cell-${run.optimizer}-30`)).toBeVisible();
    }
    // Each path is drawn where numpy's points are, read through the figure's own axes.
    const figure = panel.getByTestId('descent-figure');
    const x = scaleOf(await axisTicks(figure, 'bottom'));
    const y = scaleOf(await axisTicks(figure, 'left'));
    for (const run of numpy.figure68) {
      const id = run.optimizer === 'SGD' ? 'descent-path' : `descent-path-${run.optimizer}`;
      const drawn = pathPoints((await panel.getByTestId(id).getAttribute('d')) ?? '');
      expect(drawn).toHaveLength(31);
      drawn.forEach((p, k) => {
        expect(x.valueAt(p.x)).toBeCloseTo(run.path[k][0], 1);
        expect(y.valueAt(p.y)).toBeCloseTo(run.path[k][1], 1);
      });
    }
    // Scrubbing the f chart moves every marker and the table together.
    const chart = panel.getByTestId('descent-f-chart');
    const fx = scaleOf(await axisTicks(chart, 'bottom'));
    const svgBox = await chart.boundingBox();
    if (!svgBox) throw new Error('no f chart');
    const scale = svgBox.width / Number((await chart.getAttribute('viewBox'))?.split(' ')[2]);
    await page.mouse.click(svgBox.x + fx.at(10) * scale, svgBox.y + 80 * scale);
    await expect(panel.getByTestId('descent-step')).toHaveText('Step 10 of 30');
    await expect(panel.getByTestId('descent-row-10')).toHaveAttribute('aria-current', 'step');
    expect(Number(await panel.getByTestId('descent-f-marker').getAttribute('x1'))).toBeCloseTo(fx.at(10), 6);
    await expect(page).toHaveURL(/dfn=bowl/);
    await expect(page).toHaveURL(/dopt=SGD\.Momentum\.AdaGrad\.Adam/);
    await screenshot(page, 'descent-figure68', panel);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'descent-figure68-phone', panel);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('a typed function gets contours and a path; a broken one is refused and the previous one kept', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    const contours = panel.getByTestId('descent-contours');
    const bowl = await contours.innerHTML();
    await panel.getByRole('radio', { name: 'Type your own' }).check();
    const formula = panel.getByLabel('f(x0, x1) =');
    await formula.fill('0.5*x0^2 + 2*x1^2');
    await formula.press('Enter');
    await expect.poll(() => contours.innerHTML()).not.toBe(bowl);
    const typed = await contours.innerHTML();
    // lr 0.1 on curvatures 1 and 4: x0 shrinks ×0.9 and x1 ×0.6 a step, from (−3, 4).
    await panel.getByRole('button', { name: 'Last' }).isDisabled();
    await panel.getByRole('radio', { name: /Exact/ }).check();
    const final = (await panel.getByTestId('descent-final').textContent()) ?? '';
    const [a, b] = final.slice(1, -1).split(', ').map(Number);
    expect(a).toBeCloseTo(-3 * 0.9 ** 100, 12);
    expect(b).toBeCloseTo(4 * 0.6 ** 100, 12);
    expect(pathPoints((await panel.getByTestId('descent-path').getAttribute('d')) ?? '').length).toBeGreaterThan(50);

    await formula.fill('x0^2 + tan(x1)');
    await formula.press('Enter');
    await expect(panel.getByTestId('descent-expr-error')).toContainText('Unknown name “tan”');
    await expect(panel.getByTestId('descent-expr-error')).toContainText('Keeping the previous formula “0.5*x0^2 + 2*x1^2”');
    await formula.fill('x0^2 + (x1');
    await formula.press('Enter');
    await expect(panel.getByTestId('descent-expr-error')).toContainText('bracket at character 8 is never closed');
    await formula.fill('log(x0)');
    await formula.press('Enter');
    await expect(panel.getByTestId('descent-expr-error')).toContainText('f is NaN at the start (-3, 4)');
    expect(await contours.innerHTML()).toBe(typed);
    await expect(page).toHaveURL(/dexpr=0\.5\*x0%5E2/);
  });

  test('Rosenbrock and the saddle: their own views, log contours, a linear f axis where f goes below 0', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    await panel.getByRole('radio', { name: /Rosenbrock/ }).check();
    await expect(panel.getByLabel('start x₀')).toHaveValue('-1.5');
    await expect(panel.getByTestId('descent-color-bar')).toContainText('log₁₀(1+f)');
    await expect(panel.getByTestId('descent-lr-mark')).toHaveText(['0.000998', '0.002']);
    await panel.getByRole('radio', { name: /Saddle/ }).check();
    await expect(panel.getByTestId('descent-regime')).toContainText('Along x₁ the surface curves down');
    await expect(page.getByTestId('descent-f-chart')).toHaveAttribute('data-scale', 'linear');
  });

  test('the overflow preset shows the overflow; garbage in the URL falls back to the defaults', async ({ page }) => {
    await openSection(page, '4.4');
    const panel = page.getByTestId('panel-descent');
    await panel.getByRole('button', { name: /See the overflow/ }).click();
    await expect(panel.getByTestId('descent-overflow')).toContainText('so x at step 241 is (Infinity, −Infinity)');
    await page.goto('/?s=4.4&lang=en&dfn=cube&dexpr=alert(1)&dopt=SGD.RMSprop&dlrm=0x10&dpin=1_2_n_3&dx0=1e999');
    await expect(panel.getByRole('radio', { name: /x₀² \+ x₁² \(the book/ })).toBeChecked();
    await expect(panel.getByRole('checkbox', { name: 'Momentum' })).not.toBeChecked();
    await expect(panel.getByTestId('descent-final')).toHaveText('(-6.111107928998789e-10, 8.148143905314271e-10)');
    await expect(panel.getByTestId('descent-pinned-path-0')).toHaveCount(0);
    const momentumLr = panel.getByLabel('Momentum lr');
    await momentumLr.fill('Infinity');
    await momentumLr.press('Enter');
    await expect(panel.getByTestId('descent-lr-Momentum-error')).toContainText('0.1');
  });
});
