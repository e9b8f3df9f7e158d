import { useState, type FormEvent } from 'react';
import { tryScoreNews2 } from '../../domain/news2';
import type { PatientState } from '../../domain/patient';
import type { GlucoseEntryUnit, NumericVital } from '../../domain/vitals';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { DateTimeField } from '../../ui/DateTimeField';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { typedInstant } from '../../ui/scheduleValues';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { useTimeZone, useTypedNow } from '../../ui/wardTime';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryRecordVitals, useWardGlucoseUnit } from './hooks';
import { News2Live } from './News2Display';
import { ConsciousnessField, GlucoseUnitField, OxygenFields, VitalInput } from './VitalFields';
import {
  blocking,
  emptyVitals,
  OTHER_FIELDS,
  readVitals,
  SCORED_FIELDS,
  toVitalsPayload,
  withWardUnit,
  unusualFields,
  type VitalsValues,
} from './vitalsValues';

/** Every path the form shows next to a field; the others are listed under the summary. */
const SHOWN = new Set([
  'at',
  'payload.onOxygen',
  'payload.oxygenDevice',
  'payload.consciousness',
  'payload.comment',
  ...[...SCORED_FIELDS, ...OTHER_FIELDS, 'temperature', 'oxygenFlow', 'oxygenPercent'].map(
    (field) => `payload.${field}`,
  ),
]);

interface VitalsFormProps {
  patient: PatientState;
  onSaved: () => void;
}

/** One screen, any subset of measurements, NEWS2 live as it is typed. */
export function VitalsForm(props: VitalsFormProps) {
  const { t } = useI18n();
  // Drawn once the ward's glycaemia unit is read: a default shown before could flip after.
  const wardUnit = useWardGlucoseUnit();
  if (!wardUnit) return <p aria-busy="true">{t('app.loading')}</p>;
  return <VitalsEntry {...props} wardUnit={wardUnit} />;
}

function VitalsEntry({
  patient,
  onSaved,
  wardUnit,
}: VitalsFormProps & { wardUnit: GlucoseEntryUnit }) {
  const typedNow = useTypedNow();
  const timeZone = useTimeZone();
  const { t } = useI18n();
  const form = useWriteForm();
  const [values, setValues] = useState(() => emptyVitals(typedNow()));
  const draft = useDraft('vitals', patient.id, values, setValues);
  const [confirmed, setConfirmed] = useState(false);
  const scale = patient.header.spo2Scale ?? 1;
  // The unit the nurse picked, else the ward's (Settings); what she typed is read in it.
  const resolved = withWardUnit(values, wardUnit);
  const read = readVitals(resolved, scale);
  const attempt = tryScoreNews2(read.draft);
  const unusual = unusualFields(read);
  const blocked = blocking(read);
  const error = issueText(t, form.issueAt);
  // Charting before the stay began: said without the move of the header's message.
  const atError =
    form.issueAt('at') === 'beforeAdmission' ? t('charting.common.beforeStay') : error('at');
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<VitalsValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    if (Object.keys(patch).some((key) => key !== 'comment' && key !== 'at')) setConfirmed(false);
  };
  const input = (field: NumericVital, extra: { unit?: string; hint?: string } = {}) => (
    <VitalInput
      key={field}
      field={field}
      value={values[field]}
      // A glycaemia keeps the unit it was typed in, whatever the ward's setting does next.
      onValue={(value) =>
        set({
          [field]: value,
          ...(field === 'bloodGlucose' && { glucoseUnit: resolved.glucoseUnit }),
        })
      }
      problem={read.problems[field]}
      error={error(`payload.${field}`)}
      {...extra}
    />
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (blocked.length > 0 || (unusual.length > 0 && !confirmed)) return;
    const payload = toVitalsPayload(resolved, read);
    if (
      await form.submit(() =>
        tryRecordVitals(patient.id, payload, typedInstant(values.at, timeZone)),
      )
    ) {
      draft.clear();
      onSaved();
    }
  }

  const fieldNames = unusual.map((field) => t(`charting.vitals.short.${field}`)).join(', ');
  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="vitals-form"
    >
      <DraftNotice draft={draft} />
      <div className="vitals-layout">
        <div className="vitals-fields">
          <fieldset>
            <legend>{t('charting.vitals.scoredSection')}</legend>
            <div className="vitals-row">
              {input('respiratoryRate')}
              {input('spo2', {
                hint: scale === 2 ? t('charting.vitals.scale.two') : t('charting.vitals.scale.one'),
              })}
            </div>
            <OxygenFields values={values} set={set} input={(field) => input(field)} error={error} />
            <div className="vitals-row">
              {input('systolicBp')}
              {input('diastolicBp')}
              {input('pulse')}
            </div>
            <ConsciousnessField
              value={values.consciousness}
              set={set}
              error={error('payload.consciousness')}
            />
            {input('temperature')}
          </fieldset>
          <fieldset>
            <legend>{t('charting.vitals.otherSection')}</legend>
            <div className="form-grid">
              {input('pain')}
              <GlucoseUnitField
                unit={resolved.glucoseUnit}
                onUnit={(glucoseUnit) => set({ glucoseUnit })}
              >
                {input('bloodGlucose', { unit: resolved.glucoseUnit })}
              </GlucoseUnitField>
              {input('weight')}
              {input('urineOutput')}
              {input('urinePeriodHours')}
            </div>
            <TextField
              label={t('charting.vitals.comment')}
              error={error('payload.comment')}
              multiline
              value={values.comment}
              onValue={(comment) => set({ comment })}
            />
          </fieldset>
          <DateTimeField
            legend={t('charting.vitals.at')}
            error={atError}
            value={values.at}
            onChange={(at) => set({ at })}
            onNow={() => set({ at: typedNow() })}
          />
        </div>
        <aside className="vitals-score" aria-label={t('charting.news2.title')}>
          <News2Live attempt={attempt} scale={scale} levelOfCare={patient.header.levelOfCare} />
        </aside>
      </div>
      {unusual.length > 0 && (
        <ChoiceField
          legend={t('charting.vitals.confirmTitle')}
          error={tried && !confirmed ? t('charting.vitals.confirmRequired') : undefined}
        >
          <Choice
            type="checkbox"
            name="confirm-unusual"
            label={t('charting.vitals.confirmUnusual', { fields: fieldNames })}
            checked={confirmed}
            onChange={setConfirmed}
          />
        </ChoiceField>
      )}
      {tried && blocked.length > 0 && (
        <Notice tone="error">{t('charting.vitals.blockedSummary')}</Notice>
      )}
      <FormStatusNotice status={form.status} saved={t('charting.saved.vitals')} />
      <FormIssues status={form.status} shown={(path) => SHOWN.has(path)} />
      <button
        type="submit"
        className="button-primary button-large"
        disabled={form.status.state === 'saving'}
      >
        {t('charting.vitals.save')}
      </button>
    </form>
  );
}
