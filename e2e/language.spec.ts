import { expect, test } from '@playwright/test';
import { openSection } from './fixtures.ts';

test('the language toggle switches every label between English and Korean', async ({ page }) => {
  await openSection(page, '4.3');
  await expect(page.getByTestId('panel-tangent').getByRole('heading', { level: 2 })).toHaveText('4.3.2 An example of numerical differentiation');
  await expect(page.getByTestId('nav-4.2')).toHaveText('4.2 Loss functions');

  await page.getByTestId('language-toggle').click();
  await expect(page.getByTestId('panel-tangent').getByRole('heading', { level: 2 })).toHaveText('4.3.2 수치 미분의 예');
  await expect(page.getByTestId('nav-4.2')).toHaveText('4.2 손실 함수');
  await expect(page.getByTestId('language-toggle')).toHaveText('English');
  await expect(page).toHaveURL(/lang=ko/);
  // The numbers do not depend on the language.
  await expect(page.getByTestId('tangent-slope-numerical')).toHaveText('0.1999999999990898');

  await page.reload();
  await expect(page.getByTestId('nav-4.2')).toHaveText('4.2 손실 함수');
  await page.getByTestId('language-toggle').click();
  await expect(page.getByTestId('nav-4.2')).toHaveText('4.2 Loss functions');
});

test('a page opened without a language setting follows the browser (Korean locale)', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('language-toggle')).toHaveText('English');
  await expect(page.getByTestId('nav-4.3')).toHaveText('4.3 수치 미분');
  await context.close();
});
