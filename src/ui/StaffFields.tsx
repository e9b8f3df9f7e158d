import { ROLES, type Role } from '../domain/staff';
import type { ValidationCode } from '../domain/validation';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from './Field';

export interface StaffValues {
  name: string;
  initials: string;
  role: Role;
}
export const emptyStaff: StaffValues = { name: '', initials: '', role: 'nurse' };

interface StaffFieldsProps {
  values: StaffValues;
  onChange: (values: StaffValues) => void;
  /** The validation code of a field, if any, by its name. */
  errorOf: (field: keyof StaffValues) => ValidationCode | undefined;
}

/** Name, initials and role of a person who charts. */
export function StaffFields({ values, onChange, errorOf }: StaffFieldsProps) {
  const { t } = useI18n();
  const message = (field: keyof StaffValues) => {
    const code = errorOf(field);
    return code && t(`validation.${code}`);
  };
  return (
    <>
      <Field label={t('staff.name')} error={message('name')}>
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            value={values.name}
            onChange={(e) => onChange({ ...values, name: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('staff.initials')} hint={t('staff.initialsHint')} error={message('initials')}>
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={4}
            className="input-short"
            value={values.initials}
            onChange={(e) => onChange({ ...values, initials: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('staff.role')} error={message('role')}>
        {(props) => (
          <select
            {...props}
            value={values.role}
            onChange={(e) => onChange({ ...values, role: e.target.value as Role })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`staff.roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
