import type { ReactNode } from 'react';
import type { Conflict, DuplicateConflict, HeaderConflict } from '../../domain/conflicts/types';
import { valueSet } from '../../domain/conflicts/header';
import { isType, type WardEvent } from '../../domain/events';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { fieldText } from '../../ui/headerFields';
import { ReasonAction } from '../../ui/ReasonAction';
import { patientName } from './conflictText';
import { tryChooseValue, tryDeclareDistinct, tryVoidEntry } from './hooks';

export interface ConflictItemProps {
  conflict: Conflict;
  /** The patient whose screen shows it. */
  self: PatientState;
  /** The patient's whole log (prescriptions and care items are named from it). */
  events: readonly WardEvent[];
  people: ReadonlyMap<PatientId, PatientState>;
  kind: (conflict: Conflict) => string;
  entry: (event: WardEvent) => string;
}

/** One entry of a conflict: what it says, who recorded it when and where, and its action. */
function Entry({ what, by, children }: { what: string; by: string; children?: ReactNode }) {
  return (
    <li>
      <span>{what}</span>
      <span className="conflict-by">{by}</span>
      {children}
    </li>
  );
}

/** One conflict on the patient's screen, with the entries and what settles it. */
export function ConflictItem(props: ConflictItemProps) {
  const { conflict, kind } = props;
  const title = `conflict-${conflict.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <article className="conflict" aria-labelledby={title}>
      <h3 id={title}>{kind(conflict)}</h3>
      <ConflictBody {...props} />
    </article>
  );
}

function ConflictBody({ conflict, self, events, people, entry }: ConflictItemProps) {
  const { t, formatDateTime } = useI18n();
  const voidAction = (event: WardEvent) => (
    <ReasonAction
      label={t('conflicts.void.action')}
      accessibleLabel={t('conflicts.void.accessible', {
        name: event.author.name,
        time: formatDateTime(event.at),
      })}
      reasonLabel={t('conflicts.void.reason')}
      reasonHint={t('conflicts.void.reasonHint', { name: event.author.name })}
      confirmLabel={t('conflicts.void.confirm')}
      reasonPath="payload.reason"
      onConfirm={(reason) => tryVoidEntry(event.id, reason)}
    />
  );
  switch (conflict.kind) {
    case 'bed':
      return (
        <ul className="conflict-entries">
          {conflict.patients.map((id) => {
            const placed = conflict.entries.find((e) => e.patientId === id);
            const name = patientName(people.get(id) ?? (id === self.id ? self : undefined));
            return (
              <Entry
                key={id}
                what={t('conflicts.bed.placed', { patient: name })}
                by={placed ? entry(placed) : ''}
              >
                <a className="button button-secondary" href={`#/patient/${id}/move`}>
                  {t('conflicts.bed.move', { patient: name })}
                </a>
              </Entry>
            );
          })}
        </ul>
      );
    case 'dose': {
      const rx = events.find((e) => e.id === conflict.prescriptionId);
      const drug = rx && isType(rx, 'med.prescribed') ? rx.payload.drug : '?';
      return (
        <>
          <p>{t('conflicts.dose.what', { drug, due: formatDateTime(conflict.dueAt) })}</p>
          <ul className="conflict-entries">
            {conflict.entries.map((event) => (
              <Entry
                key={event.id}
                what={t('conflicts.dose.outcome', {
                  outcome: t(`charting.give.outcomes.${event.payload.outcome}`),
                })}
                by={entry(event)}
              >
                {voidAction(event)}
              </Entry>
            ))}
          </ul>
        </>
      );
    }
    case 'care': {
      const plan = events.find((e) => e.id === conflict.careId);
      const item =
        plan && isType(plan, 'care.planned')
          ? (plan.payload.label ?? t(`charting.care.items.${plan.payload.item}`))
          : '?';
      return (
        <>
          <p>{t('conflicts.care.what', { item, due: formatDateTime(conflict.dueAt) })}</p>
          <ul className="conflict-entries">
            {conflict.entries.map((event) => (
              <Entry
                key={event.id}
                what={t('conflicts.dose.outcome', {
                  outcome: t(`charting.care.status.${event.payload.outcome}`),
                })}
                by={entry(event)}
              >
                {voidAction(event)}
              </Entry>
            ))}
          </ul>
        </>
      );
    }
    case 'duplicate':
      return <DuplicateBody conflict={conflict} self={self} people={people} entry={entry} />;
    case 'header':
      return <HeaderBody conflict={conflict} entry={entry} />;
  }
}

function DuplicateBody({
  conflict,
  self,
  people,
  entry,
}: Pick<ConflictItemProps, 'self' | 'people' | 'entry'> & { conflict: DuplicateConflict }) {
  const { t } = useI18n();
  const other = conflict.patients.find((id) => id !== self.id) ?? conflict.patients[1];
  const reasons = conflict.reasons.map((r) => t(`patients.duplicates.reasons.${r}`)).join(', ');
  return (
    <>
      <p>{t('conflicts.duplicate.reasons', { reasons })}</p>
      <ul className="conflict-entries">
        {conflict.entries.map((event) => {
          const id = event.patientId;
          const person = id === self.id ? self : id ? people.get(id) : undefined;
          return (
            <Entry
              key={event.id}
              what={t('conflicts.duplicate.admitted', { patient: patientName(person) })}
              by={entry(event)}
            >
              {id !== self.id && id && (
                <a className="button button-secondary" href={`#/patient/${id}`}>
                  {t('conflicts.open', { name: patientName(person) })}
                </a>
              )}
            </Entry>
          );
        })}
      </ul>
      <ReasonAction
        label={t('conflicts.duplicate.different')}
        reasonLabel={t('conflicts.duplicate.differentReason')}
        reasonHint={t('conflicts.duplicate.differentHint')}
        confirmLabel={t('conflicts.duplicate.differentConfirm')}
        reasonPath="payload.reason"
        onConfirm={(reason) => tryDeclareDistinct(self.id, other, reason)}
      />
      <details>
        <summary>{t('conflicts.duplicate.same')}</summary>
        <p>{t('conflicts.duplicate.sameText')}</p>
      </details>
    </>
  );
}

function HeaderBody({
  conflict,
  entry,
}: Pick<ConflictItemProps, 'entry'> & { conflict: HeaderConflict }) {
  const { t, formatNumber } = useI18n();
  return (
    <ul className="conflict-entries">
      {conflict.entries.map((event) => {
        const value = fieldText(t, formatNumber, conflict.field, valueSet(event, conflict.field));
        return (
          <Entry key={event.id} what={t('conflicts.header.value', { value })} by={entry(event)}>
            <span className="conflict-by">
              {t('conflicts.header.reason', { reason: event.payload.reason })}
            </span>
            <ReasonAction
              label={t('conflicts.header.choose')}
              accessibleLabel={t('conflicts.header.chooseAccessible', { value })}
              reasonLabel={t('conflicts.header.chooseReason')}
              reasonHint={t('conflicts.header.chooseHint')}
              confirmLabel={t('conflicts.header.chooseConfirm', { value })}
              reasonPath="payload.reason"
              onConfirm={(reason) =>
                tryChooseValue(conflict.patientId, conflict.field, event.id, reason)
              }
            />
          </Entry>
        );
      })}
    </ul>
  );
}
