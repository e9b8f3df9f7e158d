import type { PrnCheck } from '../../domain/schedule';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { TextField } from '../../ui/TextField';
import { useWhenText } from '../../ui/whenText';
import { useAmountText } from './MedLine';

interface PrnNoticeProps {
  check: PrnCheck;
  /** The clock now: the next dose says its day when it is not today. */
  now: string;
  override: boolean;
  onOverride: (override: boolean) => void;
  reason: string;
  onReason: (reason: string) => void;
  error: string | undefined;
}

/** What the as-needed limits say of one more dose, in words: count, amount, interval. */
export function usePrnLines() {
  const { t } = useI18n();
  const amount = useAmountText();
  return (check: PrnCheck): string[] => {
    const max = check.maxAmountPer24h;
    const inUnit = (value: number) => (max ? amount({ ...max, value }) : '');
    return check.blocks.map((block) => {
      switch (block) {
        case 'limit-reached':
          return t('medSafety.prn.limitReached', {
            count: check.givenInLast24h,
            max: check.maxDosesPer24h,
          });
        case 'amount-reached':
          return t('medSafety.prn.amountReached', {
            given: inUnit(check.givenAmountInLast24h ?? 0),
            max: inUnit(max?.value ?? 0),
          });
        case 'too-soon':
          return t('medSafety.prn.tooSoon', { hours: check.minIntervalHours ?? 0 });
      }
    });
  };
}

/**
 * The 24 h count of an as-needed drug, its amount and interval; past a limit the dose is
 * refused unless the nurse overrides it, with a reason (a physician's order by phone, say).
 */
export function PrnNotice({
  check,
  now,
  override,
  onOverride,
  reason,
  onReason,
  error,
}: PrnNoticeProps) {
  const { t } = useI18n();
  const when = useWhenText();
  const lines = usePrnLines();
  const amount = useAmountText();
  const count = { count: check.givenInLast24h, max: check.maxDosesPer24h };
  // Not running at that time: the time field says so, there is nothing to override.
  if (check.reason === 'not-active') return null;
  if (check.allowed) {
    const max = check.maxAmountPer24h;
    return (
      <p className="prn-count">
        {t('charting.mar.prnCount', count)}
        {max &&
          ` ${t('medSafety.prn.amount', {
            given: amount({ ...max, value: check.givenAmountInLast24h ?? 0 }),
            max: amount(max),
          })}`}
      </p>
    );
  }
  return (
    <div className="prn-limit" role="alert">
      {lines(check).map((line) => (
        <p key={line}>
          <strong>⚠ {line}</strong>
        </p>
      ))}
      <p>
        {check.nextAllowedAt
          ? t('medSafety.prn.next', { when: when(check.nextAllowedAt, now) })
          : check.blocks.includes('amount-reached') && t('medSafety.prn.never')}
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
