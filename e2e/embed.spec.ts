import { expect, test } from '@playwright/test';
import { openSection } from './fixtures.ts';

// Classroom links: "link to this" gives an address that reopens exactly this view; the embed variant shows the
// one panel alone inside an <iframe> of another page, and a learner can use it there.

test('link to this reopens the panel with its settings', async ({ page }) => {
  await openSection(page, '4.3');
  const panel = page.getByTestId('panel-tangent');
  await panel.getByTestId('tangent-preset-10').click();
  await panel.getByRole('button', { name: 'Copy a link to this panel with its current settings' }).click();
  const link = await panel.getByRole('textbox', { name: 'Copied link' }).inputValue();
  expect(new URL(link).searchParams.get('x')).toBe('10');
  expect(new URL(link).searchParams.get('p')).toBe('tangent');

  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByTestId('panel-tangent').getByTestId('tangent-x')).toHaveText('10');
  await expect(other.getByRole('navigation')).toBeVisible();
});

test('an embed link shows one panel alone inside an iframe of another page, and it works there', async ({ page, baseURL }) => {
  await openSection(page, '4.3');
  const panel = page.getByTestId('panel-h-explorer');
  await panel.getByRole('button', { name: 'Copy a link that shows this panel alone (for an iframe in slides)' }).click();
  const link = await panel.getByRole('textbox', { name: 'Copied link' }).inputValue();
  expect(new URL(link).searchParams.get('embed')).toBe('h');

  // The slide deck: a fresh page of another origin (a new tab's about:blank) with the tangent panel in an iframe.
  const tangentEmbed = `${baseURL}/?s=4.3&lang=en&x=5&embed=tangent`;
  const response = await page.request.get(tangentEmbed);
  expect(response.headers()['x-frame-options']).toBeUndefined();
  const deck = await page.context().newPage();
  await deck.setContent(`<!doctype html><title>slides</title>
    <iframe title="embedded panel" src="${tangentEmbed}" width="900" height="600"></iframe>`);
  expect(await deck.evaluate(() => window.origin)).not.toBe(new URL(tangentEmbed).origin);
  const frame = deck.frameLocator('iframe[title="embedded panel"]');
  await expect(frame.getByTestId('panel-tangent')).toBeVisible();
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByTestId('panel-h-explorer')).toHaveCount(0);
  await expect(frame.getByTestId('tangent-x')).toHaveText('5');
  await frame.getByTestId('tangent-preset-10').click();
  await expect(frame.getByTestId('tangent-x')).toHaveText('10');
  await expect(frame.getByTestId('tangent-slope-numerical')).toHaveText('0.2999999999986347');
  // The panel fills the frame's width (sized to its container), not the page's 1280 px layout.
  const width = await frame.getByTestId('panel-tangent').evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(900);
  expect(width).toBeGreaterThan(800);
});

test('a lock in the link keeps the setting: the control is disabled and a note says why', async ({ page }) => {
  await page.goto('/?s=4.3&lang=en&x=5&embed=tangent&lock=x');
  const panel = page.getByTestId('panel-tangent');
  await expect(panel.getByRole('note')).toContainText('x');
  await expect(panel.getByTestId('tangent-preset-10')).toBeDisabled();
  await expect(panel.getByTestId('tangent-x')).toHaveText('5');
  await expect(panel.getByTestId('tangent-x-input')).toBeDisabled();
  // Any other route to the setting is refused too: the keyboard on the figure's point moves nothing.
  await panel.getByTestId('tangent-point').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByTestId('tangent-x')).toHaveText('5');
  await expect(page).toHaveURL(/lock=x/);
  await expect(page).toHaveURL(/embed=tangent/);
});
