import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { formatMegabytes } from './format.ts';
import { trainingMessages } from './messages.ts';

/** Download progress of the four MNIST files, or the error naming the broken file with a Retry button. */
export function DataStatus() {
  const t = useT(trainingMessages);
  const status = useStore((s) => s.trainDataStatus);
  const progress = useStore((s) => s.trainLoadProgress);
  const error = useStore((s) => s.trainLoadError);
  const load = useStore((s) => s.loadTrainingData);
  const retry = useStore((s) => s.disposeTraining);
  const cancel = useStore((s) => s.cancelTrainingLoad);
  const again = () => {
    retry(); // a fresh worker: nothing of the failed attempt survives
    void load();
  };

  if (status === 'cancelled') {
    return (
      <div className="training-data error" role="status" data-testid="train-data-cancelled">
        <p>{t('loadCancelled')}</p>
        <button type="button" data-testid="train-data-retry" onClick={again}>
          {t('retry')}
        </button>
      </div>
    );
  }

  if (status === 'error' && error) {
    return (
      <div className="training-data error" role="alert" data-testid="train-data-error">
        <p>
          <strong>{t('loadFailed')}</strong> <code>{error.message}</code>
        </p>
        <p className="note">{t('loadFailedOther')}</p>
        <button
          type="button" data-testid="train-data-retry"
          onClick={again}
        >
          {t('retry')}
        </button>
      </div>
    );
  }
  if (status !== 'loading' && status !== 'none') return null;
  const fraction = progress && progress.total ? (progress.fileIndex + progress.loaded / progress.total) / progress.fileCount : 0;
  return (
    <div className="training-data" data-testid="train-data-loading">
      <span>{t('loading')}</span>
      <div className="bar" role="progressbar" aria-label={t('loading')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
        <div style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </div>
      <span className="note" data-testid="train-data-received">
        {progress
          ? t(progress.total ? 'loadingFile' : 'loadingFileNoTotal', {
              file: progress.file, index: progress.fileIndex + 1, count: progress.fileCount,
              loaded: formatMegabytes(progress.loaded), total: formatMegabytes(progress.total),
            })
          : t('loadingStart')}
      </span>
      <button type="button" onClick={cancel} data-testid="train-data-cancel">
        {t('cancel')}
      </button>
    </div>
  );
}
