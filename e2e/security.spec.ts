import { expect, test, type Page } from '@playwright/test';
import { openSection } from './fixtures.ts';

// The built site's security posture: the app works under its Content-Security-Policy without a single
// violation, and nothing it loads comes from anywhere but its own origin.

/** Every section (4.5 last), then ten iterations of 4.5 on the real MNIST files. */
async function journey(page: Page): Promise<void> {
  await openSection(page, '4.2');
  for (const section of ['4.1', '4.6', '4.2', '4.3', '4.4', '4.5']) {
    await page.getByTestId(`nav-${section}`).click();
    await expect(page.locator('[data-testid^="panel-"]').first()).toBeVisible();
  }
  const start = page.getByTestId('train-start');
  await expect(start).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('train-step-n').selectOption('10');
  await page.getByTestId('train-step').click();
  await expect(page.getByTestId('train-iteration')).toHaveText('10 / 10,000', { timeout: 20_000 });
  await expect(page.locator('[data-testid="acc-point"]')).toHaveCount(1); // the evaluation after i = 0 ran
}

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

test('the built page carries a strict CSP and a full journey breaks none of it', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { cspViolations: typeof seen }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

  await journey(page);

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('worker-src')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // The policy is in force and the listener hears it: an inline script is blocked and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    return new Promise<boolean>((resolve) => setTimeout(() => resolve('inlineRan' in window), 100));
  });
  expect(ran).toBe(false);
  expect(await violations()).toEqual([{ directive: 'script-src-elem', blocked: 'inline' }]);
});

test('no request leaves the page’s origin during the journey, workers’ fetches included', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));

  await journey(page);

  const paths = requests.map((url) => new URL(url).pathname);
  // The worker's downloads are among those seen, so the record covers the worker too.
  for (const file of ['manifest.json', 'train-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz']) {
    expect(paths).toContain(`/data/mnist/${file}`);
  }
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test('the preview server: nosniff everywhere, and .gz files typed as what they decode to', async ({ request }) => {
  for (const path of ['/', '/data/mnist/manifest.json', '/data/mnist/t10k-labels-idx1-ubyte.gz']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  const gz = await request.get('/data/mnist/t10k-labels-idx1-ubyte.gz');
  expect(gz.headers()['content-type']).toBe('application/octet-stream');
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect((await gz.body()).length).toBe(10_008); // the IDX file, once decoded
  expect((await request.get('/data/mnist/manifest.json')).headers()['content-type']).toMatch(/^application\/json/);
});
