// Every setting in the URL, from every slice: one key each, each value survives a link, and a number in a
// link goes through the same parser as a typed one (issue 9: `?tlr=0x10` used to set the learning rate to 16).
import { describe, expect, it } from 'vitest';
import { applyUrl } from './urlSync.ts';
import { urlFields, useStore, type StoreState } from './store.ts';

/** A value other than the default for every field, as the state patch a link should reproduce. */
const examples: Record<string, Partial<StoreState>> = {
  s: { section: '4.5' },
  lang: { language: 'ko' },
  x: { tangentX: 12.5 },
  ly: { lossParts: [0, 0, 0, 0, 0, 0, 0, 10000, 0, 0] },
  lt: { lossLabel: 7 },
  llog: { lossLogScale: true },
  lbs: { batchSeed: 42 },
  lbt: { batchLabels: [3, 1, 4, 1, 5] },
  hh: { hStep: 1e-50 },
  hf: { hFloat32: true },
  px0: { partialX0: -1.25 },
  px1: { partialX1: 0 },
  gx0: { gradientX0: -4.75 },
  gx1: { gradientX1: 0.1 },
  dx0: { descentX0: 2.5 },
  dx1: { descentX1: -0.3 },
  dlr: { descentLr: 1e-10 },
  dn: { descentSteps: 20 },
  dg: { descentGradient: 'exact' },
  dstep: { descentStep: 0 },
  dfit: { descentFit: true },
  dpin: { descentPinned: [{ lr: 10, steps: 1000, gradient: 'exact', x0: -5, x1: 5 }, { lr: 0.5, steps: 3, gradient: 'numerical', x0: 1, x1: 0 }] },
  dfn: { descentFn: 'rosenbrock' },
  dexpr: { descentExpr: 'sin(x0) * x1^2' },
  dlrm: { descentLrMomentum: 0.02 },
  dlra: { descentLrAdaGrad: 1e-10 },
  dlrd: { descentLrAdam: 10 },
  dopt: { descentOptimizers: ['Momentum', 'Adam'] },
  sns: { snSeed: 4294967295 },
  snx0: { snX0: -10 },
  snx1: { snX1: 10 },
  snt: { snT: 0 },
  snlr: { snLr: 1e-4 },
  snc: { snNudgeCell: 5 },
  snh: { snNudgeH: 1e-8 },
  th: { trainHidden: 1000 },
  tlr: { trainLr: 0.01 },
  tb: { trainBatch: 1 },
  ti: { trainIters: 100000 },
  tstd: { trainStd: 0 },
  tseed: { trainSeed: 7 },
  tg: { trainGradient: 'numerical' },
  ms: { mnistSet: 'test' },
  mi: { mnistIndex: 59999 },
  on: { overfitSize: '1000' },
  oe: { overfitEpochs: 2000 },
  wp: { sweepParam: 'W1' },
  wi: { sweepIndex: 7 },
  wa: { sweepFrom: -0.5 },
  wb: { sweepTo: 2.5 },
};

const initial = useStore.getState();
const params = urlFields.map((f) => f.param);

describe('URL fields', () => {
  it('use every key once across all slices', () => {
    const repeated = params.filter((p, i) => params.indexOf(p) !== i);
    expect(repeated).toEqual([]);
  });

  it('have an example here for every field (a new field needs one)', () => {
    expect([...params].sort()).toEqual(Object.keys(examples).sort());
  });

  it.each(urlFields.map((f) => [f.param, f] as const))('%s: value → URL text → the same value', (param, field) => {
    const example = examples[param];
    const text = field.write({ ...initial, ...example });
    expect(text).toBeDefined();
    // Through a real query string, as a shared link carries it.
    const query = new URLSearchParams({ [param]: text! }).toString();
    expect(field.read(new URLSearchParams(query).get(param)!)).toMatchObject(example);
  });

  it('leave the defaults out of the URL (except language and section, which a link always carries)', () => {
    const written = urlFields.filter((f) => f.write(initial) !== undefined).map((f) => f.param);
    expect(written.sort()).toEqual(['lang', 's']);
  });
});

describe('numbers in a link', () => {
  const refused = ['0x10', '0b11', '0o17', '1e400', '-1e400', 'NaN', 'Infinity', '', ' '];

  it.each(refused)('every field refuses %j', (text) => {
    for (const field of urlFields) expect(field.read(text), field.param).toBeUndefined();
  });

  it('fall back to the defaults when refused, and are applied when accepted', () => {
    const before = useStore.getState();
    for (const text of refused) {
      applyUrl(`?${params.map((p) => `${p}=${encodeURIComponent(text)}`).join('&')}`);
      expect(useStore.getState()).toBe(before);
    }
    expect(useStore.getState().trainLr).toBe(0.1);
    applyUrl('?tlr=0x10&dn=0b11&th=0o17&dx0=1e400&tseed=NaN');
    expect(useStore.getState()).toBe(before);
    applyUrl('?tlr=0.5&dn=16');
    expect(useStore.getState()).toMatchObject({ trainLr: 0.5, descentSteps: 16 });
  });
});
