import type { MouseEvent } from 'react';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import { useT } from '../../i18n/useT.ts';
import type { SectionId } from '../../store/shellSlice.ts';
import { useStore } from '../../store/store.ts';
import { summaryMessages } from './messages.ts';
import '../learningFromData/learningFromData.css';

type Key = keyof typeof summaryMessages;

/** Each bullet of the notes' summary and the panel (section + test id) where the learner saw it happen. */
const bullets: { text: Key; link: Key; section: SectionId; panel: string }[] = [
  { text: 'goal', link: 'goalLink', section: '4.2', panel: 'panel-why-loss' },
  { text: 'split', link: 'splitLink', section: '4.1', panel: 'panel-mnist' },
  { text: 'generalize', link: 'generalizeLink', section: '4.1', panel: 'panel-overfit' },
  { text: 'update', link: 'updateLink', section: '4.4', panel: 'panel-descent' },
];

/** Opens a section, then brings one of its panels into view once it has rendered. */
function goToPanel(section: SectionId, panel: string) {
  useStore.getState().setSection(section);
  window.scrollTo(0, 0);
  requestAnimationFrame(() => {
    document.querySelector(`[data-testid="${panel}"]`)?.scrollIntoView({ block: 'start' });
  });
}

/** 4.6: the four closing bullets of the notes, each linked to its panel. */
export function SummaryPanel() {
  const t = useT(summaryMessages);
  const language = useStore((s) => s.language);
  return (
    <PanelFrame id="summary" title={t('title')} intro={t('intro')} testId="panel-summary">
      <ul className="summary-list">
        {bullets.map((b) => {
          const href = `?s=${b.section}&lang=${language}#${b.panel}`;
          const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
            e.preventDefault();
            goToPanel(b.section, b.panel);
          };
          return (
            <li key={b.text}>
              <p>{t(b.text)}</p>
              <p className="summary-link">
                {t('seeIt')} <a href={href} onClick={onClick}>{t(b.link)}</a>
              </p>
            </li>
          );
        })}
      </ul>
    </PanelFrame>
  );
}
