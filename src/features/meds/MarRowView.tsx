import type { MarAdministration, MarRow, MarSlot } from '../../domain/mar';
import type { PatientState } from '../../domain/patient';
import { deviationOf } from '../../domain/doseDeviation';
import {
  prescriptionOpen,
  prescriptionRunsAt,
  type Prescription,
} from '../../domain/prescriptions';
import { useI18n } from '../../i18n/I18nProvider';
import { ReasonAction } from '../../ui/ReasonAction';
import { useWhenText } from '../../ui/whenText';
import { DeviationMark } from './DeviationNotice';
import { useMedRights, tryStopPrescription } from './hooks';
import { ImportCheck } from './ImportCheck';
import { MedLine } from './MedLine';
import { usePrnLines } from './PrnNotice';
import '../../ui/medSafety.css';
import { withReason } from '../../domain/reasonText';

/** A symbol with each status word, so the MAR reads in black and white too. */
export const STATUS_MARK = {
  upcoming: '○',
  due: '●',
  late: '⚠',
  missed: '⚠',
  given: '✓',
  'not-given': '—',
  refused: '✗',
  held: '‖',
} as const;

const CHARTED = new Set(['given', 'not-given', 'refused', 'held']);

interface SlotCellProps {
  slot: MarSlot;
  prescription: Prescription;
  /** Null when the person charting may not give doses: the slot is shown, not a link. */
  giveHref: string | null;
}

function SlotCell({ slot, prescription, giveHref }: SlotCellProps) {
  const { t, formatTime } = useI18n();
  const a = slot.administration;
  // The administration shown with its time and initials (and its reason beside the status).
  const charted = a !== null && CHARTED.has(slot.status) ? a : null;
  const label = (
    <>
      <span className="slot-time">{formatTime(slot.dueAt)}</span>
      <span className="slot-status">
        {STATUS_MARK[slot.status]}{' '}
        {withReason(t(`charting.mar.status.${slot.status}`), charted?.reason)}
      </span>
      {charted && (
        <span className="slot-who">
          {formatTime(charted.at)} {charted.author.initials}
        </span>
      )}
      {a && <DeviationMark deviation={deviationOf(prescription, a)} record={a} />}
    </>
  );
  // A dose given is done; anything else can still be charted (a refusal, then a dose given).
  return slot.status === 'given' || giveHref === null ? (
    <span className={`slot slot-${slot.status}`}>{label}</span>
  ) : (
    <a className={`slot slot-${slot.status}`} href={giveHref}>
      {label}
    </a>
  );
}

function PrnLine({
  record,
  prescription,
}: {
  record: MarAdministration;
  prescription: Prescription;
}) {
  const { t, formatTime } = useI18n();
  return (
    <li>
      {STATUS_MARK[record.outcome]} {formatTime(record.at)}{' '}
      {withReason(
        `${t(`charting.mar.status.${record.outcome}`)} ${record.author.initials}`,
        record.prnIndication,
        record.reason,
        record.override && t('charting.mar.override', { reason: record.override.reason }),
      )}{' '}
      <DeviationMark deviation={deviationOf(prescription, record)} record={record} />
    </li>
  );
}

/** One prescription on the MAR: what it is, its doses of the day, and what can be done. */
export function MarRowView({
  row,
  patient,
  now,
}: {
  row: MarRow;
  patient: PatientState;
  now: string;
}) {
  const { t } = useI18n();
  const when = useWhenText();
  const prnLines = usePrnLines();
  const rights = useMedRights();
  const { prescription: p, slots, prn, administrations } = row;
  const base = `#/patient/${patient.id}`;
  const admitted = patient.status === 'admitted';
  const running = prescriptionRunsAt(p, now) && admitted;
  const open = prescriptionOpen(p, now) && admitted;
  // Stopped or replaced (even from later on): greyed, said in a word, nothing to change.
  const closed = p.stop !== null || p.replacedBy !== null || !prescriptionRunsAt(p, now);
  const give = (slot: string) =>
    rights.administer ? `${base}/give/${p.id}/${encodeURIComponent(slot)}` : null;
  const classes = ['mar-row', p.highAlert && 'mar-high-alert', closed && 'mar-row-stopped'];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      {closed && (p.stop || p.replacedBy) && (
        <p className="mar-stopped-word">{t('medSafety.stopped')}</p>
      )}
      <MedLine prescription={p} />
      <ImportCheck prescription={p} patientId={patient.id} canAct={admitted} />
      {slots.length > 0 && (
        <ul className="slots" aria-label={t('charting.mar.slotsOf', { drug: p.drug })}>
          {slots.map((slot) => (
            <li key={slot.dueAt}>
              <SlotCell slot={slot} prescription={p} giveHref={give(slot.dueAt)} />
            </li>
          ))}
        </ul>
      )}
      {prn && (
        <div className="prn">
          <p>
            {t('charting.mar.prnCount', { count: prn.givenInLast24h, max: prn.maxDosesPer24h })}
          </p>
          {!prn.allowed &&
            prn.reason !== 'not-active' &&
            prnLines(prn).map((line) => <p key={line}>⚠ {line}</p>)}
          {prn.nextAllowedAt && (
            <p>{t('medSafety.prn.marLimit', { when: when(prn.nextAllowedAt, now) })}</p>
          )}
          {administrations.length > 0 && (
            <ul className="prn-doses">
              {administrations.map((record) => (
                <PrnLine key={record.id} record={record} prescription={p} />
              ))}
            </ul>
          )}
          {running && rights.administer && (
            <a className="button button-secondary" href={`${base}/give/${p.id}/prn`}>
              {t('charting.mar.givePrn', { drug: p.drug })}
            </a>
          )}
        </div>
      )}
      {open && !rights.prescribe && (
        <p className="field-hint">{t('medSafety.roles.prescribing')}</p>
      )}
      {open && rights.prescribe && (
        <div className="action-bar">
          <a className="button button-secondary" href={`${base}/change/${p.id}`}>
            {t('charting.meds.change')}
            <span className="visually-hidden"> {p.drug}</span>
          </a>
          <ReasonAction
            label={t('charting.meds.stop')}
            accessibleLabel={t('charting.meds.stopNamed', { drug: p.drug })}
            reasonLabel={t('charting.meds.stopReason')}
            confirmLabel={t('charting.meds.stopConfirm')}
            reasonPath="payload.reason"
            onConfirm={(reason) => tryStopPrescription(patient.id, p.id, reason)}
          />
        </div>
      )}
    </li>
  );
}
