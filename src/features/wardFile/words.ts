import { useI18n } from '../../i18n/I18nProvider';
import type { Delivery } from '../../ui/deliverFile';
import type { MergeReport, WardFileProblem } from './hooks';

/** The words for a ward file problem, a file made and handed over, and a merge report. */
export function useWardFileWords() {
  const { t } = useI18n();
  return {
    problem: (problem: WardFileProblem) => t(`wardFile.errors.${problem}`),
    made: (how: Delivery, name: string, count: number) =>
      t(how === 'shared' ? 'wardFile.make.shared' : 'wardFile.make.saved', { name, count }),
    report: (report: MergeReport) =>
      t('wardFile.import.done', {
        added: t('wardFile.report.added', { count: report.added }),
        patients: t('wardFile.report.patients', { count: report.newPatients }),
        present: t('wardFile.report.present', { count: report.alreadyPresent }),
      }),
  };
}
