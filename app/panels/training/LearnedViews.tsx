import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { DigitPad } from './DigitPad.tsx';
import { WeightImages } from './WeightImages.tsx';
import { learnedMessages } from './learnedMessages.ts';
import './learned.css';

/** 4.5's look inside the network: where it fails, what W1 looks like, and a digit of the learner's own. */
export function LearnedViews() {
  const t = useT(learnedMessages);
  const ready = useStore((s) => s.trainDataStatus === 'ready');
  if (!ready) return null;
  return (
    <section className="learned" aria-labelledby="learned-title" data-testid="learned">
      <h3 id="learned-title" className="learned-title">{t('learnedTitle')}</h3>
      <div className="learned-grid">
        <ConfusionMatrix />
        <DigitPad />
        <WeightImages />
      </div>
    </section>
  );
}
