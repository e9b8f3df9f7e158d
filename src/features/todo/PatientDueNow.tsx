import { useMemo } from 'react';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { patientTodoSources, todoList } from '../../domain/todo';
import { useI18n } from '../../i18n/I18nProvider';
import { TodoItemView } from './TodoItemView';
import { useTimeZone } from '../../ui/wardTime';

/** What is due or overdue for this patient now: observations, doses, care. */
export function PatientDueNow({
  patient,
  events,
  now,
}: {
  patient: PatientState;
  /** The events of the current stay. */
  events: readonly WardEvent[];
  now: string;
}) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const admitted = patient.status === 'admitted';
  const scale = patient.header.spo2Scale ?? 1;
  // A fold of the whole stay: again only when the log, the minute or the scale changes.
  const items = useMemo(
    () =>
      admitted
        ? todoList(
            [patientTodoSources(patient.id, events, now, { spo2Scale: scale, timeZone })],
            now,
          )
        : [],
    [admitted, patient.id, events, now, scale, timeZone],
  );
  if (!admitted) return null;
  return (
    <section aria-labelledby="due-title" className="panel">
      <h2 id="due-title">{t('charting.todo.patientTitle')}</h2>
      {items.length === 0 ? (
        <p>{t('charting.todo.nothing')}</p>
      ) : (
        <ul className="todo-list">
          {items.map((item) => (
            <TodoItemView key={`${item.kind}-${item.dueAt}-${keyOf(item)}`} item={item} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** What tells two items of the same kind and time apart. */
export const keyOf = (item: Parameters<typeof TodoItemView>[0]['item']): string =>
  item.kind === 'medication'
    ? item.prescription.id
    : item.kind === 'care'
      ? item.care.id
      : item.patientId;
