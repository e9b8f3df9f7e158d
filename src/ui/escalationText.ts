import type { EscalationMessage } from '../domain/escalation';
import { useI18n } from '../i18n/I18nProvider';

/** The escalation message in words, with the limitation of treatment when there is one. */
export function useEscalationText() {
  const { t } = useI18n();
  return ({ urgency, callMet, limitation }: EscalationMessage): string => {
    const code = urgency === 'emergency' && !callMet ? 'emergencyNoMet' : urgency;
    const message = t(`escalation.messages.${code}`);
    return limitation
      ? t('escalation.withLimitation', {
          message,
          limitation: t(`escalation.limitations.${limitation}`),
        })
      : message;
  };
}
