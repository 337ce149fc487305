import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openTraining } from './fixtures.ts';

// 4.5's figures and their data leave the app: Figure 4-11 as a PNG (curve and axes together) and a CSV of
// every loss, Figure 4-12 as SVG, PNG and a CSV of every evaluation.

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('after 600 iterations: loss CSV with 600 rows and a header, accuracy CSV with the evaluation, both figures as images', async ({ page }) => {
  const panel = await openTraining(page);
  await panel.getByTestId('train-step-n').selectOption('600');
  await panel.getByTestId('train-step').click();
  await expect(panel.getByTestId('train-iteration')).toHaveText('600 / 10,000', { timeout: 30_000 });
  await panel.getByTestId('training-export').locator('summary').click();

  const lossCsv = await download(page, panel.getByRole('button', { name: 'Loss per iteration (Figure 4-11): download the data as CSV' }));
  const lines = lossCsv.bytes.toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe('iteration,loss');
  expect(lines).toHaveLength(601);
  expect(Number(lines[1].split(',')[1])).toBeCloseTo(2.2938061, 5); // numpy's first loss of the seeded run

  const accCsv = await download(page, panel.getByRole('button', { name: 'Accuracy per epoch (Figure 4-12): download the data as CSV' }));
  const acc = accCsv.bytes.toString('utf8').trim().split('\r\n');
  expect(acc).toEqual(['epoch,iteration,train_acc,test_acc', '0,0,0.09915,0.1009']); // numpy's, after i = 0

  const lossPng = await download(page, panel.getByRole('button', { name: 'Loss per iteration (Figure 4-11): download as PNG (2× size)' }));
  const box = await panel.getByTestId('loss-chart').locator('svg.figure').first().boundingBox();
  expect(pngSize(lossPng.bytes)).toEqual({ width: Math.round(box!.width) * 2, height: Math.round(box!.height) * 2 });
  // The curve (drawn on a canvas) is in the image, where the axes put iterations 0–599: blue pixels in the
  // left tenth of the plot, none in its right half.
  const blue = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = c.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const { data, width, height } = g.getImageData(0, 0, bitmap.width, bitmap.height);
    let left = 0, right = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (!(data[i + 2] > 150 && data[i] < 80 && data[i + 1] < 160)) continue;
      if (x < width * 0.2) left++;
      else if (x > width * 0.5) right++;
    }
    return { left, right };
  }, lossPng.bytes.toString('base64'));
  expect(blue.left).toBeGreaterThan(500);
  expect(blue.right).toBe(0);

  const accSvg = await download(page, panel.getByRole('button', { name: 'Accuracy per epoch (Figure 4-12): download as SVG' }));
  const text = accSvg.bytes.toString('utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('epochs');
  expect(text).toContain('train acc');
});

test('4.5 embedded alone (?embed=training) trains, with no page header or nav', async ({ page }) => {
  await page.goto('/?s=4.5&lang=en&embed=training');
  const panel = page.getByTestId('panel-training');
  await expect(panel.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await panel.getByTestId('train-step-n').selectOption('10');
  await panel.getByTestId('train-step').click();
  await expect(panel.getByTestId('train-iteration')).toHaveText('10 / 10,000');
});
