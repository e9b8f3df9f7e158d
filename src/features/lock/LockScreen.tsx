import { useEffect, useState, type FormEvent } from 'react';
import type { UnlockOutcome } from '../../domain/lockPolicy';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useUnlock } from './hooks';

/** The first thing shown and the only thing while locked: no clinical data is mounted. */
export function LockScreen() {
  const { t } = useI18n();
  const unlock = useUnlock();
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<UnlockOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const waitUntil = outcome && !outcome.ok && outcome.reason === 'wait' ? outcome.until : 0;
  const secondsLeft = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  useEffect(() => {
    if (!waitUntil) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waitUntil]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await unlock(passphrase);
    setBusy(false);
    setNow(Date.now());
    setOutcome(result);
    if (!result.ok) setPassphrase('');
  }

  const message =
    outcome && !outcome.ok
      ? outcome.reason === 'wait'
        ? secondsLeft > 0 && t('lock.wait', { seconds: secondsLeft })
        : t(`lock.${outcome.reason}`)
      : null;

  return (
    <main id="main" className="screen screen-narrow lock">
      <h1>{t('lock.title')}</h1>
      <p>{t('lock.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
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
