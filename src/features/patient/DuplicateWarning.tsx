import { useEffect, useRef, type ReactNode } from 'react';
import type { PossibleDuplicate } from '../../domain/duplicates';
import type { PatientState } from '../../domain/patient';
import { isoToDayFirst } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';

interface DuplicateWarningProps {
  matches: PossibleDuplicate<PatientState>[];
  bedLabel: (bedId: string | null) => string | undefined;
  onConfirm: () => void;
  busy: boolean;
  /** What the nurse may do instead of "not the same person: save" (an IPP already used). */
  children?: ReactNode;
}

/**
 * Shown before anything is saved: who the patient may already be, and why. The nurse opens
 * the existing record, corrects the form, or confirms that this is another person.
 */
export function DuplicateWarning(props: DuplicateWarningProps) {
  const { matches, bedLabel, onConfirm, busy, children } = props;
  const { t, formatDateTime } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Said at once, and shown whole: the nurse must read it before deciding.
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [matches]);
  return (
    <section className="duplicate-warning" role="alert" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title" tabIndex={-1} ref={heading}>
        {t('patients.duplicates.title')}
      </h2>
      <p>{t('patients.duplicates.intro')}</p>
      <ul className="duplicate-list">
        {matches.map(({ patient, reasons }) => {
          const { identity } = patient;
          const name = `${identity.birthName.toLocaleUpperCase('fr')} ${identity.firstName}`;
          const bed = bedLabel(patient.bed);
          return (
            <li key={patient.id}>
              <p className="duplicate-name">
                <strong>{name}</strong>
                {identity.usedName && ` (${identity.usedName.toLocaleUpperCase('fr')})`} —{' '}
                {isoToDayFirst(identity.birthDate)} —{' '}
                <span className="mono">{identity.ipp ?? identity.tempId}</span>
              </p>
              <p>
                {reasons.map((reason) => t(`patients.duplicates.reasons.${reason}`)).join(' ; ')}
              </p>
              <p>
                {patient.status === 'admitted'
                  ? `${t('patients.duplicates.present', { sex: identity.sex })}${bed ? ` — ${t('patients.board.bed', { label: bed })}` : ''}`
                  : t('patients.duplicates.discharged', {
                      date: formatDateTime(patient.dischargedAt ?? patient.admittedAt),
                      sex: identity.sex,
                    })}
              </p>
              <a className="button button-secondary" href={`#/patient/${patient.id}`}>
                {t('patients.duplicates.open', { name })}
              </a>
            </li>
          );
        })}
      </ul>
      {children ?? (
        <button type="button" className="button-primary" onClick={onConfirm} disabled={busy}>
          {t('patients.duplicates.confirm')}
        </button>
      )}
    </section>
  );
}
