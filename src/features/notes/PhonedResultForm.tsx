import { useState, type FormEvent } from 'react';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryRecordResult, type ResultInput } from './hooks';

const TEXTS = ['test', 'value', 'unit', 'calledBy'] as const;
const SHOWN = [...TEXTS, 'readBack', 'note'].map((field) => `payload.${field}`);

/** A result phoned in while the network is down: what, how much, who called, read back or not. */
export function PhonedResultForm({
  patient,
  onSaved,
}: {
  patient: PatientState;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const form = useWriteForm();
  const [values, setValues] = useState<ResultInput>({
    test: '',
    value: '',
    unit: '',
    calledBy: '',
    readBack: undefined,
    note: '',
  });
  const draft = useDraft('result', patient.id, values, setValues);
  const error = issueText(t, form.issueAt);
  const set = (patch: Partial<ResultInput>) => setValues({ ...values, ...patch });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => tryRecordResult(patient.id, values))) {
      draft.clear();
      onSaved();
    }
  }

  return (
    <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
      <DraftNotice draft={draft} />
      <div className="form-grid">
        {TEXTS.map((field) => (
          <TextField
            key={field}
            label={t(`charting.results.${field}`)}
            error={error(`payload.${field}`)}
            value={values[field] ?? ''}
            onValue={(text) => set({ [field]: text })}
          />
        ))}
      </div>
      <ChoiceField
        legend={t('charting.results.readBack')}
        hint={t('charting.results.readBackHint')}
        error={error('payload.readBack')}
        inline
      >
        {([true, false] as const).map((answer) => (
          <Choice
            key={String(answer)}
            type="radio"
            name="read-back"
            label={answer ? t('common.yes') : t('common.no')}
            checked={values.readBack === answer}
            onChange={() => set({ readBack: answer })}
          />
        ))}
      </ChoiceField>
      <TextField
        label={t('charting.results.note')}
        error={error('payload.note')}
        multiline
        value={values.note ?? ''}
        onValue={(note) => set({ note })}
      />
      <FormStatusNotice status={form.status} saved={t('charting.saved.result')} />
      <FormIssues status={form.status} shown={(path) => SHOWN.includes(path)} />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {t('charting.results.save')}
      </button>
    </form>
  );
}
