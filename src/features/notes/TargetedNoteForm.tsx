import { useState, type FormEvent } from 'react';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryWriteNote, type NoteInput } from './hooks';

const PARTS = ['data', 'actions', 'results'] as const;

/** A targeted note (transmission ciblée): the target, then data, actions, results. */
export function TargetedNoteForm({
  patient,
  onSaved,
}: {
  patient: PatientState;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const form = useWriteForm();
  const [values, setValues] = useState<NoteInput>({
    target: '',
    data: '',
    actions: '',
    results: '',
  });
  const draft = useDraft('note', patient.id, values, setValues);
  const error = issueText(t, form.issueAt);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => tryWriteNote(patient.id, values))) {
      draft.clear();
      onSaved();
    }
  }

  return (
    <form autoComplete="off" onSubmit={(event) => void onSubmit(event)} noValidate>
      <DraftNotice draft={draft} />
      <TextField
        label={t('charting.notes.target')}
        hint={t('charting.notes.targetHint')}
        error={error('payload.target')}
        value={values.target}
        onValue={(target) => setValues({ ...values, target })}
      />
      {PARTS.map((part) => (
        <TextField
          key={part}
          label={t(`charting.notes.${part}`)}
          hint={t(`charting.notes.${part}Hint`)}
          error={error(`payload.${part}`)}
          multiline
          value={values[part]}
          onValue={(text) => setValues({ ...values, [part]: text })}
        />
      ))}
      <FormStatusNotice status={form.status} saved={t('charting.saved.note')} />
      <FormIssues
        status={form.status}
        shown={(path) => path === 'payload.target' || PARTS.some((p) => path === `payload.${p}`)}
      />
      <button type="submit" className="button-primary" disabled={form.status.state === 'saving'}>
        {t('charting.notes.save')}
      </button>
    </form>
  );
}
