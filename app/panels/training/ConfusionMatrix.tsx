import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { ConfusionGallery } from './ConfusionGallery.tsx';
import { rowStats, shareColor, shareInk } from './confusionColor.ts';
import { learnedMessages } from './learnedMessages.ts';

const digits = Array.from({ length: 10 }, (_, i) => i);

/** The newest evaluation's test-set confusion matrix as a table: readable by keyboard and screen reader. */
export function ConfusionMatrix() {
  const t = useT(learnedMessages);
  const latest = useStore((s) => s.trainEvals.findLast((e) => e.confusion !== undefined) ?? null);
  const runId = useStore((s) => s.trainStatus?.runId ?? 0);
  const [cell, setCell] = useState<{ actual: number; predicted: number; runId: number } | null>(null);
  const counts = latest?.confusion;
  const open = cell && cell.runId === runId && counts ? cell : null;
  const stats = counts ? rowStats(counts) : null;

  return (
    <section className="confusion" aria-labelledby="confusion-title" data-testid="confusion">
      <h3 id="confusion-title">{t('confusionTitle')}</h3>
      {!counts || !latest ? (
        <p className="note">{t('confusionEmpty')}</p>
      ) : (
        <div className="confusion-scroll">
          <table className="confusion-table" data-testid="confusion-table">
            <caption>{t('confusionCaption', { epoch: latest.epoch })}</caption>
            <thead>
              <tr>
                <th scope="col" className="corner">{t('trueDigit')} ╲ {t('predictedDigit')}</th>
                {digits.map((d) => <th key={d} scope="col">{d}</th>)}
                <th scope="col" className="acc">{t('classAccuracy')}</th>
              </tr>
            </thead>
            <tbody>
              {digits.map((actual) => {
                const { totals, accuracy } = stats ?? rowStats(counts);
                return (
                  <tr key={actual}>
                    <th scope="row">{actual}</th>
                    {digits.map((predicted) => {
                      const count = counts[actual * 10 + predicted];
                      const share = totals[actual] > 0 ? count / totals[actual] : 0;
                      const selected = open?.actual === actual && open.predicted === predicted;
                      return (
                        <td key={predicted} style={{ background: shareColor(share), color: shareInk(share) }} className={actual === predicted ? 'diag' : ''}>
                          <button
                            type="button" disabled={count === 0} aria-pressed={selected}
                            aria-label={t('cellLabel', { actual, predicted, count })} data-testid={`cell-${actual}-${predicted}`}
                            onClick={() => setCell(selected ? null : { actual, predicted, runId })}
                          >
                            {count}
                          </button>
                        </td>
                      );
                    })}
                    <td className="acc" data-testid={`class-acc-${actual}`}>{(accuracy[actual] * 100).toFixed(1)}%</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open && counts && (
        <ConfusionGallery
          key={`${open.actual}-${open.predicted}-${latest?.iteration}`} actual={open.actual} predicted={open.predicted}
          total={counts[open.actual * 10 + open.predicted]} onClose={() => setCell(null)}
        />
      )}
    </section>
  );
}
