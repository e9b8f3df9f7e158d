import type { PatientState } from '../../domain/patient';
import type { TodoItem } from '../../domain/todo';
import { wardDate } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { useTimeZone } from '../../ui/wardTime';
import { awaitsImportCheck } from '../../domain/prescriptions';

const MARK = { due: '●', late: '⚠', missed: '⚠', continuous: '◉' } as const;

/** Where a nurse goes to do it: the vitals form, the dose, or the patient's care plan. */
const hrefOf = (item: TodoItem) => {
  const base = `#/patient/${item.patientId}`;
  if (item.kind === 'observations') return `${base}/vitals`;
  if (item.kind === 'medication') {
    return `${base}/give/${item.prescription.id}/${encodeURIComponent(item.dueAt)}`;
  }
  return base;
};

interface TodoItemViewProps {
  item: TodoItem;
  now: string;
  /** On the ward's list: whose it is. Absent on the patient's own screen. */
  patient?: PatientState;
  bed?: string;
}

/** One thing to do: when, how late (in words), for whom, what; a tap opens where to chart it. */
export function TodoItemView({ item, now, patient, bed }: TodoItemViewProps) {
  const { t, formatTime, formatDateTime, formatNumber } = useI18n();
  const timeZone = useTimeZone();
  const sameDay = wardDate(item.dueAt, timeZone) === wardDate(now, timeZone);
  const what =
    item.kind === 'observations'
      ? item.frequency
        ? t('charting.todo.observations', {
            frequency: t(`charting.news2.frequencies.${item.frequency.code}`),
          })
        : t('charting.todo.firstSet')
      : item.kind === 'medication'
        ? t('charting.todo.medication', {
            drug: item.prescription.drug,
            dose: `${formatNumber(item.prescription.dose.value)} ${t(
              `charting.meds.units.${item.prescription.dose.unit}`,
              {
                count: item.prescription.dose.value,
              },
            )}`,
            route: t(`charting.meds.routes.${item.prescription.route}`),
          })
        : (item.care.label ?? t(`charting.care.items.${item.care.item}`));
  return (
    <li className={`todo-item todo-${item.status}`}>
      <a href={hrefOf(item)} className="todo-link">
        <span className="todo-time">
          {sameDay ? formatTime(item.dueAt) : formatDateTime(item.dueAt)}
        </span>
        <span className="todo-status">
          {MARK[item.status]} {t(`charting.todo.status.${item.status}`)}
        </span>
        {patient && (
          <span className="todo-who">
            {bed ? `${t('patients.board.bed', { label: bed })} · ` : ''}
            <strong>{patient.identity.birthName.toLocaleUpperCase('fr')}</strong>{' '}
            {patient.identity.firstName}
          </span>
        )}
        <span className="todo-what">
          {t('words.labelled', { label: t(`charting.todo.kinds.${item.kind}`), text: what })}
          {item.kind === 'medication' && item.prescription.highAlert && (
            <strong> ⚠ {t('charting.meds.highAlertBadge')}</strong>
          )}
          {item.kind === 'medication' && awaitsImportCheck(item.prescription) && (
            <strong> ⚠ {t('fhirCensus.imported.badge')}</strong>
          )}
        </span>
      </a>
    </li>
  );
}
