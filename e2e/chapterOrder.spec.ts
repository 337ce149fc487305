import { expect, test } from '@playwright/test';

test('a bare address opens 4.1, the nav reads 4.1 to 4.6, and 4.3’s panels follow the book', async ({ page }) => {
  await page.goto('/?lang=en');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('button')).toHaveText([
    '4.1 Learning from data', '4.2 Loss functions', '4.3 Numerical differentiation',
    '4.4 Gradient and descent', '4.5 Training', '4.6 Summary',
  ]);
  await expect(nav.getByRole('button', { name: '4.1 Learning from data' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: /^4\.1\.1 / })).toBeVisible();

  await nav.getByRole('button', { name: '4.3 Numerical differentiation' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^4\.3\.1 /, /^4\.3\.2 /, /^4\.3\.3 /]);
});

test('an old ?s= link still opens its section', async ({ page }) => {
  await page.goto('/?s=4.4&lang=en');
  await expect(page.getByRole('button', { name: '4.4 Gradient and descent' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('panel-descent')).toBeVisible();
});

test('4.6 lists the four bullets, each linking to its panel', async ({ page }) => {
  await page.goto('/?s=4.6&lang=en');
  const summary = page.getByTestId('panel-summary');
  await expect(summary.getByRole('listitem')).toHaveCount(4);
  await summary.getByRole('link', { name: /4\.4\.1 Gradient descent/ }).click();
  await expect(page.getByRole('button', { name: '4.4 Gradient and descent' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('panel-descent')).toBeInViewport();
});

test('the page language, title and aria-labels follow the chosen language', async ({ page }) => {
  await page.goto('/?s=4.2&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Gradient Lab · Neural network learning');
  await expect(page.getByLabel('E = one half times the sum over k of (y_k minus t_k) squared')).toBeVisible();

  await page.getByRole('button', { name: 'Switch the language to Korean' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveTitle('Gradient Lab · 신경망 학습');
  await expect(page.getByRole('navigation', { name: '절 목록' })).toBeVisible();
  await expect(page.getByLabel('E는 k에 대한 (y_k 빼기 t_k)의 제곱의 합의 절반')).toBeVisible();
});

test('on a phone, the 4.2.2 point label stays clear of the −log y curve', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?s=4.2&lang=en');
  const label = page.getByTestId('log-point-label');
  await expect(label).toHaveText('yₜ = 0.6, E = 0.5108');
  const curve = page.getByTestId('log-curve');
  // The curve's points under the label's box: none may fall inside it.
  const inside = await label.evaluate((text, curveEl) => {
    const box = (text as SVGGraphicsElement).getBBox();
    const path = curveEl as SVGPathElement;
    const length = path.getTotalLength();
    let count = 0;
    for (let s = 0; s <= length; s += 1) {
      const p = path.getPointAtLength(s);
      if (p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height) count += 1;
    }
    return count;
  }, await curve.elementHandle());
  expect(inside).toBe(0);
});
