import { expect, test, type Page, type Worker } from '@playwright/test';
import { accuracyPoints, iterationOf, openSection, openTraining } from './fixtures.ts';

// Issue 9's faults, each injected into the real app: a worker that dies or throws, a stalled download, the
// back/forward cache, hex in a link. The standard: a clear message, nothing lost, never stuck.

/** The training worker (the page has no other). */
function trainingWorker(page: Page): Worker {
  const worker = page.workers().find((w) => w.url().includes('training'));
  if (!worker) throw new Error(`no training worker among ${page.workers().map((w) => w.url()).join(', ')}`);
  return worker;
}

test.describe('4.5 survives faults', () => {
  test('the worker dies mid-run: the panel says so, keeps the charts, and goes on from the last epoch to the same result', async ({ page }) => {
    test.setTimeout(120_000);
    const panel = await openTraining(page, 'ti=1800');
    // The same run uninterrupted, for comparison.
    await panel.getByTestId('train-start').click();
    await expect(panel.getByTestId('train-finished')).toBeVisible({ timeout: 60_000 });
    const uninterrupted = await panel.getByTestId('train-finished').textContent();
    const uninterruptedPoints = await accuracyPoints(panel);
    expect(uninterruptedPoints.length).toBe(3); // after i = 0, 600, 1200

    await panel.getByTestId('train-reset').click();
    await expect(panel.getByTestId('train-iteration')).toHaveText('0 / 1,800');
    await panel.getByTestId('train-step-n').selectOption('600');
    await panel.getByTestId('train-step').click(); // i = 0 … 599, evaluation after i = 0
    await expect(panel.getByTestId('train-iteration')).toHaveText('600 / 1,800', { timeout: 30_000 });
    await panel.getByTestId('train-step').click(); // … 1199, evaluation after i = 600: snapshot at 601
    await expect(panel.getByTestId('train-iteration')).toHaveText('1,200 / 1,800', { timeout: 30_000 });
    await panel.getByTestId('train-start').click();
    await expect.poll(() => iterationOf(panel)).toBeGreaterThan(1220);
    // The evaluation after i = 1200 is drawn, and with it its snapshot has reached the page (beside training, it
    // finishes some iterations later).
    await expect.poll(async () => (await accuracyPoints(panel)).length).toBe(3);
    await trainingWorker(page).evaluate(() => self.close()); // the stand-in for a crash: calls never return

    const fault = panel.getByTestId('train-fault');
    await expect(fault).toHaveAttribute('data-kind', 'lost', { timeout: 15_000 });
    await expect(fault).toContainText('stopped answering');
    await expect(panel.getByTestId('train-state')).toHaveText('Worker lost');
    expect(await accuracyPoints(panel)).toEqual(uninterruptedPoints); // nothing drawn was lost

    // The last snapshot was taken after the evaluation of i = 1200.
    await fault.getByRole('button', { name: 'Continue from iteration 1,201 (epoch 2)' }).click();
    await expect(panel.getByTestId('train-state')).toHaveText('Paused', { timeout: 30_000 });
    await expect(panel.getByTestId('train-iteration')).toHaveText('1,201 / 1,800');
    await expect(fault).toHaveCount(0);
    expect(await accuracyPoints(panel)).toEqual(uninterruptedPoints);
    await panel.getByTestId('train-start').click(); // Resume
    await expect(panel.getByTestId('train-finished')).toBeVisible({ timeout: 60_000 });
    await expect(panel.getByTestId('train-finished')).toHaveText(uninterrupted ?? '');
    expect(await accuracyPoints(panel)).toEqual(uninterruptedPoints);
  });

  test('an error thrown inside the worker is named as the worker’s; the run and its controls keep working', async ({ page }) => {
    const panel = await openTraining(page, 'ti=5000');
    await panel.getByTestId('train-start').click();
    await expect.poll(() => iterationOf(panel)).toBeGreaterThan(100);
    await trainingWorker(page).evaluate(() => {
      setTimeout(() => {
        throw new Error('injected fault');
      }, 0);
    });
    const fault = panel.getByTestId('train-fault');
    await expect(fault).toHaveAttribute('data-kind', 'workerError');
    await expect(fault).toContainText('injected fault');
    await expect(page.getByTestId('train-data-error')).toHaveCount(0); // not blamed on the data
    await panel.getByTestId('train-start').click(); // Pause
    await expect(panel.getByTestId('train-state')).toHaveText('Paused');
    const at = await iterationOf(panel);
    await panel.getByTestId('train-step').click();
    await expect.poll(() => iterationOf(panel)).toBe(at + 1);
    await fault.getByRole('button', { name: 'Dismiss' }).click();
    await expect(fault).toHaveCount(0);
  });

  test('a download that stalls says so, naming the file; a stalled one can be cancelled and retried', async ({ page, context }) => {
    // context.route, not page.route: it also catches the worker's first requests, made as soon as it starts.
    test.setTimeout(90_000);
    // The server never answers for the labels file: after 20 s of silence the loader gives up.
    await context.route('**/data/mnist/train-labels-idx1-ubyte.gz', () => undefined);
    await openSection(page, '4.5');
    await expect(page.getByTestId('train-data-received')).toBeVisible();
    const error = page.getByTestId('train-data-error');
    await expect(error).toContainText('train-labels-idx1-ubyte: the server did not answer within 20 s', { timeout: 45_000 });
    await expect(error).toContainText('stalled');
    await context.unroute('**/data/mnist/train-labels-idx1-ubyte.gz');

    // Stalled again (the file that never came is not in the HTTP cache): Cancel, then Retry once it answers.
    let asked = false;
    await context.route('**/data/mnist/train-labels-idx1-ubyte.gz', () => void (asked = true));
    await page.getByTestId('train-data-retry').click();
    await expect.poll(() => asked, { timeout: 45_000 }).toBe(true); // the images came (from a cache or the server); the labels hang
    await expect(page.getByTestId('train-data-received')).toBeVisible();
    await page.getByTestId('train-data-cancel').click();
    await expect(page.getByTestId('train-data-cancelled')).toContainText('cancelled');
    await context.unroute('**/data/mnist/train-labels-idx1-ubyte.gz');
    await page.waitForTimeout(500);
    await expect(page.getByTestId('train-data-cancelled')).toBeVisible(); // stays cancelled: the ended worker is ignored
    await page.getByTestId('train-data-retry').click();
    await expect(page.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
  });

  test('hex in a link is refused like a typed one: ?tlr=0x10 keeps the book’s learning rate', async ({ page }) => {
    await openSection(page, '4.5', 'tlr=0x10&tb=0b11&ti=1e400');
    const panel = page.getByTestId('panel-training');
    await expect(panel.getByTestId('train-lr')).toHaveValue('0.1');
    await expect(panel.getByTestId('train-batch')).toHaveValue('100');
    await expect(panel.getByTestId('train-iterations')).toHaveValue('10000');
  });
});
