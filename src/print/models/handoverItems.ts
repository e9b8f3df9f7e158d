import { calendarDaysFrom } from '../../domain/time';
import { instantOf } from '../../domain/time';
import { todoList, type PatientTodoSources, type TodoItem } from '../../domain/todo';
import type { PrintFormat } from '../format';
import type { SheetWindow } from '../types';
import { careText, medText } from './chartText';
import { withReason } from '../../domain/reasonText';

// What the handover says is pending or was not done (issue 10, point 6): overdue first, with
// its day, and "nothing charted" never worded like "a nurse charted not done".

/** "22:00" today, "hier 22:00", "demain 00:30", else "sam. 28/11 22:00". */
export function whenText(iso: string, now: string, fmt: PrintFormat): string {
  const time = fmt.time(iso);
  switch (calendarDaysFrom(now, iso, fmt.timeZone)) {
    case 0:
      return time;
    case -1:
      return fmt.t('printHandover.yesterday', { time });
    case 1:
      return fmt.t('printHandover.tomorrow', { time });
    default:
      return `${fmt.day(iso)} ${time}`;
  }
}

/** Overdue (nothing charted after its time) before due now and continuous monitoring. */
const URGENCY: Record<TodoItem['status'], number> = { missed: 0, late: 0, due: 1, continuous: 1 };

/**
 * A patient's pending items by urgency: overdue first, the most overdue first, then due now.
 * todoList already sorts by due time (then observations, high-alert doses, care); the sort is
 * stable, so that order holds within each urgency.
 */
export const pendingByUrgency = (sources: PatientTodoSources, now: string): TodoItem[] =>
  todoList([sources], now).sort((a, b) => URGENCY[a.status] - URGENCY[b.status]);

/** "hier 22:00 Ceftriaxone 1 g IV — MANQUÉ, rien de tracé" */
export function pendingText(item: TodoItem, now: string, fmt: PrintFormat): string {
  // Never a complete set: due now, but "20:06" would read as a time someone set.
  if (item.kind === 'observations' && item.frequency === null)
    return fmt.t('print.handover.noObservations');
  const what =
    item.kind === 'observations'
      ? fmt.t('print.handover.observations')
      : item.kind === 'medication'
        ? medText(item.prescription, fmt)
        : careText(item.care, fmt);
  const status = fmt.t(`print.handover.status.${item.status}`);
  return `${whenText(item.dueAt, now, fmt)} ${what} — ${status}`;
}

type NotDoneOutcome = 'not-given' | 'refused' | 'held' | 'not-done';

interface NotDone {
  at: string;
  text: string;
}

const inWindow = (iso: string, window: SheetWindow) =>
  instantOf(iso) >= instantOf(window.from) && instantOf(iso) <= instantOf(window.to);

/**
 * Doses not given, refused or held and care not done that a nurse charted in the window, with
 * her reason: "hier 22:00 Paracétamol 1 g PO — R (refusé) — nausées".
 */
export function notDoneTexts(
  sources: PatientTodoSources,
  window: SheetWindow,
  fmt: PrintFormat,
): string[] {
  const { t } = fmt;
  const reason = (outcome: NotDoneOutcome, text: string | undefined) =>
    withReason(
      t('printDetails.reasons.outcome', {
        code: t(`print.codes.${outcome}`),
        outcome: t(`printDetails.reasons.outcomes.${outcome}`),
      }),
      text || t('printHandover.noReason'),
    );
  const doses = sources.mar.flatMap(({ prescription, administrations }) =>
    administrations.flatMap((record): NotDone[] => {
      const at = record.dueAt ?? record.at;
      if (record.outcome === 'given' || !inWindow(at, window)) return [];
      const why = reason(record.outcome, record.reason);
      return [{ at, text: `${medText(prescription, fmt)} — ${why}` }];
    }),
  );
  const care = sources.care.flatMap(({ care: item, records }) =>
    records.flatMap((record): NotDone[] => {
      const at = record.dueAt;
      if (record.outcome !== 'not-done' || !inWindow(at, window)) return [];
      const why = reason('not-done', record.reason);
      return [{ at, text: `${careText(item, fmt)} — ${why}` }];
    }),
  );
  return [...doses, ...care]
    .sort((a, b) => instantOf(a.at) - instantOf(b.at))
    .map((entry) => `${whenText(entry.at, window.to, fmt)} ${entry.text}`);
}
