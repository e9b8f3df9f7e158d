import { useEffect, useState, type FormEvent } from 'react';
import type { UnlockOutcome } from '../../domain/lockPolicy';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/types';
import { Field } from '../../ui/Field';
import { NeutralUserName } from '../../ui/NeutralUserName';
import { Notice } from '../../ui/Notice';
import { useLockState, unlockSafely } from './hooks';
import { useReadNow } from '../../ui/wardTime';

const REASONS: Record<Exclude<UnlockOutcome, { ok: true }>['reason'], MessageKey> = {
  empty: 'lock.empty',
  wrong: 'lock.wrong',
  corrupted: 'lock.corrupted',
  storage: 'lockSafety.storage',
  wait: 'lock.wait',
};

/** The first thing shown and the only thing while locked: no clinical data is mounted. */
export function LockScreen() {
  const { t, formatDateTime } = useI18n();
  const readNow = useReadNow();
  const state = useLockState();
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<UnlockOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  // Deadlines and "now" on performance.now(): moving the device's date changes nothing.
  const [tryDeadline, setTryDeadline] = useState(0);
  const [now, setNow] = useState(() => performance.now());
  const deadline = Math.max(tryDeadline, state?.deadline ?? 0);
  const secondsLeft = Math.max(0, Math.ceil((deadline - now) / 1000));

  useEffect(() => {
    if (!deadline) return;
    const tick = () => setNow(performance.now());
    const first = setTimeout(tick, 0); // a deadline from another tab's try: count from now
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [deadline]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await unlockSafely(passphrase);
      const at = performance.now();
      setNow(at);
      setTryDeadline(!result.ok && result.reason === 'wait' ? at + result.waitMs : 0);
      setOutcome(result);
      if (!result.ok) setPassphrase('');
    } finally {
      setBusy(false);
    }
  }

  const failed = outcome && !outcome.ok ? outcome : null;
  const waiting = secondsLeft > 0 && t('lock.wait', { seconds: secondsLeft });
  const reason = failed && failed.reason !== 'wait' && t(REASONS[failed.reason]);
  const notSaved =
    failed?.countNotSaved &&
    t(
      failed.countNotSaved === 'quota'
        ? 'lockSafety.countNotSavedQuota'
        : 'lockSafety.countNotSavedStorage',
    );
  const message = [reason, waiting, notSaved].filter(Boolean).join(' ');
  const clockBehind = state?.clockBehind;

  return (
    <main id="main" className="screen screen-narrow lock">
      <h1>{t('lock.title')}</h1>
      <p>{t('lock.intro')}</p>
      {clockBehind !== undefined && (
        <Notice tone="info">
          {t('lockSafety.clockBehind', {
            now: formatDateTime(readNow()),
            latest: formatDateTime(new Date(clockBehind).toISOString()),
          })}
        </Notice>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <NeutralUserName />
        <Field label={t('lock.passphrase')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the only field of the screen
              autoFocus
              readOnly={busy}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </Field>
        {message && <Notice tone="error">{message}</Notice>}
        <button type="submit" className="button-primary" disabled={busy || secondsLeft > 0}>
          {busy ? t('lock.opening') : t('lock.unlock')}
        </button>
      </form>
    </main>
  );
}
