import { Fragment } from 'react';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import { useT } from '../../i18n/useT.ts';
import { threeWaysMessages } from './threeWaysMessages.ts';
import './learningFromData.css';

type Key = keyof typeof threeWaysMessages;
type Step = { text: Key; kind: 'data' | 'human' | 'learned' };

/** The three rows of Figure 4-2: from the same image to the same answer, with less and less made by hand. */
const rows: { title: Key; steps: Step[] }[] = [
  { title: 'rowHuman', steps: [{ text: 'humanAlgorithm', kind: 'human' }] },
  { title: 'rowFeatures', steps: [{ text: 'features', kind: 'human' }, { text: 'machineLearning', kind: 'learned' }] },
  { title: 'rowNetwork', steps: [{ text: 'network', kind: 'learned' }] },
];

/** 4.1.1: the book's Figure 4-2 as rows of boxes and arrows (HTML, so it wraps on a phone). */
export function ThreeWaysPanel() {
  const t = useT(threeWaysMessages);
  return (
    <PanelFrame id="three-ways" title={t('title')} intro={t('intro')} testId="panel-three-ways">
      <figure className="three-ways" aria-label={t('figureLabel')}>
        {rows.map((row) => (
          <div key={row.title} className="three-ways-row">
            <h3>{t(row.title)}</h3>
            <ol className="three-ways-steps">
              {[{ text: 'input', kind: 'data' } as Step, ...row.steps, { text: 'output', kind: 'data' } as Step].map((step, i) => (
                <Fragment key={step.text}>
                  {i > 0 && <li className="three-ways-arrow" aria-hidden="true">→</li>}
                  <li className={`three-ways-box ${step.kind}`}>{t(step.text)}</li>
                </Fragment>
              ))}
            </ol>
          </div>
        ))}
        <figcaption>
          <span className="three-ways-box human legend">{t('legendHuman')}</span>
          <span className="three-ways-box learned legend">{t('legendLearned')}</span>
          <span>{t('note')}</span>
        </figcaption>
      </figure>
    </PanelFrame>
  );
}
