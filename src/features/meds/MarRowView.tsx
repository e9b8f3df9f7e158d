import type { MarAdministration, MarRow, MarSlot } from '../../domain/mar';
import type { PatientState } from '../../domain/patient';
import { prescriptionRunsAt } from '../../domain/prescriptions';
import { useI18n } from '../../i18n/I18nProvider';
import { ReasonAction } from '../../ui/ReasonAction';
import { useStopPrescription } from './hooks';
import { MedLine } from './MedLine';

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

function SlotCell({ slot, giveHref }: { slot: MarSlot; giveHref: string }) {
  const { t, formatTime } = useI18n();
  const a = slot.administration;
  const label = (
    <>
      <span className="slot-time">{formatTime(slot.dueAt)}</span>
      <span className="slot-status">
        {STATUS_MARK[slot.status]} {t(`charting.mar.status.${slot.status}`)}
      </span>
      {a && CHARTED.has(slot.status) && (
        <span className="slot-who">
          {formatTime(a.at)} {a.author.initials}
          {a.reason && ` — ${a.reason}`}
        </span>
      )}
    </>
  );
  // A dose given is done; anything else can still be charted (a refusal, then a dose given).
  return slot.status === 'given' ? (
    <span className={`slot slot-${slot.status}`}>{label}</span>
  ) : (
    <a className={`slot slot-${slot.status}`} href={giveHref}>
      {label}
    </a>
  );
}

function PrnLine({ record }: { record: MarAdministration }) {
  const { t, formatTime } = useI18n();
  return (
    <li>
      {STATUS_MARK[record.outcome]} {formatTime(record.at)}{' '}
      {t(`charting.mar.status.${record.outcome}`)} {record.author.initials}
      {record.prnIndication && ` — ${record.prnIndication}`}
      {record.reason && ` — ${record.reason}`}
      {record.override && ` — ${t('charting.mar.override', { reason: record.override.reason })}`}
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
  const { t, formatTime } = useI18n();
  const stop = useStopPrescription();
  const { prescription: p, slots, prn, administrations } = row;
  const base = `#/patient/${patient.id}`;
  const running = prescriptionRunsAt(p, now) && patient.status === 'admitted';
  return (
    <li className={`mar-row${p.highAlert ? ' mar-high-alert' : ''}`}>
      <MedLine prescription={p} />
      {slots.length > 0 && (
        <ul className="slots" aria-label={t('charting.mar.slotsOf', { drug: p.drug })}>
          {slots.map((slot) => (
            <li key={slot.dueAt}>
              <SlotCell
                slot={slot}
                giveHref={`${base}/give/${p.id}/${encodeURIComponent(slot.dueAt)}`}
              />
            </li>
          ))}
        </ul>
      )}
      {prn && (
        <div className="prn">
          <p>
            {prn.reason === 'limit-reached'
              ? t('charting.mar.prnLimit', {
                  given: prn.givenInLast24h,
                  max: prn.maxDosesPer24h,
                  next: prn.nextAllowedAt ? formatTime(prn.nextAllowedAt) : '—',
                })
              : t('charting.mar.prnCount', { given: prn.givenInLast24h, max: prn.maxDosesPer24h })}
          </p>
          {administrations.length > 0 && (
            <ul className="prn-doses">
              {administrations.map((record) => (
                <PrnLine key={record.id} record={record} />
              ))}
            </ul>
          )}
          {running && (
            <a className="button button-secondary" href={`${base}/give/${p.id}/prn`}>
              {t('charting.mar.givePrn', { drug: p.drug })}
            </a>
          )}
        </div>
      )}
      {running && (
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
            onConfirm={(reason) => stop(patient.id, p.id, reason)}
          />
        </div>
      )}
    </li>
  );
}
