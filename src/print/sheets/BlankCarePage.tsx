import { useI18n } from '../../i18n/I18nProvider';
import { BlankTable, FormSection } from './blankParts';

const VITALS = [
  'when',
  'rr',
  'spo2',
  'o2',
  'bp',
  'pulse',
  'avpu',
  'temp',
  'news2',
  'pain',
  'initials',
] as const;
const VITALS_MM = [26, 14, 16, 20, 22, 14, 18, 14, 16, 14, 16];
const MEDS = ['when', 'drug', 'dose', 'route', 'prescriber', 'initials'] as const;
const MEDS_MM = [26, 62, 24, 18, 40, 20];
const NOTES = ['when', 'target', 'text'] as const;
const NOTES_MM = [26, 32, 132];

/** Page 2 of the blank sheet: vitals, doses given and notes, all by hand. */
export function BlankCarePage() {
  const { t } = useI18n();
  return (
    <>
      <FormSection title={t('print.sheets.vitals')}>
        <BlankTable
          columns={VITALS.map((column) => t(`print.vitals.columns.${column}`))}
          widths={VITALS_MM}
          rows={9}
          rowMm={7}
        />
      </FormSection>
      <FormSection title={t('print.blank.medsTitle')}>
        <BlankTable
          columns={MEDS.map((column) => t(`print.blank.meds.${column}`))}
          widths={MEDS_MM}
          rows={8}
          rowMm={7}
        />
      </FormSection>
      <FormSection title={t('print.sheets.notes')}>
        <BlankTable
          columns={NOTES.map((column) => t(`print.notes.columns.${column}`))}
          widths={NOTES_MM}
          rows={8}
          rowMm={7.5}
        />
      </FormSection>
    </>
  );
}
