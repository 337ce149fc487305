import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { formatCount } from './format.ts';
import { trainingMessages } from './messages.ts';

/**
 * What went wrong with the worker, not the learner: it stopped answering, an error escaped it, its training
 * loop failed, or the run came back from the back/forward cache. Charts stay; the learner chooses what next.
 */
export function FaultNotice() {
  const t = useT(trainingMessages);
  const fault = useStore((s) => s.trainFault);
  const failure = useStore((s) => (s.trainStatus?.state === 'failed' ? s.trainStatus.failure : null));
  const snapshot = useStore((s) => s.trainSnapshot);
  const perEpoch = useStore((s) => s.trainStatus?.iterPerEpoch ?? 600);
  const continueRun = useStore((s) => s.continueTraining);
  const dispose = useStore((s) => s.disposeTraining);
  const load = useStore((s) => s.loadTrainingData);
  const dismiss = useStore((s) => s.dismissTrainingFault);

  const offerContinue = fault?.kind === 'lost' || failure !== null;
  if (!fault && failure === null) return null;
  const at = snapshot?.trainer.iteration ?? 0;
  return (
    <div className="fault warning" role="alert" data-testid="train-fault" data-kind={failure !== null ? 'failed' : fault?.kind}>
      {fault?.kind === 'lost' && <p>{t('lost', { iteration: formatCount(fault.iteration ?? 0) })}</p>}
      {failure !== null && <p>{t('failed', { message: failure })}</p>}
      {fault?.kind === 'workerError' && <p>{t('workerError', { message: fault.message ?? '' })}</p>}
      {fault?.kind === 'restored' && <p>{t('restored', { iteration: formatCount(fault.iteration ?? 0) })}</p>}
      {offerContinue && !snapshot && <p>{t('lostNoSnapshot')}</p>}
      <div className="buttons">
        {offerContinue && snapshot && (
          <button type="button" className="primary" onClick={() => void continueRun()} data-testid="train-continue">
            {t('continueFrom', { iteration: formatCount(at), epoch: formatCount(Math.floor(at / perEpoch)) })}
          </button>
        )}
        {offerContinue && (
          <button
            type="button" data-testid="train-start-over"
            onClick={() => {
              dispose(); // a fresh worker and a new run with the current settings
              void load();
            }}
          >
            {t('startOver')}
          </button>
        )}
        {!offerContinue && (
          <button type="button" onClick={dismiss} data-testid="train-fault-dismiss">
            {t('dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
