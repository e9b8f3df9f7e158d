import { WARD_TIME_ZONES, type WardTimeZone } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { LOCALES } from '../../i18n/translate';
import { Field } from '../../ui/Field';
import { useNow } from '../../ui/useNow';
import { useWardSettings } from './hooks';
import { SettingSave, useSettingChoice } from './SettingChoice';
import { isOneOf } from '../../domain/oneOf';

const isWardZone = (zone: string): zone is WardTimeZone => isOneOf(WARD_TIME_ZONES, zone);

/** The ward's time zone (a ward setting, in its log): its day, dose times, shown times. */
export function WardTimeZoneForm() {
  const { t, language } = useI18n();
  const stored = useWardSettings()?.timeZone;
  const choice = useSettingChoice<WardTimeZone>(
    stored && isWardZone(stored) ? stored : undefined,
    (timeZone) => ({ timeZone }),
  );
  const now = useNow();
  const zone = choice.value;
  const zoneName = zone ? t(`wardTime.zones.${zone}`) : '';
  // The time in the zone picked, before saving: the nurse sees what the choice means.
  const clock = (options: Intl.DateTimeFormatOptions) =>
    zone
      ? new Intl.DateTimeFormat(LOCALES[language], { timeZone: zone, ...options }).format(
          new Date(now),
        )
      : '';

  return (
    <form onSubmit={(event) => void choice.onSubmit(event)} noValidate autoComplete="off">
      <Field label={t('wardTime.legend')} hint={t('wardTime.hint')}>
        {(props) => (
          <select
            {...props}
            value={zone ?? ''}
            onChange={(event) => {
              if (isWardZone(event.target.value)) choice.pick(event.target.value);
            }}
          >
            {WARD_TIME_ZONES.map((option) => (
              <option key={option} value={option}>
                {t(`wardTime.zones.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {zone && (
        <p className="field-hint" data-testid="ward-zone-now">
          {t('wardTime.now', {
            time: clock({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
            date: clock({ day: '2-digit', month: '2-digit', year: 'numeric' }),
          })}
        </p>
      )}
      <SettingSave
        choice={choice}
        saved={t('wardTime.saved', { zone: zoneName })}
        unchanged={t('wardTime.unchanged', { zone: zoneName })}
        label={t('wardTime.save')}
      />
    </form>
  );
}
