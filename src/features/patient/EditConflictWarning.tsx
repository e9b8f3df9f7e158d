import { useEffect, useRef, useState } from 'react';
import type { EditedField, FieldConflict } from '../../domain/headerMerge';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { FIELD_LABELS, fieldText } from './editConflicts';

export type Side = 'mine' | 'theirs';

interface EditConflictWarningProps {
  conflicts: FieldConflict[];
  busy: boolean;
  /** Every field has a choice: save with them. */
  onConfirm: (choices: Map<EditedField, Side>) => void;
}

/**
 * Someone else changed a field the nurse changed too, after she opened the form: nothing was
 * written. Both values are shown, and she chooses, field by field, before anything is saved.
 */
export function EditConflictWarning({ conflicts, busy, onConfirm }: EditConflictWarningProps) {
  const { t, formatNumber } = useI18n();
  const [choices, setChoices] = useState(new Map<EditedField, Side>());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [conflicts]);
  const complete = conflicts.every(({ field }) => choices.has(field));
  const choose = (field: EditedField, choice: Side) =>
    setChoices((current) => new Map(current).set(field, choice));

  return (
    <section className="duplicate-warning" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabIndex={-1} ref={heading}>
        {t('identityEdits.conflicts.title')}
      </h2>
      <p>{t('identityEdits.conflicts.intro')}</p>
      {conflicts.map(({ field, mine, theirs }) => (
        <ChoiceField key={field} legend={t(FIELD_LABELS[field])}>
          {(['mine', 'theirs'] as const).map((side) => (
            <Choice
              key={side}
              type="radio"
              name={`conflict-${field}`}
              checked={choices.get(field) === side}
              onChange={() => choose(field, side)}
              label={t(`identityEdits.conflicts.${side}`, {
                value: fieldText(t, formatNumber, field, side === 'mine' ? mine : theirs),
              })}
            />
          ))}
        </ChoiceField>
      ))}
      {!complete && <p>{t('identityEdits.conflicts.chooseEach')}</p>}
      <button
        type="button"
        className="button-primary"
        onClick={() => onConfirm(choices)}
        disabled={busy || !complete}
      >
        {t('identityEdits.conflicts.confirm')}
      </button>
    </section>
  );
}
