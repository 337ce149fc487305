/**
 * The link parameters that are not settings: `embed=<panel>` shows that one panel alone (for an <iframe> in
 * slides) and `lock=<param>,<param>` keeps the named settings as the link set them. urlSync carries them over
 * when it rewrites the address, so a reload of an embed stays an embed.
 */
export interface LinkMode {
  /** The panel shown alone (its PanelFrame id), or null for the whole page. */
  readonly embed: string | null;
  /** The panel a plain link points at (scrolled to once at start), or null. */
  readonly target: string | null;
  /** URL parameter names of the settings the learner cannot change. */
  readonly locked: readonly string[];
}

export const embedParam = 'embed';
export const lockParam = 'lock';
/** The panel a plain "link to this" scrolls to. */
export const panelParam = 'p';

const panelIdPattern = /^[a-z0-9-]{1,40}$/;

export function readLinkMode(search: string): LinkMode {
  const params = new URLSearchParams(search);
  const embed = params.get(embedParam);
  const target = params.get(panelParam);
  const lock = params.get(lockParam) ?? '';
  return {
    embed: embed !== null && panelIdPattern.test(embed) ? embed : null,
    target: target !== null && panelIdPattern.test(target) ? target : null,
    locked: lock.split(',').map((p) => p.trim()).filter((p) => panelIdPattern.test(p)),
  };
}

/** The parameters urlSync keeps in the address beside the settings. */
export function linkModeParams(mode: LinkMode): [string, string][] {
  const kept: [string, string][] = [];
  if (mode.embed !== null) kept.push([embedParam, mode.embed]);
  if (mode.locked.length > 0) kept.push([lockParam, mode.locked.join(',')]);
  return kept;
}

/**
 * A link to one panel: the current address (which already holds every setting) with the panel named, as a plain
 * link (`p=`) or an embed (`embed=`). `lock` is kept from the current link unless the caller gives its own.
 */
export function panelLink(href: string, panel: string, kind: 'page' | 'embed', locked?: readonly string[]): string {
  const url = new URL(href);
  url.searchParams.delete(embedParam);
  url.searchParams.delete(panelParam);
  url.searchParams.set(kind === 'embed' ? embedParam : panelParam, panel);
  if (locked !== undefined) {
    if (locked.length > 0) url.searchParams.set(lockParam, locked.join(','));
    else url.searchParams.delete(lockParam);
  }
  url.hash = '';
  return url.toString();
}
