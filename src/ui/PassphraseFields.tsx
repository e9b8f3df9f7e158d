import { useI18n } from '../i18n/I18nProvider';
import { Field } from './Field';
import { NeutralUserName } from './NeutralUserName';

interface PassphraseFieldsProps {
  value: string;
  confirmation: string;
  onChange: (value: string, confirmation: string) => void;
  /** What is wrong with each field, in words, if anything. */
  errors: { value?: string | undefined; confirmation?: string | undefined };
  label: string;
}

/** A new passphrase typed twice, with the rule shown before it is broken. */
export function PassphraseFields({
  value,
  confirmation,
  onChange,
  errors,
  label,
}: PassphraseFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <NeutralUserName />
      <Field label={label} hint={t('lock.rule')} error={errors.value}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={value}
            onChange={(e) => onChange(e.target.value, confirmation)}
          />
        )}
      </Field>
      <Field label={t('lock.confirm')} error={errors.confirmation}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onChange={(e) => onChange(value, e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
