import { DOSE_UNITS, ROUTES, type DoseUnit, type Route } from '../../domain/medications';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';

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
        <TextField
          label={t('charting.meds.dose')}
          error={error('payload.dose.value')}
          inputMode="decimal"
          className="input-short"
          value={values.doseValue}
          onValue={(doseValue) => onChange({ doseValue })}
        />
        <Field label={t('charting.meds.unit')} error={error('payload.dose.unit')}>
          {(props) => (
            <select
              {...props}
              value={values.doseUnit}
              onChange={(e) => onChange({ doseUnit: e.target.value as DoseUnit })}
            >
              <option value="">{t('patients.form.choose')}</option>
              {DOSE_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`charting.meds.units.${unit}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
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
