import { useState, type FormEvent } from 'react';
import type { WardId } from '../../domain/ids';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { emptyStaff, StaffFields, type StaffValues } from '../../ui/StaffFields';
import { useWriteForm } from '../../ui/useWriteForm';
import { issueText } from '../../ui/FormIssues';
import { tryCreateWard } from './hooks';

interface CreateWardProps {
  /** The ward's names to start from (the training ward's); empty otherwise. */
  initialWard?: { name: string; establishment: string };
  /** What to do once the ward exists (the training ward fills itself). */
  onCreated?: (wardId: WardId) => void;
}

/** The first tablet of a ward creates it: the ward, its passphrase, and who is charting. */
export function CreateWardForm({ initialWard, onCreated }: CreateWardProps) {
  const { t } = useI18n();
  const form = useWriteForm();
  const [ward, setWard] = useState(initialWard ?? { name: '', establishment: '' });
  const [staff, setStaff] = useState<StaffValues>(emptyStaff);
  const [passphrase, setPassphrase] = useState({ value: '', confirmation: '' });
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const wardId = await form.submit(() => tryCreateWard(ward, staff, passphrase));
    if (wardId) onCreated?.(wardId);
  }

  return (
    <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset>
        <legend>{t('setup.wardSection')}</legend>
        <Field label={t('setup.wardName')} error={error('ward.name')}>
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={ward.name}
              onChange={(e) => setWard({ ...ward, name: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('setup.establishment')} error={error('ward.establishment')}>
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={ward.establishment}
              onChange={(e) => setWard({ ...ward, establishment: e.target.value })}
            />
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('setup.youSection')}</legend>
        <StaffFields
          values={staff}
          onChange={setStaff}
          errorOf={(field) => form.issueAt(`staff.${field}`)}
        />
      </fieldset>
      <fieldset>
        <legend>{t('lock.setupSection')}</legend>
        <p>{t('lock.setupIntro')}</p>
        <p className="warning">{t('lock.noRecovery')}</p>
        <PassphraseFields
          label={t('lock.passphrase')}
          value={passphrase.value}
          confirmation={passphrase.confirmation}
          onChange={(value, confirmation) => setPassphrase({ value, confirmation })}
          errors={{ value: error('passphrase'), confirmation: error('passphraseConfirm') }}
        />
      </fieldset>
      <FormStatusNotice status={form.status} saved={t('setup.created')} />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {t('setup.submit')}
      </button>
    </form>
  );
}
