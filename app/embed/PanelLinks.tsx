import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { panelLink } from './embedParams.ts';
import { useLinkMode } from './linkMode.tsx';
import { embedMessages } from './messages.ts';

/** Copies the clipboard text, or reports that the browser refused (no permission, not a secure context). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Link to this" and "Embed link" for one panel. The address already holds every setting (urlSync), so the link
 * is that address with the panel named. The link is also shown, selectable, for when the clipboard is refused.
 */
export function PanelLinks({ panel }: { panel: string }) {
  const t = useT(embedMessages);
  const mode = useLinkMode();
  const [shown, setShown] = useState<{ link: string; copied: boolean } | null>(null);

  if (mode.embed !== null) {
    return (
      <p className="panel-links">
        <a href={panelLink(window.location.href, panel, 'page')} target="_blank" rel="noopener" data-testid={`open-full-${panel}`}>
          {t('openFull')}
        </a>
      </p>
    );
  }
  const copy = async (kind: 'page' | 'embed') => {
    const link = panelLink(window.location.href, panel, kind);
    setShown({ link, copied: await copyText(link) });
  };
  return (
    <div className="panel-links">
      <button type="button" aria-label={t('linkToLabel')} onClick={() => void copy('page')} data-testid={`link-${panel}`}>
        {t('linkTo')}
      </button>
      <button type="button" aria-label={t('embedLinkLabel')} onClick={() => void copy('embed')} data-testid={`embed-link-${panel}`}>
        {t('embedLink')}
      </button>
      {shown && (
        <label className="panel-link-out">
          <span>{shown.copied ? t('copied') : t('copyByHand')}</span>
          <input readOnly value={shown.link} aria-label={t('linkField')} onFocus={(e) => e.currentTarget.select()} data-testid={`link-out-${panel}`} />
        </label>
      )}
    </div>
  );
}
