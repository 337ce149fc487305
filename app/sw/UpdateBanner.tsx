import { useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT.ts';
import { useStore } from '../store/store.ts';
import { updateMessages } from './updateMessages.ts';
import type { UpdateNotice } from './updateNotice.ts';
import './updateBanner.css';

/** Says when a new build is waiting, with a button that switches to it (a reload). */
export function UpdateBanner({ notice }: { readonly notice: UpdateNotice }) {
  const t = useT(updateMessages);
  const language = useStore((s) => s.language);
  const ready = useSyncExternalStore(notice.subscribe, notice.ready);
  const [reloading, setReloading] = useState(false);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status" lang={language} data-testid="update-banner">
      <span>{t('updateReady')}</span>
      <button
        type="button" disabled={reloading} data-testid="update-reload"
        onClick={() => {
          setReloading(true);
          void notice.accept();
        }}
      >
        {t('updateReload')}
      </button>
    </div>
  );
}
