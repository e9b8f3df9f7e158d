import { ROUTES, type DoseUnit, type Route } from '../../domain/medications';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { AmountFields } from '../../ui/AmountFields';

export interface DoseRouteValues {
  /** As typed: "1,5". */
  doseValue: string;
  doseUnit: DoseUnit | '';
  route: Route | '';
}

interface DoseRouteFieldsProps {
  values: DoseRouteValues;
  onChange: (patch: Partial<DoseRouteValues>) => void;
  /** The message of the first problem at a path ('payload.dose.value'...), or undefined. */
  error: (path: string) => string | undefined;
}

/** The dose (number and unit) and the route: on a prescription, and pre-filled on a dose given. */
export function DoseRouteFields({ values, onChange, error }: DoseRouteFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="inline-fields">
        <AmountFields
          labels={{ value: t('charting.meds.dose'), unit: t('charting.meds.unit') }}
          value={values.doseValue}
          unit={values.doseUnit}
          onValue={(doseValue) => onChange({ doseValue })}
          onUnit={(doseUnit) => onChange({ doseUnit })}
          errors={{ value: error('payload.dose.value'), unit: error('payload.dose.unit') }}
        />
      </div>
      <Field label={t('charting.meds.route')} error={error('payload.route')}>
        {(props) => (
          <select
            {...props}
            value={values.route}
            onChange={(e) => onChange({ route: e.target.value as Route })}
          >
            <option value="">{t('patients.form.choose')}</option>
            {ROUTES.map((route) => (
              <option key={route} value={route}>
                {t(`charting.meds.routes.${route}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
