import { useI18n } from '../../i18n/I18nProvider';
import { useDataUpTo, useHubExchangedAt, useHubSettings } from './hooks';

/**
 * On the board: how far the ward goes on this tablet (the latest entry it holds, as the
 * printed sheets say it) and, with a hub on, when this tablet last exchanged with it. A
 * nurse sees at once whether what she reads may be behind the other tablets.
 */
export function DataUpTo() {
  const { t, formatDateTime } = useI18n();
  const upTo = useDataUpTo();
  const hub = useHubSettings();
  const exchangedAt = useHubExchangedAt();
  if (upTo === undefined) return null;
  const parts = [
    upTo ? t('hubJoin.dataUpTo', { upTo: formatDateTime(upTo) }) : t('hubJoin.noData'),
  ];
  if (hub?.enabled)
    parts.push(
      exchangedAt
        ? t('hubJoin.hubExchange', { at: formatDateTime(exchangedAt) })
        : t('hubJoin.hubNever'),
    );
  return (
    <p className="data-up-to" data-testid="data-up-to">
      {parts.join(' · ')}
    </p>
  );
}
