import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the app in English at a section, with optional extra URL settings. */
export async function openSection(page: Page, section: string, query = ''): Promise<void> {
  await page.goto(`/?s=${section}&lang=en${query ? `&${query}` : ''}`);
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Centre of an element on screen, for pointer gestures. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no bounding box (not visible?)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags like a person: press, move in small steps, release. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Reads a numeric attribute of an SVG element. */
export async function numberAttr(locator: Locator, name: string): Promise<number> {
  const text = await locator.getAttribute(name);
  if (text === null) throw new Error(`attribute ${name} is missing`);
  return Number(text);
}

/** Saves a screenshot under test-results/screens/ for a person to look at. */
export async function screenshot(page: Page, name: string, locator?: Locator): Promise<void> {
  const path = `test-results/screens/${name}.png`;
  if (locator) await locator.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

/** Opens 4.5 and waits until the data set is in the worker (Start becomes available). */
export async function openTraining(page: Page, query = ''): Promise<Locator> {
  await openSection(page, '4.5', query);
  const panel = page.getByTestId('panel-training');
  await expect(panel.getByTestId('train-start')).toBeEnabled({ timeout: 30_000 });
  return panel;
}

/** Completed iterations, read from the "1,234 / 10,000" readout. */
export async function iterationOf(panel: Locator): Promise<number> {
  const text = (await panel.getByTestId('train-iteration').textContent()) ?? '';
  return Number(text.split('/')[0].replace(/[^0-9]/g, ''));
}

/** [epoch, train, test] of every accuracy point drawn. */
export async function accuracyPoints(panel: Locator): Promise<string[][]> {
  return panel.getByTestId('acc-point').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-epoch') ?? '', e.getAttribute('data-train') ?? '', e.getAttribute('data-test') ?? '']),
  );
}

/**
 * Start, then Pause from inside the page (no round trip to the test runner) the moment the activity line
 * holds `text`; resolves with the line as it was then.
 */
export function startThenPauseOn(page: Page, text: string): Promise<string> {
  return page.evaluate(
    (wanted) =>
      new Promise<string>((resolve) => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid="train-start"]');
        const activity = document.querySelector('[data-testid="train-activity"]');
        if (!button || !activity) throw new Error('controls missing');
        const observer = new MutationObserver(() => {
          const line = activity.textContent ?? '';
          if (line.includes(wanted)) {
            observer.disconnect();
            button.click(); // Pause
            resolve(line);
          }
        });
        observer.observe(activity, { childList: true, subtree: true, characterData: true });
        button.click(); // Start
      }),
    text,
  );
}
