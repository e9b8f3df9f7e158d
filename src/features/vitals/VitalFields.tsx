import { useId, type ReactNode } from 'react';
import { CONSCIOUSNESS_LEVELS } from '../../domain/news2';
import {
  GLUCOSE_ENTRY_UNITS,
  mmolToGramsPerLitre,
  OXYGEN_DEVICES,
  VITALS_LIMITS,
  type GlucoseEntryUnit,
  type NumericVital,
} from '../../domain/vitals';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { Field } from '../../ui/Field';
import type { FieldProblem, VitalsValues } from './vitalsValues';

interface VitalInputProps {
  field: NumericVital;
  value: string;
  onValue: (value: string) => void;
  problem: FieldProblem | undefined;
  /** A problem the write reported (schema), in words. */
  error: string | undefined;
  /** Overrides the unit shown (glucose typed in g/L). */
  unit?: string;
  hint?: string;
}

/** One measurement on the numeric keypad; an impossible value is an error, an unusual one a warning. */
export function VitalInput({ field, value, onValue, problem, error, unit, hint }: VitalInputProps) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const limits = VITALS_LIMITS[field];
  const shownUnit = unit ?? limits.unit;
  // Glucose typed in g/L: its limits are said in g/L too.
  const inUnit = (value: number) => (unit === 'g/L' ? mmolToGramsPerLitre(value) : value);
  const message =
    problem === 'unusual'
      ? undefined
      : problem === 'impossible'
        ? t('charting.vitals.impossible', {
            min: formatNumber(inUnit(limits.possible[0])),
            max: formatNumber(inUnit(limits.possible[1])),
            unit: shownUnit,
          })
        : problem
          ? t(`charting.vitals.${problem}`)
          : error;
  const warningId = `${id}-warning`;
  return (
    <div className={`vital-input${problem === 'unusual' ? ' vital-unusual' : ''}`}>
      <Field
        label={`${t(`charting.vitals.fields.${field}`)} (${shownUnit})`}
        hint={hint}
        error={message}
      >
        {(props) => (
          <input
            {...props}
            aria-describedby={
              [props['aria-describedby'], problem === 'unusual' ? warningId : undefined]
                .filter(Boolean)
                .join(' ') || undefined
            }
            className="input-vital"
            inputMode={limits.decimals > 0 || unit ? 'decimal' : 'numeric'}
            enterKeyHint="next"
            autoComplete="off"
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        )}
      </Field>
      {problem === 'unusual' && (
        <p id={warningId} className="field-warning">
          ⚠ {t('charting.vitals.unusual')}
        </p>
      )}
    </div>
  );
}

type SetValues = (patch: Partial<VitalsValues>) => void;

/** Air or oxygen; on oxygen, the device, the flow and the FiO2. */
export function OxygenFields({
  values,
  set,
  input,
  error,
}: {
  values: VitalsValues;
  set: SetValues;
  input: (field: 'oxygenFlow' | 'oxygenPercent') => ReactNode;
  error: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <ChoiceField legend={t('charting.vitals.oxygen')} error={error('payload.onOxygen')} inline>
        {(['air', 'oxygen'] as const).map((choice) => (
          <Choice
            key={choice}
            type="radio"
            name="oxygen"
            label={t(`charting.vitals.oxygenChoices.${choice}`)}
            checked={values.oxygen === choice}
            onChange={() => set({ oxygen: choice })}
          />
        ))}
      </ChoiceField>
      {values.oxygen === 'oxygen' && (
        <div className="form-grid">
          <Field label={t('charting.vitals.device')} error={error('payload.oxygenDevice')}>
            {(props) => (
              <select
                {...props}
                value={values.oxygenDevice}
                onChange={(e) =>
                  set({ oxygenDevice: e.target.value as VitalsValues['oxygenDevice'] })
                }
              >
                <option value="">{t('patients.form.choose')}</option>
                {OXYGEN_DEVICES.map((device) => (
                  <option key={device} value={device}>
                    {t(`charting.vitals.devices.${device}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {input('oxygenFlow')}
          {input('oxygenPercent')}
        </div>
      )}
    </>
  );
}

/** ACVPU, one tap: A is alert, anything else scores 3. */
export function ConsciousnessField({
  value,
  set,
  error,
}: {
  value: VitalsValues['consciousness'];
  set: SetValues;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <ChoiceField legend={t('charting.vitals.consciousness')} error={error} inline>
      {CONSCIOUSNESS_LEVELS.map((level) => (
        <Choice
          key={level}
          type="radio"
          name="consciousness"
          label={t(`charting.vitals.levels.${level}`)}
          checked={value === level}
          onChange={() => set({ consciousness: level })}
        />
      ))}
    </ChoiceField>
  );
}

/** The glycaemia field (children) and the unit it is typed in. */
export function GlucoseUnitField({
  unit,
  onUnit,
  children,
}: {
  unit: GlucoseEntryUnit;
  onUnit: (unit: GlucoseEntryUnit) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div>
      {children}
      <ChoiceField legend={t('charting.vitals.glucoseUnit')} inline>
        {GLUCOSE_ENTRY_UNITS.map((choice) => (
          <Choice
            key={choice}
            type="radio"
            name="glucose-unit"
            label={choice}
            checked={unit === choice}
            onChange={() => onUnit(choice)}
          />
        ))}
      </ChoiceField>
    </div>
  );
}
