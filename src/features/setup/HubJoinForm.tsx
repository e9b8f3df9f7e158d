import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { deploymentHubUrl, tryJoinHub, type HubJoinProblem, type JoinProgress } from './hooks';

type Status =
  | { state: 'idle' }
  | { state: 'working'; progress: JoinProgress | null }
  | { state: 'failed'; problem: HubJoinProblem | 'missing' };

/**
 * A tablet with no ward joins through the ward hub: its address (prefilled when the build
 * has one), the hub credential and the ward passphrase; then the whole log is pulled, its
 * progress shown, and the app goes on (who is charting, then the board). A refusal says why
 * in words; the address and the credential stay, the passphrase is typed again.
 */
export function HubJoinForm({ onBack }: { onBack: () => void }) {
  const { t, formatNumber } = useI18n();
  const [url, setUrl] = useState(deploymentHubUrl);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const config = { url: url.trim(), user: user.trim(), password };
    if (!config.url || !config.user || !password || !passphrase)
      return setStatus({ state: 'failed', problem: 'missing' });
    setStatus({ state: 'working', progress: null });
    const outcome = await tryJoinHub(config, passphrase, (progress) =>
      setStatus({ state: 'working', progress }),
    );
    // On success the app moves on (this screen goes); on failure the passphrase is cleared.
    if (!outcome.ok) {
      setPassphrase('');
      setStatus({ state: 'failed', problem: outcome.problem });
    }
  }

  const working = status.state === 'working';
  const problem = status.state === 'failed' ? status.problem : undefined;
  return (
    <section aria-labelledby="hub-join-title" className="panel">
      <h2 id="hub-join-title" ref={heading} tabIndex={-1}>
        {t('hubJoin.title')}
      </h2>
      <p>{t('hubJoin.intro')}</p>
      <form autoComplete="off" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          label={t('hubJoin.url')}
          hint={t('hubJoin.urlHint')}
          type="url"
          value={url}
          onValue={setUrl}
        />
        <TextField label={t('hubJoin.user')} value={user} onValue={setUser} />
        <TextField
          label={t('hubJoin.password')}
          type="password"
          value={password}
          onValue={setPassword}
        />
        <TextField
          label={t('lock.passphrase')}
          type="password"
          value={passphrase}
          onValue={setPassphrase}
        />
        {working && (
          <Notice tone="info">
            {status.progress
              ? t('hubJoin.progress', {
                  received: formatNumber(status.progress.received),
                  expected: formatNumber(status.progress.expected),
                })
              : t('hubJoin.connecting')}
          </Notice>
        )}
        {problem && (
          <Notice tone="error">
            {problem === 'missing' ? t('hubJoin.missing') : t(`hubJoin.errors.${problem}`)}
          </Notice>
        )}
        <div className="action-bar">
          <button type="submit" className="button-primary" disabled={working}>
            {t('hubJoin.submit')}
          </button>
          <button type="button" className="button-secondary" disabled={working} onClick={onBack}>
            {t('hubJoin.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
