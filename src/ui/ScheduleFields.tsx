import type { ScheduleKind } from '../domain/schedule';
import { AmountFields } from './AmountFields';
import { useI18n } from '../i18n/I18nProvider';
import { Choice, ChoiceField } from './ChoiceField';
import { DateTimeField } from './DateTimeField';
import { NO_TIME, type ScheduleValues } from './scheduleValues';
import { TextField } from './TextField';
import { useTypedNow } from './wardTime';

interface ScheduleFieldsProps {
  values: ScheduleValues;
  onChange: (values: ScheduleValues) => void;
  kinds: readonly ScheduleKind[];
  /** The message of the first problem at a path under 'payload.schedule', or undefined. */
  error: (path: string) => string | undefined;
}

/** How often: fixed times of day, every N hours, once, or as needed; from when, until when. */
export function ScheduleFields({ values, onChange, kinds, error }: ScheduleFieldsProps) {
  const typedNow = useTypedNow();
  const { t } = useI18n();
  const set = (patch: Partial<ScheduleValues>) => onChange({ ...values, ...patch });
  const at = (path: string) => error(`payload.schedule${path ? `.${path}` : ''}`);
  return (
    <fieldset className="schedule-fields">
      <legend>{t('charting.schedule.title')}</legend>
      <ChoiceField legend={t('charting.schedule.kind')} error={at('') ?? at('kind')} inline>
        {kinds.map((kind) => (
          <Choice
            key={kind}
            type="radio"
            name="schedule-kind"
            label={t(`charting.schedule.kinds.${kind}`)}
            checked={values.kind === kind}
            onChange={() => set({ kind })}
          />
        ))}
      </ChoiceField>
      {values.kind === 'fixed-times' && (
        <TextField
          label={t('charting.schedule.times')}
          hint={t('charting.schedule.timesHint')}
          error={at('times') ?? at('times.0')}
          inputMode="numeric"
          value={values.times}
          onValue={(times) => set({ times })}
        />
      )}
      {values.kind === 'every-n-hours' && (
        <TextField
          label={t('charting.schedule.intervalHours')}
          hint={t('charting.schedule.intervalHint')}
          error={at('intervalHours')}
          inputMode="numeric"
          className="input-short"
          value={values.intervalHours}
          onValue={(intervalHours) => set({ intervalHours })}
        />
      )}
      {values.kind === 'prn' && (
        <div className="form-grid">
          <TextField
            label={t('charting.schedule.maxDoses')}
            error={at('maxDosesPer24h')}
            inputMode="numeric"
            className="input-short"
            value={values.maxDosesPer24h}
            onValue={(maxDosesPer24h) => set({ maxDosesPer24h })}
          />
          <AmountFields
            labels={{
              value: t('medSafety.prn.maxAmount'),
              unit: t('medSafety.prn.maxAmountUnit'),
              hint: t('medSafety.prn.maxAmountHint'),
            }}
            value={values.maxAmountValue}
            unit={values.maxAmountUnit}
            onValue={(maxAmountValue) => set({ maxAmountValue })}
            onUnit={(maxAmountUnit) => set({ maxAmountUnit })}
            errors={{
              value: at('maxAmountPer24h.value') ?? at('maxAmountPer24h'),
              unit: at('maxAmountPer24h.unit'),
            }}
          />
          <TextField
            label={t('medSafety.prn.minInterval')}
            hint={t('medSafety.prn.minIntervalHint')}
            error={at('minIntervalHours')}
            inputMode="decimal"
            className="input-short"
            value={values.minIntervalHours}
            onValue={(minIntervalHours) => set({ minIntervalHours })}
          />
          <TextField
            label={t('charting.schedule.indication')}
            hint={t('charting.schedule.indicationHint')}
            error={at('indication')}
            value={values.indication}
            onValue={(indication) => set({ indication })}
          />
        </div>
      )}
      <DateTimeField
        legend={
          values.kind === 'once' ? t('charting.schedule.onceAt') : t('charting.schedule.start')
        }
        error={at('start')}
        value={values.start}
        onChange={(start) => set({ start })}
        onNow={() => set({ start: typedNow() })}
      />
      {values.kind !== 'once' && (
        <DateTimeField
          legend={t('charting.schedule.end')}
          error={at('end')}
          value={values.end}
          onChange={(end) => set({ end })}
          onNow={() => set({ end: NO_TIME })}
          nowLabel={t('charting.schedule.noEnd')}
        />
      )}
    </fieldset>
  );
}
