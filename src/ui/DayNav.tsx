import { useI18n } from '../i18n/I18nProvider';

interface DayNavProps {
  /** Days from today: 0 is today, -1 yesterday. */
  offset: number;
  onChange: (offset: number) => void;
  label: string;
}

/** Previous day, today, next day: the charts of one ward day at a time. */
export function DayNav({ offset, onChange, label }: DayNavProps) {
  const { t } = useI18n();
  return (
    <div className="action-bar day-nav" role="group" aria-label={label}>
      <button type="button" className="button-secondary" onClick={() => onChange(offset - 1)}>
        ← {t('charting.mar.previous')}
      </button>
      <button
        type="button"
        className="button-secondary"
        aria-pressed={offset === 0}
        onClick={() => onChange(0)}
      >
        {t('charting.mar.today')}
      </button>
      <button type="button" className="button-secondary" onClick={() => onChange(offset + 1)}>
        {t('charting.mar.next')} →
      </button>
    </div>
  );
}
