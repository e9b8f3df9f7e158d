import { useI18n } from '../../i18n/I18nProvider';
import type { JoinProblem, JoinReport } from './hooks';

/** The words of a join's report and of a refusal (numbers as the language writes them). */
export function useJoinWords() {
  const { t, formatNumber } = useI18n();
  const counted = (key: Parameters<typeof t>[0], count: number) =>
    t(key, { count, n: formatNumber(count) });
  return {
    report: (report: JoinReport) =>
      report.added === 0
        ? t('joinWards.join.nothingNew')
        : t('joinWards.join.done', {
            entries: counted('joinWards.join.entries', report.added),
            name: report.otherWardName ?? t('joinWards.join.unnamed'),
            patients: counted('joinWards.join.patients', report.patients),
            beds: counted('joinWards.join.beds', report.sharedBeds),
            people: counted('joinWards.join.people', report.possibleDuplicates),
          }),
    problem: (problem: JoinProblem) =>
      problem.source === 'join'
        ? counted(`joinWards.errors.${problem.code}`, problem.missing)
        : t(`wardFile.errors.${problem.code}`),
  };
}
