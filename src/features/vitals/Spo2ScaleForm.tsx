import { useState, type FormEvent } from 'react';
import type { Spo2ScaleSetting } from '../../domain/header';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { useWriteForm } from '../../ui/useWriteForm';
import { trySetSpo2Scale } from './hooks';

const SHOWN = ['payload.reason', 'payload.clinical.spo2Scale'];

/**
 * The patient's SpO2 scale. Scale 2 only on a documented prescription (hypercapnic
 * respiratory failure, target 88–92 %): who prescribed it is kept with the change.
 */
export function Spo2ScaleForm({
  patient,
  onSaved,
}: {
  patient: PatientState;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const form = useWriteForm();
  const current = patient.header.spo2Scale ?? 1;
  const [scale, setScale] = useState<Spo2ScaleSetting>(current === 1 ? 2 : 1);
  const [reason, setReason] = useState('');
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => trySetSpo2Scale(patient.id, scale, reason))) onSaved();
  }

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="screen-narrow"
    >
      <p>{t('charting.vitals.scale.intro')}</p>
      <p>
        <strong>{t('charting.vitals.scale.current')}</strong>{' '}
        {current === 2 ? t('charting.vitals.scale.two') : t('charting.vitals.scale.one')}
      </p>
      <ChoiceField
        legend={t('charting.vitals.scale.label')}
        error={error('payload.clinical.spo2Scale')}
      >
        {([1, 2] as const).map((value) => (
          <Choice
            key={value}
            type="radio"
            name="spo2-scale"
            label={value === 2 ? t('charting.vitals.scale.two') : t('charting.vitals.scale.one')}
            checked={scale === value}
            onChange={() => setScale(value)}
          />
        ))}
      </ChoiceField>
      <TextField
        label={t('charting.vitals.scale.reason')}
        hint={t('charting.vitals.scale.reasonHint')}
        error={error('payload.reason')}
        value={reason}
        onValue={setReason}
      />
      <FormStatusNotice status={form.status} saved={t('charting.saved.scale')} />
      <FormIssues status={form.status} shown={(path) => SHOWN.includes(path)} />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {t('charting.vitals.scale.save')}
      </button>
    </form>
  );
}
