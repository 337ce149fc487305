import { useT } from '../i18n/useT.ts';
import { useLinkMode } from './linkMode.tsx';
import { embedMessages } from './messages.ts';

/** Says which settings the link locks, so a disabled control is never a mystery. */
export function LockNote() {
  const t = useT(embedMessages);
  const { locked } = useLinkMode();
  if (locked.length === 0) return null;
  return (
    <p className="lock-note" role="note" data-testid="lock-note">
      {t('lockedNote', { names: locked.join(', ') })}
    </p>
  );
}
