import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Bed } from '../../domain/beds';
import type { PossibleDuplicate } from '../../domain/duplicates';
import type { WriteResult } from '../../domain/failure';
import { rebaseOn, type FieldConflict, type HeaderSnapshot } from '../../domain/headerMerge';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { useWriteForm } from '../../ui/useWriteForm';
import type { AdmissionValues } from './admissionValues';
import { AllergyFields } from './AllergyFields';
import { CareFields } from './CareFields';
import { DuplicateWarning } from './DuplicateWarning';
import { EditConflictWarning, type Side } from './EditConflictWarning';
import { takeStored } from './editConflicts';
import { IdentityFields } from './IdentityFields';
import { StayFields } from './StayFields';
import { useReadNow, useTimeZone } from '../../ui/wardTime';

export type Checked =
  | { saved: true; value: PatientId }
  | { saved: false; duplicates: PossibleDuplicate<PatientState>[] }
  | { saved: false; conflicts: FieldConflict[]; current: PatientState };

interface AdmissionFormProps {
  mode: 'admit' | 'readmit' | 'edit';
  initial: AdmissionValues;
  /** Editing: the header as the form showed it when opened, kept whatever happens meanwhile. */
  opened?: PatientState;
  /** Beds to choose from; null when editing (a move has its own screen). */
  beds: Bed[] | null;
  bedLabel: (bedId: string | null) => string | undefined;
  save: (
    values: AdmissionValues,
    reason: string,
    confirmed: PatientId[],
    opened: HeaderSnapshot | undefined,
  ) => Promise<WriteResult<Checked>>;
  drawTempId: () => Promise<string | undefined>;
  onSaved: (id: PatientId) => void;
}

// Paths that a field of this form shows; any other problem is listed under the summary.
const FIELD_PATHS = /^(identity\.(?!tempId)|allergies|trustedPerson\.|payload\.reason$)/;
const SIMPLE = [
  'reason',
  'physician',
  'weightKg',
  'heightCm',
  'isolation',
  'diet',
  'levelOfCare',
  'note',
];

/** Admission, readmission and header edit: one form, so the same rules show the same way. */
export function AdmissionForm(props: AdmissionFormProps) {
  const { mode, initial, opened, beds, bedLabel, save, drawTempId, onSaved } = props;
  const { t } = useI18n();
  const readNow = useReadNow();
  const timeZone = useTimeZone();
  const form = useWriteForm();
  const [values, setValues] = useState(initial);
  const [reason, setReason] = useState('');
  // A new admission keeps a draft; a readmission or an edit starts from the record as it is.
  const draft = useDraft(
    mode === 'admit' ? 'admission' : null,
    initial.bedId || 'new',
    values,
    setValues,
  );
  const [duplicates, setDuplicates] = useState<PossibleDuplicate<PatientState>[]>([]);
  // What the edit is based on: the header when the form opened (not the live one), then
  // each field whose stored value the nurse has seen in a conflict and chosen against.
  const [base, setBase] = useState<HeaderSnapshot | undefined>(opened);
  const [conflicts, setConflicts] = useState<{ list: FieldConflict[]; current: PatientState }>();
  const formRef = useRef<HTMLFormElement>(null);
  const error = issueText(t, form.issueAt);
  const editing = mode === 'edit';
  const shown = (path: string) =>
    FIELD_PATHS.test(path) ||
    SIMPLE.includes(path) ||
    (!editing && ['admittedAt', 'bedId'].includes(path));

  useEffect(() => {
    if (form.status.state !== 'failed') return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [form.status]);

  const change = (patch: Partial<AdmissionValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setDuplicates([]);
  };

  async function submit(confirmed: PatientId[], typed = values, ground = base) {
    const result = await form.submit(() => save(typed, reason, confirmed, ground));
    if (result?.saved) {
      draft.clear();
      onSaved(result.value);
    } else if (result) {
      form.reset();
      if ('conflicts' in result) setConflicts({ list: result.conflicts, current: result.current });
      else setDuplicates(result.duplicates);
    }
  }

  /** The nurse chose, field by field: her edit is now based on what is stored, and saved. */
  function resolve(choices: Map<string, Side>) {
    if (!conflicts || !base) return;
    const fields = conflicts.list.map((c) => c.field);
    const taken = fields.filter((field) => choices.get(field) === 'theirs');
    const typed = takeStored(values, conflicts.current, taken, readNow(), timeZone);
    const ground = rebaseOn(base, conflicts.current, fields);
    setValues(typed);
    setBase(ground);
    setConflicts(undefined);
    void submit([], typed, ground);
  }

  async function onTemporary() {
    const tempId = await drawTempId();
    if (tempId) setValues((current) => ({ ...current, tempId }));
  }

  const submitLabel = {
    admit: t('patients.form.submitAdmit'),
    readmit: t('patients.form.submitReadmit'),
    edit: t('patients.form.submitEdit'),
  }[mode];
  const busy = form.status.state === 'saving';

  return (
    <form
      autoComplete="off"
      ref={formRef}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit([]);
      }}
    >
      <DraftNotice draft={draft} />
      <IdentityFields
        values={values}
        onChange={change}
        error={error}
        editing={editing}
        onTemporary={() => void onTemporary()}
      />
      <StayFields values={values} onChange={change} error={error} beds={beds} />
      <AllergyFields values={values} onChange={change} error={error} />
      <CareFields values={values} onChange={change} error={error} />
      {editing && (
        <TextField
          label={`${t('patients.form.updateReason')} ${t('patients.form.requiredMark')}`}
          hint={t('patients.form.updateReasonHint')}
          error={error('payload.reason')}
          value={reason}
          onValue={setReason}
        />
      )}
      {conflicts && (
        <EditConflictWarning conflicts={conflicts.list} busy={busy} onConfirm={resolve} />
      )}
      {duplicates.length > 0 && (
        <DuplicateWarning
          matches={duplicates}
          bedLabel={bedLabel}
          busy={busy}
          onConfirm={() => void submit(duplicates.map((match) => match.patient.id))}
        />
      )}
      {/* Saving leaves the screen; "saved" is said on the patient's screen. */}
      <FormStatusNotice
        status={form.status.state === 'saved' ? { state: 'idle' } : form.status}
        saved=""
      />
      <FormIssues status={form.status} shown={shown} />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t('common.saving') : submitLabel}
      </button>
    </form>
  );
}
