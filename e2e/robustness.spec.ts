import { expect, test } from '@playwright/test';
import { openSection } from './fixtures.ts';

// Faults injected from outside: a megabyte pasted into a number box, and a data file damaged in a way that
// keeps its length (issue 9, items 5 and 6).

test('a 1,000,000-character paste into a number field is refused at once, never enters the box, and the previous value stays', async ({ page }) => {
  await openSection(page, '4.4');
  const field = page.getByTestId('descent-lr-input');
  const final = page.getByTestId('descent-final');
  const before = await field.inputValue();
  const finalBefore = await final.textContent();
  expect(Number(before)).toBeGreaterThan(0);

  await field.selectText();
  await page.keyboard.insertText('9'.repeat(1_000_000)); // as a paste: one input event with all of it
  const refusal = page.getByTestId('descent-lr-input-error');
  await expect(refusal).toHaveText(`Too long to be a number (at most 100 characters). Keeping the previous value ${before}.`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // The megabyte never entered the box (its length, not its text: a failed match would print it all).
  expect(await field.evaluate((el: HTMLInputElement) => el.value.length)).toBe(before.length);
  await expect(field).toHaveValue(before);
  await expect(final).toHaveText(finalBefore ?? '');

  // The page still answers, and the field takes a number again.
  await field.fill('0.01');
  await field.press('Enter');
  await expect(refusal).toHaveCount(0);
  await expect(page.getByTestId('descent-lr-0.01')).toHaveAttribute('aria-pressed', 'true');
});

test('an MNIST file with one byte changed (same length) is refused, naming the file; Retry loads the good one', async ({ page, context }) => {
  const file = 't10k-labels-idx1-ubyte';
  const pattern = `**/data/mnist/${file}.gz`;
  // context.route also catches the worker's first requests, made as soon as it starts.
  await context.route(pattern, async (route) => {
    const good = await route.fetch(); // Playwright's client undoes the Content-Encoding: these are the IDX bytes
    const body = Buffer.from(await good.body());
    if (body.length !== 10_008) throw new Error(`expected the 10,008-byte label file, got ${body.length} bytes`);
    body[8 + 4321] = (body[8 + 4321] + 1) % 10; // still a digit 0–9: only the digest can tell
    // As a browser hands it over after undoing Content-Encoding: the decoded bytes, no encoding left.
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
  });
  await openSection(page, '4.5');
  const error = page.getByTestId('train-data-error');
  await expect(error).toContainText(`${file}: is damaged`, { timeout: 30_000 });
  await expect(error).toContainText('SHA-256');
  await expect(page.getByTestId('train-start')).toBeDisabled();

  await context.unroute(pattern);
  await page.getByTestId('train-data-retry').click();
  await expect(page.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
  await expect(error).toHaveCount(0);
});
