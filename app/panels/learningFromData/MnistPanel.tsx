import { useEffect, useState } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { mnistCounts, type MnistSet } from '../../store/mnistBrowserSlice.ts';
import { useStore } from '../../store/store.ts';
import type { MnistImage } from '../../../workers/protocol.ts';
import { mnistMessages } from './mnistMessages.ts';
import { MnistImageCanvas, MnistNumbers, MnistStrip } from './MnistVector.tsx';
import './learningFromData.css';

/** The image the browser asked for last, read from the 4.5 worker's one copy of MNIST. */
function useMnistImage(ready: boolean, set: MnistSet, index: number): MnistImage | null {
  const [image, setImage] = useState<MnistImage | null>(null);
  useEffect(() => {
    if (!ready) return;
    let stale = false;
    void useStore.getState().trainingMnistImage(set, index).then((answer) => {
      if (!stale && answer) setImage(answer);
    });
    return () => {
      stale = true;
    };
  }, [ready, set, index]);
  return image;
}

/** 4.1.2: browse the training and test images and see each as the 784-number vector the network receives. */
export function MnistPanel() {
  const t = useT(mnistMessages);
  const status = useStore((s) => s.trainDataStatus);
  const load = useStore((s) => s.loadTrainingData);
  const set = useStore((s) => s.mnistSet);
  const setSet = useStore((s) => s.setMnistSet);
  const count = mnistCounts[set];
  const index = Math.min(useStore((s) => s.mnistIndex), count - 1);
  const setIndex = useStore((s) => s.setMnistIndex);
  const scaled = useStore((s) => s.mnistScaled);
  const setScaled = useStore((s) => s.setMnistScaled);
  const image = useMnistImage(status === 'ready', set, index);
  const shown = image && image.set === set && image.index === index ? image : null;
  const setName = set === 'train' ? t('trainName') : t('testName');

  return (
    <PanelFrame id="mnist" title={t('title')} intro={t('intro')} testId="panel-mnist">
      {status !== 'ready' && (
        <p>
          <button type="button" onClick={() => void load()} disabled={status === 'loading'}>
            {status === 'loading' ? t('loading') : t('load')}
          </button>
          {status === 'error' && <span className="field-error"> {t('loadFailed')}</span>}
        </p>
      )}
      <div className="mnist-controls">
        <fieldset className="mnist-sets">
          <legend>{t('setGroup')}</legend>
          {(['train', 'test'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="mnist-set" checked={set === s} onChange={() => setSet(s)} /> {t(s)}
            </label>
          ))}
        </fieldset>
        <NumberField label={t('index')} value={index} min={0} max={count - 1} integer onCommit={setIndex} testId="mnist-index" />
        <div className="mnist-buttons">
          <button type="button" onClick={() => setIndex(index - 1)} disabled={index === 0}>{t('previous')}</button>
          <button type="button" onClick={() => setIndex(index + 1)} disabled={index === count - 1}>{t('next')}</button>
          <button type="button" onClick={() => setIndex(Math.floor(Math.random() * count))}>{t('random')}</button>
        </div>
      </div>
      {shown && (
        <div className="mnist-view">
          <div className="mnist-picture">
            <MnistImageCanvas pixels={shown.pixels} label={t('imageLabel', { set: setName, index, label: shown.label })} />
            <dl><Readout label={t('label')} value={String(shown.label)} testId="mnist-label" emphasis /></dl>
          </div>
          <div className="mnist-vector">
            <MnistStrip pixels={shown.pixels} label={t('stripLabel')} />
            <div className="mnist-vector-head">
              <h3>{t('vectorTitle')}</h3>
              <label><input type="radio" name="mnist-scale" checked={!scaled} onChange={() => setScaled(false)} /> {t('raw')}</label>
              <label><input type="radio" name="mnist-scale" checked={scaled} onChange={() => setScaled(true)} /> {t('scaled')}</label>
            </div>
            <MnistNumbers pixels={shown.pixels} scaled={scaled} />
          </div>
        </div>
      )}
    </PanelFrame>
  );
}
