import { useI18n } from '../../i18n/I18nProvider';
import { nameText } from '../../print/models/common';
import { SHEET_KINDS } from '../../print/types';
import type { PrintBase } from './hooks';
import { toggle, type CentreChoice } from './selection';

interface ChoicesProps {
  base: PrintBase;
  choice: CentreChoice;
  onChange: (choice: CentreChoice) => void;
}

/** The sheets to print, each with what it holds. */
export function SheetChoices({ choice, onChange }: Omit<ChoicesProps, 'base'>) {
  const { t } = useI18n();
  return (
    <fieldset className="print-choices">
      <legend>{t('print.centre.sheetsLegend')}</legend>
      {SHEET_KINDS.map((kind) => (
        <div key={kind} className="print-sheet-choice">
          <label className="print-choice">
            <input
              type="checkbox"
              aria-describedby={`print-hint-${kind}`}
              checked={choice.sheets.includes(kind)}
              onChange={(event) =>
                onChange({
                  ...choice,
                  sheets: toggle(choice.sheets, kind, event.target.checked, SHEET_KINDS),
                })
              }
            />
            <strong>{t(`print.sheets.${kind}`)}</strong>
          </label>
          <span id={`print-hint-${kind}`} className="print-choice-hint">
            {t(`print.centre.hints.${kind}`)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

/** The whole ward, or some patients, in bed order. */
export function PatientChoices({ base, choice, onChange }: ChoicesProps) {
  const { t } = useI18n();
  const all = base.patients.map((patient) => patient.id);
  const chosen = choice.patients === 'all' ? all : choice.patients;
  const bedOf = (bedId: string | null) =>
    base.beds.find((bed) => bed.bedId === bedId)?.label ?? null;
  if (base.patients.length === 0) return <p>{t('print.centre.noPatients')}</p>;
  return (
    <fieldset className="print-choices">
      <legend>{t('print.centre.patientsLegend')}</legend>
      <label className="print-choice">
        <input
          type="checkbox"
          checked={choice.patients === 'all'}
          onChange={(event) => onChange({ ...choice, patients: event.target.checked ? 'all' : [] })}
        />
        <strong>{t('print.centre.allPatients', { count: all.length })}</strong>
      </label>
      {base.patients.map((patient) => {
        const bed = bedOf(patient.bed);
        return (
          <label key={patient.id} className="print-choice">
            <input
              type="checkbox"
              checked={chosen.includes(patient.id)}
              onChange={(event) =>
                onChange({
                  ...choice,
                  patients: toggle(chosen, patient.id, event.target.checked, all),
                })
              }
            />
            <span>
              {t('print.centre.patientOption', {
                bed: bed ? t('print.handover.bed', { bed }) : t('print.common.noBed'),
                name: nameText(patient.identity),
              })}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** The first day of the care plan and of the 3-day MAR. */
export function StartDayChoice({ choice, onChange }: Omit<ChoicesProps, 'base'>) {
  const { t } = useI18n();
  return (
    <fieldset className="print-choices print-choices-inline">
      <legend>{t('print.centre.startDay')}</legend>
      {(['today', 'tomorrow'] as const).map((day) => (
        <label key={day} className="print-choice">
          <input
            type="radio"
            name="print-start-day"
            checked={choice.startDay === day}
            onChange={() => onChange({ ...choice, startDay: day })}
          />
          {t(`print.centre.${day}`)}
        </label>
      ))}
    </fieldset>
  );
}
