import { useMemo, useState } from 'react';
import type { CareRow, CareSlot } from '../../domain/carePlan';
import { carePlanFor } from '../../domain/carePlan';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { runsAt } from '../../domain/slots';
import { isoToDayFirst } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { DayNav } from '../../ui/DayNav';
import { ReasonAction } from '../../ui/ReasonAction';
import { useScheduleText, useSpanText } from '../../ui/scheduleText';
import { wardDay } from '../../domain/time';
import { CareSlotForm } from './CareSlotForm';
import { tryStopCare } from './hooks';
import { withReason } from '../../domain/reasonText';
import { useTimeZone } from '../../ui/wardTime';

const MARK = {
  upcoming: '○',
  due: '●',
  late: '⚠',
  missed: '⚠',
  done: '✓',
  'not-done': '—',
} as const;

function useItemLabel() {
  const { t } = useI18n();
  return (row: CareRow) => row.care.label ?? t(`charting.care.items.${row.care.item}`);
}

function SlotButton({ slot, open, onOpen }: { slot: CareSlot; open: boolean; onOpen: () => void }) {
  const { t, formatTime } = useI18n();
  const text = (
    <>
      <span className="slot-time">{formatTime(slot.dueAt)}</span>
      <span className="slot-status">
        {MARK[slot.status]}{' '}
        {withReason(t(`charting.care.status.${slot.status}`), slot.record?.reason)}
      </span>
      {slot.record && (
        <span className="slot-who">
          {formatTime(slot.record.at)} {slot.record.author.initials}
        </span>
      )}
    </>
  );
  if (slot.status === 'done') return <span className={`slot slot-${slot.status}`}>{text}</span>;
  return (
    <button
      type="button"
      className={`slot slot-${slot.status}`}
      aria-expanded={open}
      onClick={onOpen}
    >
      {text}
    </button>
  );
}

/** The care plan ("diagramme de soins") of one ward day: done, not done, due, late, missed. */
export function CarePanel({
  patient,
  events,
  now,
}: {
  patient: PatientState;
  events: readonly WardEvent[];
  now: string;
}) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const itemLabel = useItemLabel();
  const schedule = useScheduleText();
  const span = useSpanText();
  const timeZone = useTimeZone();
  const day = wardDay(now, offset, timeZone);
  // Typing a reason re-renders the panel: the fold runs only when the log or the time change.
  const rows = useMemo(
    () => carePlanFor(events, day.from, day.to, now, timeZone),
    [events, day.from, day.to, now, timeZone],
  );
  const admitted = patient.status === 'admitted';
  return (
    <section aria-labelledby="care-title" className="panel">
      <h2 id="care-title">{t('charting.care.title', { date: isoToDayFirst(day.date) })}</h2>
      <DayNav offset={offset} onChange={setOffset} label={t('charting.care.dayNav')} />
      {rows.length === 0 && <p>{t('charting.care.none')}</p>}
      <ul className="mar">
        {rows.map((row) => {
          const label = itemLabel(row);
          const running = admitted && runsAt(row.care.schedule.start, row.care.endsAt, now);
          return (
            <li key={row.care.id} className="mar-row">
              <p className="med-name">
                <strong>{label}</strong>
              </p>
              <p className="med-schedule">
                {schedule(row.care.schedule)} · {span(row.care.schedule.start, row.care.endsAt)}
                {row.care.note && ` — ${row.care.note}`}
              </p>
              {row.care.stop && (
                <p className="med-stopped">
                  {t('charting.care.stopped', {
                    author: row.care.stop.author.initials,
                    reason: row.care.stop.reason,
                  })}
                </p>
              )}
              <ul className="slots" aria-label={t('charting.mar.slotsOf', { drug: label })}>
                {row.slots.map((slot) => {
                  const key = `${row.care.id}/${slot.dueAt}`;
                  return (
                    <li key={slot.dueAt}>
                      <SlotButton
                        slot={slot}
                        open={open === key}
                        onOpen={() => setOpen(open === key ? null : key)}
                      />
                    </li>
                  );
                })}
              </ul>
              {row.slots.map((slot) =>
                open === `${row.care.id}/${slot.dueAt}` && admitted ? (
                  <CareSlotForm
                    key={slot.dueAt}
                    patientId={patient.id}
                    careId={row.care.id}
                    slot={slot}
                    label={label}
                    onDone={() => setOpen(null)}
                  />
                ) : null,
              )}
              {running && (
                <ReasonAction
                  label={t('charting.care.stop')}
                  accessibleLabel={t('charting.care.stopNamed', { item: label })}
                  reasonLabel={t('charting.care.stopReason')}
                  confirmLabel={t('charting.care.stopConfirm')}
                  reasonPath="payload.reason"
                  onConfirm={(reason) => tryStopCare(patient.id, row.care.id, reason)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {admitted && (
        <a className="button button-primary" href={`#/patient/${patient.id}/plan-care`}>
          {t('charting.care.plan')}
        </a>
      )}
    </section>
  );
}
