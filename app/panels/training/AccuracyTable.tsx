import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { learnedMessages } from './learnedMessages.ts';
import './learned.css';

/** Figure 4-12's numbers as a table behind a disclosure: every evaluation, readable without a mouse. */
export function AccuracyTable() {
  const t = useT(learnedMessages);
  const evals = useStore((s) => s.trainEvals);
  if (evals.length === 0) return null;
  return (
    <details className="accuracy-table" data-testid="accuracy-table">
      <summary>{t('accuracyTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('epoch')}</th>
            <th scope="col">{t('iteration')}</th>
            <th scope="col">{t('trainAccuracy')}</th>
            <th scope="col">{t('testAccuracy')}</th>
          </tr>
        </thead>
        <tbody>
          {evals.map((e) => (
            <tr key={e.iteration}>
              <th scope="row">{e.epoch}</th>
              <td>{e.iteration}</td>
              <td>{e.trainAccuracy.toFixed(4)}</td>
              <td>{e.testAccuracy.toFixed(4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
