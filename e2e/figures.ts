import { expect, type Locator, type Page } from '@playwright/test';

// Reading what a figure drew: axis ticks, the scales they imply, points of a path, and layout checks.
// Tests compare the drawing with values known from the maths, through the figure's own axes.

export interface Tick {
  /** Position along the axis in SVG units (from the tick's translate). */
  at: number;
  /** The tick's label as drawn ('' for an unlabelled tick). */
  text: string;
}

/** Ticks of the `nth` axis of that orientation in the figure, in drawing order. */
export async function axisTicks(figure: Locator, orientation: 'bottom' | 'left', nth = 0): Promise<Tick[]> {
  return figure.evaluate(
    (svg, [side, index]) => {
      const axis = svg.querySelectorAll(`.axis-${side}`)[index as number];
      if (!axis) throw new Error(`no ${side} axis #${index}`);
      return [...axis.children]
        .filter((g) => g.tagName === 'g')
        .map((g) => {
          const match = /translate\((-?[\d.e+-]+),(-?[\d.e+-]+)\)/.exec(g.getAttribute('transform') ?? '');
          if (!match) throw new Error(`tick without translate: ${g.outerHTML.slice(0, 80)}`);
          return { at: Number(side === 'bottom' ? match[1] : match[2]), text: g.querySelector('.tick-label')?.textContent ?? '' };
        });
    },
    [orientation, nth] as const,
  );
}

const superscripts: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** A tick label as a number: '−2.5', '0.4', '10⁻¹²' (NaN for an empty label). */
export function tickValue(text: string): number {
  const power = /^10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text);
  if (power) return 10 ** Number([...power[1]].map((c) => superscripts[c]).join(''));
  return text === '' ? NaN : Number(text.replace('−', '-'));
}

export interface AxisScale {
  /** Data value → SVG position. */
  at(value: number): number;
  /** SVG position → data value. */
  valueAt(position: number): number;
}

/**
 * The scale an axis implies, fitted through its first and last labelled ticks (linear, or linear in log₁₀
 * for a log axis), after checking every labelled tick lies on it to 0.01 units.
 */
export function scaleOf(ticks: Tick[], kind: 'linear' | 'log' = 'linear'): AxisScale {
  const t = kind === 'log' ? Math.log10 : (v: number) => v;
  const labelled = ticks.map((k) => ({ at: k.at, v: tickValue(k.text) })).filter((k) => Number.isFinite(k.v));
  if (labelled.length < 2) throw new Error(`fewer than two labelled ticks: ${JSON.stringify(ticks)}`);
  const [a, b] = [labelled[0], labelled[labelled.length - 1]];
  const perUnit = (b.at - a.at) / (t(b.v) - t(a.v));
  const scale = {
    at: (value: number) => a.at + (t(value) - t(a.v)) * perUnit,
    valueAt: (position: number) => {
      const u = t(a.v) + (position - a.at) / perUnit;
      return kind === 'log' ? 10 ** u : u;
    },
  };
  for (const k of labelled) expect(Math.abs(scale.at(k.v) - k.at), `tick ${k.v} off its axis`).toBeLessThan(0.01);
  return scale;
}

/** The vertices of an SVG path made of M and L commands (d3's line output). */
export function pathPoints(d: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (const m of d.matchAll(/[ML]\s*(-?[\d.e+-]+)[ ,](-?[\d.e+-]+)/g)) points.push({ x: Number(m[1]), y: Number(m[2]) });
  return points;
}

/** The translate(x,y) of an element's transform attribute. */
export async function translateOf(locator: Locator): Promise<{ x: number; y: number }> {
  const transform = (await locator.getAttribute('transform')) ?? '';
  const match = /translate\((-?[\d.e+-]+),\s*(-?[\d.e+-]+)\)/.exec(transform);
  if (!match) throw new Error(`no translate in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/**
 * What every figure must do at any width: fit inside its panel, keep each axis's tick labels apart and
 * inside the figure, and hold no NaN or Infinity in any attribute. The page never scrolls sideways.
 */
export async function expectFigureLaidOut(page: Page, figure: Locator, panel: Locator): Promise<void> {
  const report = await figure.evaluate((svg, panelEl) => {
    const problems: string[] = [];
    const box = svg.getBoundingClientRect();
    const outer = (panelEl as Element).getBoundingClientRect();
    if (box.width < 100 || box.height < 100) problems.push(`figure is ${box.width}×${box.height}`);
    if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) problems.push(`figure [${box.left}, ${box.right}] outside panel [${outer.left}, ${outer.right}]`);
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      for (const attr of el.attributes) if (/NaN|Infinity/.test(attr.value)) problems.push(`${el.tagName} ${attr.name}="${attr.value.slice(0, 40)}"`);
    }
    for (const axis of svg.querySelectorAll('.axis')) {
      const labels = [...axis.querySelectorAll('.tick-label')].filter((t) => (t.textContent ?? '') !== '').map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      labels.forEach(({ text, r }, i) => {
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`tick label ${text} leaves the figure`);
        const next = labels[i + 1];
        if (next && r.left < next.r.right && next.r.left < r.right && r.top < next.r.bottom && next.r.top < r.bottom) {
          problems.push(`tick labels ${text} and ${next.text} overlap`);
        }
      });
    }
    return { problems, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  }, await panel.elementHandle());
  expect(report.problems).toEqual([]);
  expect(report.overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** Waits until the figure stops re-laying itself out (it redraws once it has measured its width). */
export async function settled(figure: Locator): Promise<void> {
  let last: string | null = null;
  await expect
    .poll(async () => {
      const now = await figure.getAttribute('viewBox');
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [100] })
    .toBe(true);
}
