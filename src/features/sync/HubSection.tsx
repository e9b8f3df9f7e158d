import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import {
  deploymentHubUrl,
  disableHub,
  enableHub,
  hubProblem,
  testHub,
  useHubSettings,
  type HubProblem,
} from './hooks';

type Outcome =
  | { state: 'idle' | 'working' }
  | { state: 'done'; message: 'reachable' | 'enabled' | 'disabled' }
  | { state: 'failed'; problem: HubProblem };

/** Settings: the ward hub's address and credential; test, turn on (strong passphrase), off. */
export function HubSection() {
  const { t } = useI18n();
  const current = useHubSettings();
  const [url, setUrl] = useState(deploymentHubUrl);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const config = { url: url.trim(), user: user.trim(), password };

  async function run(
    action: () => Promise<unknown>,
    message: 'reachable' | 'enabled' | 'disabled',
  ) {
    setOutcome({ state: 'working' });
    try {
      await action();
      setOutcome({ state: 'done', message });
      if (message === 'enabled') setPassphrase('');
    } catch (error) {
      setOutcome({ state: 'failed', problem: hubProblem(error) });
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => enableHub(config, passphrase), 'enabled');
  };
  const working = outcome.state === 'working';

  return (
    <section aria-labelledby="hub-title" className="panel">
      <h2 id="hub-title">{t('sync.settings.title')}</h2>
      <p>{t('sync.settings.intro')}</p>
      {current?.enabled && <p>{t('sync.settings.current', { url: current.url })}</p>}
      <form autoComplete="off" noValidate onSubmit={onSubmit}>
        <TextField label={t('sync.settings.url')} value={url} onValue={setUrl} type="url" />
        <TextField label={t('sync.settings.user')} value={user} onValue={setUser} />
        <TextField
          label={t('sync.settings.password')}
          value={password}
          onValue={setPassword}
          type="password"
        />
        <TextField
          label={t('sync.settings.passphrase')}
          hint={t('sync.settings.passphraseHint')}
          value={passphrase}
          onValue={setPassphrase}
          type="password"
        />
        <div role="status">
          {working && t('sync.settings.working')}
          {outcome.state === 'done' && t(`sync.settings.${outcome.message}`)}
        </div>
        {outcome.state === 'failed' && (
          <p role="alert">{t(`sync.settings.errors.${outcome.problem}`)}</p>
        )}
        <button
          type="button"
          disabled={working}
          onClick={() => void run(() => testHub(config), 'reachable')}
        >
          {t('sync.settings.test')}
        </button>
        <button type="submit" disabled={working}>
          {t('sync.settings.enable')}
        </button>
        {current?.enabled && (
          <button type="button" disabled={working} onClick={() => void run(disableHub, 'disabled')}>
            {t('sync.settings.disable')}
          </button>
        )}
      </form>
    </section>
  );
}
