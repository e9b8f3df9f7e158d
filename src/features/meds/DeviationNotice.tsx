import { deviationKinds, type Deviation } from '../../domain/doseDeviation';
import type { MarAdministration } from '../../domain/mar';
import { useI18n } from '../../i18n/I18nProvider';
import { useAmountText } from './MedLine';
import { SafetyConfirm } from './SafetyConfirm';
import { withReason } from '../../domain/reasonText';

/** A duration in minutes, in words: "45 min", "7 h", "1 h 30". */
export function useDurationText() {
  const { t } = useI18n();
  return (total: number): string => {
    const minutes = Math.abs(Math.round(total));
    const hours = Math.floor(minutes / 60);
    const rest = String(minutes % 60).padStart(2, '0');
    if (hours === 0) return t('medSafety.duration.minutes', { minutes });
    if (rest === '00') return t('medSafety.duration.hours', { hours });
    return t('medSafety.duration.hoursMinutes', { hours, minutes: rest });
  };
}

interface DeviationNoticeProps {
  deviation: Deviation;
  /** The slot, for the sentence on time. */
  dueAt: string | null;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  reason: string;
  onReason: (reason: string) => void;
  error: string | undefined;
}

/** A dose or a time that departs from the prescription: said, then confirmed with a reason. */
export function DeviationNotice({ deviation, dueAt, ...rest }: DeviationNoticeProps) {
  const { t, formatTime } = useI18n();
  const amount = useAmountText();
  const duration = useDurationText();
  if (deviationKinds(deviation).length === 0) return null;
  const lines: string[] = [];
  if (deviation.dose)
    lines.push(
      t('medSafety.deviation.dose', {
        given: amount(deviation.dose.given),
        prescribed: amount(deviation.dose.prescribed),
      }),
    );
  if (deviation.timing && dueAt)
    lines.push(
      t(`medSafety.deviation.${deviation.timing.minutes < 0 ? 'early' : 'late'}`, {
        duration: duration(deviation.timing.minutes),
        due: formatTime(dueAt),
        window: duration(deviation.timing.window),
      }),
    );
  return (
    <SafetyConfirm
      name="deviation"
      title={t('medSafety.deviation.title')}
      lines={lines}
      checkLabel={t('medSafety.deviation.confirm')}
      reasonLabel={t('medSafety.deviation.reason')}
      {...rest}
    />
  );
}

/** On the MAR: "⚠ ÉCART : dose 10 g (prescrit 1 g), 7 h en avance — motif : …". */
export function DeviationMark({
  deviation,
  record,
}: {
  deviation: Deviation;
  record: MarAdministration;
}) {
  const { t } = useI18n();
  const amount = useAmountText();
  const duration = useDurationText();
  const parts: string[] = [];
  if (deviation.dose)
    parts.push(
      t('medSafety.deviation.marDose', {
        given: amount(deviation.dose.given),
        prescribed: amount(deviation.dose.prescribed),
      }),
    );
  if (deviation.timing)
    parts.push(
      t(`medSafety.deviation.${deviation.timing.minutes < 0 ? 'marEarly' : 'marLate'}`, {
        duration: duration(deviation.timing.minutes),
      }),
    );
  if (parts.length === 0) return null;
  const reason = record.deviation?.reason;
  return (
    <span className="slot-deviation">
      {withReason(
        t('medSafety.deviation.mar', { what: parts.join(', ') }),
        reason && t('medSafety.deviation.marReason', { reason }),
      )}
    </span>
  );
}
