import { useMemo, useState, type FormEvent } from 'react';
import { checkPrnDose } from '../../domain/administration';
import type { WardEvent } from '../../domain/events';
import { ADMINISTRATION_OUTCOMES, type AdministrationOutcome } from '../../domain/doseStatus';
import { deviationKinds, deviationOf } from '../../domain/doseDeviation';
import type { PatientState } from '../../domain/patient';
import { prescriptions } from '../../domain/prescriptions';
import { useI18n } from '../../i18n/I18nProvider';
import { AllergyBanner } from '../../ui/AllergyBanner';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { DateTimeField } from '../../ui/DateTimeField';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { typedInstant } from '../../ui/scheduleValues';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useDraft } from '../../ui/useDraft';
import { useNow } from '../../ui/useNow';
import { useTimeZone, useTypedNow } from '../../ui/wardTime';
import { useWriteForm } from '../../ui/useWriteForm';
import { DoseRouteFields, type DoseRouteValues } from './DoseRouteFields';
import { DeviationNotice } from './DeviationNotice';
import { tryAdminister, useMedRights, type AdministrationInput } from './hooks';
import { MedLine } from './MedLine';
import { PrnNotice } from './PrnNotice';
import { typedDose, typedNumber } from './prescriptionValues';

interface GiveDoseFormProps {
  patient: PatientState;
  events: readonly WardEvent[];
  prescriptionId: string;
  /** The scheduled dose (its due time), or null for an as-needed dose. */
  dueAt: string | null;
  onSaved: (outcome: AdministrationOutcome) => void;
}

const SHOWN = new Set(
  [
    'outcome',
    'dose.value',
    'dose.unit',
    'route',
    'reason',
    'prnIndication',
    'override',
    'override.reason',
    'deviation',
    'deviation.reason',
    'note',
  ]
    .map((path) => `payload.${path}`)
    .concat('at'),
);

/** Giving a dose: who (band above), allergies, the dose and route pre-filled, the time now. */
export function GiveDoseForm({
  patient,
  events,
  prescriptionId,
  dueAt,
  onSaved,
}: GiveDoseFormProps) {
  const typedNow = useTypedNow();
  const timeZone = useTimeZone();
  const { t, formatDateTime } = useI18n();
  const form = useWriteForm();
  // Memoised, like the as-needed count below: the "saving" render at the tap, which the write
  // waits for, must not fold the stay again (issue 12, the save delay).
  const p = useMemo(
    () => prescriptions(events).find((candidate) => candidate.id === prescriptionId),
    [events, prescriptionId],
  );
  const [outcome, setOutcome] = useState<AdministrationOutcome>('given');
  const [dose, setDose] = useState<DoseRouteValues>(() => ({
    doseValue: String(p?.dose.value ?? '').replace('.', ','),
    doseUnit: p?.dose.unit ?? '',
    route: p?.route ?? '',
  }));
  const [at, setAt] = useState(() => typedNow());
  const [reason, setReason] = useState('');
  const [indication, setIndication] = useState('');
  const [override, setOverride] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [note, setNote] = useState('');
  // The draft (issue 9) gathers the separate fields; one key per prescription and slot.
  const draft = useDraft(
    'dose',
    `${prescriptionId}/${dueAt ?? 'prn'}`,
    { outcome, dose, at, reason, indication, override, overrideReason, note },
    (saved) => {
      setOutcome(saved.outcome);
      setDose(saved.dose);
      setAt(saved.at);
      setReason(saved.reason);
      setIndication(saved.indication);
      setOverride(saved.override);
      setOverrideReason(saved.overrideReason);
      setNote(saved.note);
    },
  );
  const [confirmed, setConfirmed] = useState(false);
  const [deviationReason, setDeviationReason] = useState('');
  const rights = useMedRights();
  const now = useNow();
  const error = issueText(t, form.issueAt);
  // Charting before the stay began: said without the move of the header's message.
  const atError =
    form.issueAt('at') === 'beforeAdmission' ? t('charting.common.beforeStay') : error('at');
  const given = outcome === 'given';
  const prn = p?.schedule.kind === 'prn';
  const instant = typedInstant(at, timeZone);
  const when = instant && !Number.isNaN(Date.parse(instant)) ? instant : null;
  const prnCheck = useMemo(
    () =>
      p && prn && given && when
        ? checkPrnDose(events, { prescriptionId: p.id, at: when, dose: typedDose(dose) }, timeZone)
        : null,
    [events, p, prn, given, when, dose, timeZone],
  );
  if (!p) return <p>{t('charting.meds.unknown')}</p>;
  if (!rights.administer)
    return (
      <Notice tone="info">
        {t('medSafety.roles.administering', { role: t(`staff.roles.${rights.role ?? 'other'}`) })}
      </Notice>
    );
  const givenDose = typedDose(dose);
  // What the write will find, shown before it is refused: the same rule (doseDeviation.ts).
  const deviation = deviationOf(p, { outcome, dose: givenDose, dueAt, at: when ?? dueAt ?? '' });
  const kinds = when ? deviationKinds(deviation) : [];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input: AdministrationInput = {
      prescriptionId: p?.id ?? prescriptionId,
      dueAt,
      outcome,
      ...(given
        ? {
            dose: { value: typedNumber(dose.doseValue), unit: dose.doseUnit || undefined },
            route: dose.route || undefined,
          }
        : { reason }),
      prnIndication: prn && given ? indication : undefined,
      override: prn && given && override ? { reason: overrideReason } : undefined,
      deviation:
        given && confirmed && kinds.length > 0 ? { kinds, reason: deviationReason } : undefined,
      note,
    };
    if (await form.submit(() => tryAdminister(patient.id, input, typedInstant(at, timeZone)))) {
      draft.clear();
      onSaved(outcome);
    }
  }

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="give-form"
    >
      <DraftNotice draft={draft} />
      <AllergyBanner allergies={patient.header.allergies} />
      <div className="panel">
        <MedLine prescription={p} />
        <p className="give-due">
          {dueAt
            ? t('charting.give.dueAt', { time: formatDateTime(dueAt) })
            : t('charting.give.prn')}
        </p>
        {p.highAlert && <Notice tone="error">{t('charting.give.highAlert')}</Notice>}
      </div>
      <ChoiceField legend={t('charting.give.outcome')} error={error('payload.outcome')} inline>
        {ADMINISTRATION_OUTCOMES.map((value) => (
          <Choice
            key={value}
            type="radio"
            name="outcome"
            label={t(`charting.give.outcomes.${value}`)}
            checked={outcome === value}
            onChange={() => setOutcome(value)}
          />
        ))}
      </ChoiceField>
      {given ? (
        <div className="form-grid">
          <DoseRouteFields
            values={dose}
            onChange={(patch) => setDose((current) => ({ ...current, ...patch }))}
            error={error}
          />
          {prn && (
            <TextField
              label={t('charting.give.indication')}
              hint={t('charting.give.indicationHint', {
                indication: p.schedule.kind === 'prn' ? p.schedule.indication : '',
              })}
              error={error('payload.prnIndication')}
              value={indication}
              onValue={setIndication}
            />
          )}
        </div>
      ) : (
        <TextField
          label={t('charting.give.reason')}
          hint={t('charting.give.reasonHint')}
          error={error('payload.reason')}
          value={reason}
          onValue={setReason}
        />
      )}
      {given && kinds.length > 0 && (
        <DeviationNotice
          deviation={deviation}
          dueAt={dueAt}
          checked={confirmed}
          onCheck={setConfirmed}
          reason={deviationReason}
          onReason={setDeviationReason}
          error={error('payload.deviation') ?? error('payload.deviation.reason')}
        />
      )}
      {prnCheck?.check && (
        <PrnNotice
          check={prnCheck.check}
          now={now}
          override={override}
          onOverride={setOverride}
          reason={overrideReason}
          onReason={setOverrideReason}
          error={error('payload.override') ?? error('payload.override.reason')}
        />
      )}
      <DateTimeField
        legend={t('charting.give.at')}
        error={atError}
        value={at}
        onChange={setAt}
        onNow={() => setAt(typedNow())}
      />
      <TextField
        label={t('charting.give.note')}
        error={error('payload.note')}
        value={note}
        onValue={setNote}
      />
      <FormStatusNotice status={form.status} saved={t('charting.saved.given')} />
      <FormIssues status={form.status} shown={(path) => SHOWN.has(path)} />
      <div className="sticky-actions">
        <button
          type="submit"
          className="button-primary button-large"
          disabled={form.status.state === 'saving'}
        >
          {t('charting.give.save')}
        </button>
      </div>
    </form>
  );
}
