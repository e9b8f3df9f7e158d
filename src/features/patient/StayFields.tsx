import type { Bed } from '../../domain/beds';
import { useI18n } from '../../i18n/I18nProvider';
import { DateTimeField } from '../../ui/DateTimeField';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import type { SectionProps } from './IdentityFields';
import { useTypedNow } from '../../ui/wardTime';

interface StayFieldsProps extends SectionProps {
  /** The beds that can be chosen (free and available); none when editing the header. */
  beds: Bed[] | null;
}

/** When, where, why and under whom: the stay. */
export function StayFields({ values, onChange, error, beds }: StayFieldsProps) {
  const { t } = useI18n();
  const typedNow = useTypedNow();
  const required = (text: string) => `${text} ${t('patients.form.requiredMark')}`;
  return (
    <fieldset>
      <legend>{t('patients.form.staySection')}</legend>
      <div className="form-grid">
        {beds && (
          <>
            <DateTimeField
              legend={required(t('patients.form.admittedAt'))}
              error={error('admittedAt')}
              value={values.admittedAt}
              onChange={(admittedAt) => onChange({ admittedAt })}
              onNow={() => onChange({ admittedAt: typedNow() })}
            />
            <Field label={t('patients.form.bed')} error={error('bedId')}>
              {(props) => (
                <select
                  {...props}
                  value={values.bedId}
                  onChange={(e) => onChange({ bedId: e.target.value })}
                >
                  <option value="">{t('patients.form.noBed')}</option>
                  {beds.map((bed) => (
                    <option key={bed.bedId} value={bed.bedId}>
                      {t('patients.board.bed', { label: bed.label })}
                      {bed.room ? ` — ${t('patients.board.room', { room: bed.room })}` : ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        <TextField
          label={required(t('patients.form.reason'))}
          error={error('reason')}
          value={values.reason}
          onValue={(reason) => onChange({ reason })}
        />
        <TextField
          label={required(t('patients.form.physician'))}
          error={error('physician')}
          value={values.physician}
          onValue={(physician) => onChange({ physician })}
        />
      </div>
    </fieldset>
  );
}
