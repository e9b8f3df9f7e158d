import { useI18n } from '../../i18n/I18nProvider';
import type { MergeReport, WardFileProblem } from './hooks';

/** The words for a ward file problem, and for a merge report. */
export function useWardFileWords() {
  const { t } = useI18n();
  return {
    problem: (problem: WardFileProblem) => t(`wardFile.errors.${problem}`),
    report: (report: MergeReport) =>
      t('wardFile.import.done', {
        added: t('wardFile.report.added', { count: report.added }),
        patients: t('wardFile.report.patients', { count: report.newPatients }),
        present: t('wardFile.report.present', { count: report.alreadyPresent }),
      }),
  };
}
