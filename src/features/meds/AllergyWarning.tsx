import type { AllergyMatch } from '../../domain/allergyCheck';
import { useI18n } from '../../i18n/I18nProvider';
import { SafetyConfirm } from './SafetyConfirm';

interface AllergyWarningProps {
  drug: string;
  matches: readonly AllergyMatch[];
  checked: boolean;
  onCheck: (checked: boolean) => void;
  reason: string;
  onReason: (reason: string) => void;
  error: string | undefined;
}

/** The drug typed matches a recorded allergy: said as it is found, answered before saving. */
export function AllergyWarning({ drug, matches, ...rest }: AllergyWarningProps) {
  const { t } = useI18n();
  if (matches.length === 0) return null;
  const lines = matches.map(({ allergy, kind, drugClass }) =>
    t(`medSafety.allergy.${kind}`, {
      drug: drug.trim(),
      allergy: allergy.substance,
      severity: t(`patients.form.severities.${allergy.severity}`).toLocaleLowerCase(),
      className: drugClass ? t(`medSafety.allergy.classes.${drugClass}`) : '',
    }),
  );
  return (
    <SafetyConfirm
      name="allergy-override"
      title={t('medSafety.allergy.title')}
      lines={lines}
      checkLabel={t('medSafety.allergy.override')}
      reasonLabel={t('medSafety.allergy.reason')}
      {...rest}
    />
  );
}
