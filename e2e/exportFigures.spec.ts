import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';

// Export figures: a figure downloads as a standalone SVG (parses, carries the labels in the chosen language)
// and as a PNG at twice its on-screen size, under the page's Content-Security-Policy.

async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = `test-results/exports/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return { download, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the tangent figure exports as SVG with its Korean labels and as a 2× PNG', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await page.goto('/?s=4.3&lang=ko&x=7');
  const panel = page.getByTestId('panel-tangent');
  const figure = panel.getByTestId('tangent-figure');
  const label = (await figure.getAttribute('aria-label')) ?? '';
  expect(label).toMatch(/[가-힣]/);
  const onScreenTexts = (await figure.locator('text').allTextContents()).map((s) => s.trim()).filter((s) => s !== '');
  expect(onScreenTexts.some((s) => /[가-힣]/.test(s))).toBe(true);
  const box = await figure.boundingBox();
  if (!box) throw new Error('figure not visible');

  await panel.getByTestId('export-tangent').click();
  const svg = await saved(page, () => panel.getByRole('button', { name: `${label}: SVG로 내려받기` }).click());
  expect(svg.download.suggestedFilename()).toBe('gradient-lab-tangent-1.svg');
  const text = svg.bytes.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()),
      font: doc.documentElement.getAttribute('font-family') ?? '',
    };
  }, text);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  for (const s of onScreenTexts) expect(parsed.texts).toContain(s);
  expect(parsed.font).toMatch(/sans-serif$/);

  const png = await saved(page, () => panel.getByRole('button', { name: `${label}: PNG(2배 크기)로 내려받기` }).click());
  expect(png.download.suggestedFilename()).toBe('gradient-lab-tangent-1.png');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * Math.round(box.width), height: 2 * Math.round(box.height) });
  expect(violations).toEqual([]);
});
