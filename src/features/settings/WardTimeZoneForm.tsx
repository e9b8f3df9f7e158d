import { useState, type FormEvent } from 'react';
import { WARD_TIME_ZONES, type WardTimeZone } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { LOCALES } from '../../i18n/translate';
import { Field } from '../../ui/Field';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { useNow } from '../../ui/useNow';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryChangeWardSettings, useWardSettings } from './hooks';

const isWardZone = (zone: string): zone is WardTimeZone =>
  (WARD_TIME_ZONES as readonly string[]).includes(zone);

/** The ward's time zone (a ward setting, in its log): its day, dose times, shown times. */
export function WardTimeZoneForm() {
  const { t, language } = useI18n();
  const settings = useWardSettings();
  const form = useWriteForm();
  const now = useNow();
  // What the nurse picked; until then the ward's zone, live.
  const [picked, setPicked] = useState<WardTimeZone | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const stored = settings?.timeZone;
  const zone = picked ?? (stored && isWardZone(stored) ? stored : undefined);
  const zoneName = zone ? t(`wardTime.zones.${zone}`) : '';
  // The time in the zone picked, before saving: the nurse sees what the choice means.
  const clock = (options: Intl.DateTimeFormatOptions) =>
    zone
      ? new Intl.DateTimeFormat(LOCALES[language], { timeZone: zone, ...options }).format(
          new Date(now),
        )
      : '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!zone) return;
    const written = await form.submit(() => tryChangeWardSettings({ timeZone: zone }));
    setUnchanged(written === false);
    if (written !== undefined) setPicked(null);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate autoComplete="off">
      <Field label={t('wardTime.legend')} hint={t('wardTime.hint')}>
        {(props) => (
          <select
            {...props}
            value={zone ?? ''}
            onChange={(event) => {
              if (isWardZone(event.target.value)) setPicked(event.target.value);
              form.reset();
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
      {unchanged && form.status.state === 'saved' ? (
        <Notice tone="info">{t('wardTime.unchanged', { zone: zoneName })}</Notice>
      ) : (
        <FormStatusNotice status={form.status} saved={t('wardTime.saved', { zone: zoneName })} />
      )}
      <button
        type="submit"
        className="button-secondary"
        disabled={!zone || form.status.state === 'saving'}
      >
        {t('wardTime.save')}
      </button>
    </form>
  );
}
