import { describe, expect, it } from 'vitest';
import { linkModeParams, panelLink, readLinkMode } from './embedParams.ts';

describe('readLinkMode', () => {
  it('reads the embedded panel and the locked settings', () => {
    expect(readLinkMode('?s=4.4&embed=descent&lock=dlr,dfn')).toEqual({ embed: 'descent', target: null, locked: ['dlr', 'dfn'] });
  });
  it('is the whole page with nothing locked when the link says nothing', () => {
    expect(readLinkMode('?s=4.3&p=tangent')).toEqual({ embed: null, target: 'tangent', locked: [] });
  });
  it('refuses panel names and params that are not plain words', () => {
    expect(readLinkMode('?embed=<script>&lock=x,,a b,"q"')).toEqual({ embed: null, target: null, locked: ['x'] });
  });
});

describe('panelLink', () => {
  const here = 'https://example.org/lab/?s=4.4&dlr=0.5&p=gradient';
  it('names the panel beside every setting of the current address', () => {
    expect(panelLink(here, 'descent', 'page')).toBe('https://example.org/lab/?s=4.4&dlr=0.5&p=descent');
  });
  it('turns into an embed and can lock settings', () => {
    expect(panelLink(here, 'descent', 'embed', ['dlr'])).toBe('https://example.org/lab/?s=4.4&dlr=0.5&embed=descent&lock=dlr');
  });
  it('round-trips through readLinkMode and linkModeParams', () => {
    const mode = readLinkMode(new URL(panelLink(here, 'descent', 'embed', ['dlr', 'dfn'])).search);
    expect(linkModeParams(mode)).toEqual([['embed', 'descent'], ['lock', 'dlr,dfn']]);
  });
});
