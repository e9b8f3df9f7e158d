import type { PrnCheck } from '../../domain/schedule';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { TextField } from '../../ui/TextField';

interface PrnNoticeProps {
  check: PrnCheck;
  override: boolean;
  onOverride: (override: boolean) => void;
  reason: string;
  onReason: (reason: string) => void;
  error: string | undefined;
}

/**
 * The 24 h count of an as-needed drug; past the maximum the dose is refused unless the
 * nurse overrides it, with a reason (a physician's order by phone, say).
 */
export function PrnNotice({
  check,
  override,
  onOverride,
  reason,
  onReason,
  error,
}: PrnNoticeProps) {
  const { t, formatDateTime } = useI18n();
  const count = { given: check.givenInLast24h, max: check.maxDosesPer24h };
  if (check.allowed) {
    return <p className="prn-count">{t('charting.mar.prnCount', count)}</p>;
  }
  return (
    <div className="prn-limit" role="alert">
      <p>
        <strong>⚠ {t('charting.give.limitReached', count)}</strong>{' '}
        {check.nextAllowedAt &&
          t('charting.give.nextAllowed', { time: formatDateTime(check.nextAllowedAt) })}
      </p>
      <ChoiceField legend={t('charting.give.overrideTitle')} error={override ? undefined : error}>
        <Choice
          type="checkbox"
          name="override"
          label={t('charting.give.override')}
          checked={override}
          onChange={onOverride}
        />
      </ChoiceField>
      {override && (
        <TextField
          label={t('charting.give.overrideReason')}
          error={error}
          value={reason}
          onValue={onReason}
        />
      )}
    </div>
  );
}
