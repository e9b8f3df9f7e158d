import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { PURGE_STEPS, PURGED_ROUTE } from './hooks';

/** Read once: the counts and failed steps a purge left in the address (see tryPurge). */
function readPurged() {
  if (!location.hash.startsWith(PURGED_ROUTE)) return null;
  const [counts = '', failed = ''] = location.hash.slice(PURGED_ROUTE.length).split('/');
  const [patients = 0, entries = 0, drafts = 0, devices = 0, training = 0] = counts
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0);
  const steps = PURGE_STEPS.filter((step) => failed.split(',').includes(step));
  return { patients, entries, drafts, devices, training: training === 1, failed: steps };
}

/** On the first run after a purge: what was deleted from this tablet, and what was not. */
export function PurgedNotice() {
  const { t } = useI18n();
  const purged = readPurged();
  if (!purged) return null;
  const what = [
    t('purge.patients', { count: purged.patients }),
    t('purge.entries', { count: purged.entries }),
    t('purge.drafts', { count: purged.drafts }),
    t('purge.devices', { count: purged.devices }),
    t('purge.key'),
    ...(purged.training ? [t('purge.training')] : []),
    t('purge.settings'),
  ].join(', ');
  return (
    <div className="screen screen-narrow" data-testid="purged-notice">
      <Notice tone={purged.failed.length > 0 ? 'error' : 'success'}>
        <p>{t('purge.purged', { what })}</p>
        {purged.failed.length > 0 && (
          <p>
            {t('purge.purgedPartly', {
              failed: purged.failed.map((step) => t(`purge.steps.${step}`)).join(', '),
            })}
          </p>
        )}
        <p>{t('purge.purgedNext')}</p>
      </Notice>
    </div>
  );
}
