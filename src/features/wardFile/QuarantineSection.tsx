import { useDeviceNames } from '../../hooks/devices';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceLabel } from '../../ui/deviceLabel';
import { useQuarantine, type QuarantineRow } from './hooks';

interface Group {
  key: string;
  row: QuarantineRow;
  count: number;
}

/** One line per import, source and reason: a bad file may bring many refused entries. */
function grouped(rows: readonly QuarantineRow[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const { fileName, deviceId, createdAt } = row.source;
    const key = JSON.stringify([fileName, deviceId, createdAt, row.quarantinedAt, row.reason]);
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { key, row, count: 1 });
  }
  return [...groups.values()];
}

const REASONS = ['tampered', 'shape', 'schema', 'newer', 'otherWard'] as const;
const KINDS = ['ward', 'backup', 'hub'] as const;

/** Settings: the entries ward files brought that were refused, never applied. */
export function QuarantineSection() {
  const { t, formatDateTime } = useI18n();
  const rows = useQuarantine();
  const names = useDeviceNames();
  const kind = (row: QuarantineRow) => KINDS.find((known) => known === row.source.kind) ?? 'other';
  if (rows === undefined) return null;
  return (
    <section aria-labelledby="quarantine-title" className="panel">
      <h2 id="quarantine-title">{t('wardFile.quarantine.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('wardFile.quarantine.none')}</p>
      ) : (
        <>
          <p>{t('wardFile.quarantine.intro')}</p>
          <div className="table-scroll">
            <table className="data-table" data-testid="quarantine">
              <thead>
                <tr>
                  <th scope="col">{t('wardFile.quarantine.columns.source')}</th>
                  <th scope="col">{t('wardFile.quarantine.columns.when')}</th>
                  <th scope="col">{t('wardFile.quarantine.columns.reason')}</th>
                  <th scope="col">{t('wardFile.quarantine.columns.count')}</th>
                </tr>
              </thead>
              <tbody>
                {grouped(rows).map(({ key, row, count }) => {
                  const reason = REASONS.find((known) => known === row.reason) ?? 'shape';
                  return (
                    <tr key={key}>
                      <td>
                        {t(`wardFileCarry.source.${kind(row)}`, {
                          file: row.source.fileName || t('wardFile.quarantine.unnamed'),
                          // The tablet's name in the ward, else "Tablette a3f9".
                          device: deviceLabel(t, names, row.source.deviceId),
                          made: formatDateTime(row.source.createdAt),
                        })}
                      </td>
                      <td>{formatDateTime(row.quarantinedAt)}</td>
                      <td>{t(`wardFile.quarantine.reasons.${reason}`)}</td>
                      <td>{count}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
