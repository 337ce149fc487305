import { useRef, useState } from 'react';
import { MAX_NPZ_BYTES } from '../../../src-core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import type { WeightsImport } from '../../store/trainingSlice.ts';
import { formatAccuracy, formatCount } from './format.ts';
import { trainingMessages } from './messages.ts';
import './weightsFile.css';

type Problem = Extract<WeightsImport, { ok: false }>['problem'];
const problemKey = {
  tooLarge: 'npzTooLarge', notZip: 'npzNotZip', notNpy: 'npzNotNpy', missingKey: 'npzMissingKey', shape: 'npzShape', dtype: 'npzDtype',
  fortranOrder: 'npzFortranOrder', nonFinite: 'npzNonFinite', hiddenSize: 'npzHiddenSize', worker: 'npzWorker',
} as const satisfies Record<Problem, keyof typeof trainingMessages>;

interface Note {
  readonly kind: 'saved' | 'loaded' | 'refused' | 'busy';
  readonly text: string;
}

/** Hands bytes to the browser as a file download (a temporary object URL, revoked once clicked). */
function saveFile(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** 4.5's save and load: the network as an .npz the book's Python opens, and an .npz of numpy's loaded back. */
export function WeightsFile() {
  const t = useT(trainingMessages);
  const ready = useStore((s) => s.trainDataStatus === 'ready');
  const exportWeights = useStore((s) => s.trainingExportWeights);
  const importWeights = useStore((s) => s.trainingImportWeights);
  const [note, setNote] = useState<Note | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const download = async () => {
    const w = await exportWeights();
    if (!w) return setNote({ kind: 'refused', text: t('weightsNoRun') });
    const file = `twoLayerNet-${w.sizes.join('-')}-iteration${w.iteration}.npz`;
    saveFile(w.bytes, file);
    const accuracy = w.testAccuracy === null ? '—' : formatAccuracy(w.testAccuracy);
    setNote({ kind: 'saved', text: t('weightsSaved', { file, bytes: formatCount(w.bytes.length), iteration: formatCount(w.iteration), accuracy }) });
  };

  const load = async (file: File) => {
    setNote({ kind: 'busy', text: '…' });
    const r = await importWeights(file);
    if (r.ok) {
      const accuracy = r.testAccuracy === null ? '—' : formatAccuracy(r.testAccuracy);
      setNote({ kind: 'loaded', text: t('weightsLoaded', { file: file.name, hidden: r.hiddenSize, accuracy }) });
    } else {
      const reason = t(problemKey[r.problem], { bytes: formatCount(file.size), max: formatCount(MAX_NPZ_BYTES), detail: r.detail });
      setNote({ kind: 'refused', text: t('weightsRefused', { file: file.name, reason }) });
      console.info(`weights file refused: ${r.detail}`); // the exact place, for a learner with devtools open
    }
  };

  return (
    <section className="weights-file" aria-labelledby="weights-file-title" data-testid="weights-file">
      <h3 id="weights-file-title">{t('weightsTitle')}</h3>
      <p className="note">{t('weightsIntro')}</p>
      <div className="buttons">
        <button type="button" disabled={!ready} onClick={() => void download()} data-testid="weights-download">
          {t('weightsDownload')}
        </button>
        <label className="file-button">
          {t('weightsLoad')}
          <input
            ref={input} type="file" accept=".npz,application/zip,application/octet-stream" disabled={!ready} data-testid="weights-load"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file can be chosen again
              if (file) void load(file);
            }}
          />
        </label>
      </div>
      <p role="status" className={`note weights-note ${note?.kind ?? ''}`} data-testid="weights-message" data-kind={note?.kind ?? ''}>
        {note?.text ?? '\u00a0'}
      </p>
    </section>
  );
}
