import { useState, type FormEvent } from 'react';
import type { ValidationCode } from '../../domain/validation';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceLabel } from '../../ui/deviceLabel';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { useWriteForm } from '../../ui/useWriteForm';
import { useDeviceNames } from '../../hooks/devices';
import { useDeviceId, tryNameThisDevice } from './hooks';

/**
 * "Nom de cette tablette": the name the ward gives it ("Tablette 2"), recorded in the ward log
 * so every tablet shows it on entries and sheets made here, instead of an identifier.
 */
export function DeviceNameSection() {
  const { t } = useI18n();
  const deviceId = useDeviceId();
  const names = useDeviceNames();
  const form = useWriteForm();
  const [name, setName] = useState('');
  const code = form.issueAt('payload.name');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => tryNameThisDevice(name))) setName('');
  }

  return (
    <section aria-labelledby="device-name-title" className="panel">
      <h2 id="device-name-title">{t('words.device.sectionTitle')}</h2>
      <dl className="facts">
        <dt>{t('words.device.current')}</dt>
        <dd data-testid="device-name">{deviceId ? deviceLabel(t, names, deviceId) : '—'}</dd>
      </dl>
      <form autoComplete="off" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          label={t('words.device.nameLabel')}
          hint={t('words.device.nameHint')}
          error={code && t(`validation.${code as ValidationCode}`)}
          value={name}
          onValue={setName}
          maxLength={40}
        />
        <FormStatusNotice status={form.status} saved={t('words.device.saved')} />
        <button type="submit" disabled={form.status.state === 'saving'}>
          {t('words.device.save')}
        </button>
      </form>
    </section>
  );
}
