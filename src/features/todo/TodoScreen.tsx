import { patientTodoSources, todoList } from '../../domain/todo';
import { useI18n } from '../../i18n/I18nProvider';
import { useNow } from '../../ui/useNow';
import { useWardTodoSources } from './hooks';
import { keyOf } from './PatientDueNow';
import { TodoItemView } from './TodoItemView';
import { useTimeZone } from '../../ui/wardTime';

/** The ward's "to do now": everything due or overdue across the patients, oldest first. */
export function TodoScreen() {
  const { t } = useI18n();
  const now = useNow();
  const timeZone = useTimeZone();
  const data = useWardTodoSources(now);
  if (!data) return <main id="main" className="screen" aria-busy="true" />;
  const byId = new Map(data.patients.map((patient) => [patient.id, patient]));
  const bedLabel = (bedId: string | null) => data.beds.find((bed) => bed.bedId === bedId)?.label;
  const items = todoList(
    data.patients.map((patient) =>
      patientTodoSources(patient.id, data.chart.get(patient.id) ?? [], now, {
        spo2Scale: patient.header.spo2Scale ?? 1,
        timeZone,
      }),
    ),
    now,
  );
  return (
    <main id="main" className="screen">
      <h1>{t('charting.todo.title')}</h1>
      <p>{t('charting.todo.intro')}</p>
      {items.length === 0 ? (
        <p role="status">{t('charting.todo.nothingWard')}</p>
      ) : (
        <ul className="todo-list" aria-label={t('charting.todo.title')}>
          {items.map((item) => {
            const patient = byId.get(item.patientId);
            return (
              <TodoItemView
                key={`${item.patientId}-${item.kind}-${item.dueAt}-${keyOf(item)}`}
                item={item}
                now={now}
                patient={patient}
                bed={bedLabel(patient?.bed ?? null)}
              />
            );
          })}
        </ul>
      )}
    </main>
  );
}
