import { useState } from 'react';
import type { PatientId } from '../../domain/ids';
import type { Progress, WorkLine } from '../../domain/reconcile';
import { useI18n } from '../../i18n/I18nProvider';
import { tryMarkReentered, tryUnmarkReentered } from './hooks';

interface ReconcileTableProps {
  patient: { id: PatientId; name: string };
  progress: Progress;
  lines: readonly WorkLine[];
  onOutcome: (ok: boolean) => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** One patient's lines: kind, entries, period, status and the tick. */
export function ReconcileTable({ patient, progress, lines, onOutcome }: ReconcileTableProps) {
  const { t, formatDateTime } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<{ ok: boolean }>) => {
    setBusy(true);
    onOutcome((await write()).ok);
    setBusy(false);
  };
  const headingId = `reconcile-${patient.id}`;
  const state = (line: WorkLine) => {
    if (!line.tick) return t('reconcile.toDo');
    const at = formatDateTime(line.tick.recordedAt);
    return line.done
      ? t('reconcile.done', { at, name: line.tick.by.name })
      : t('reconcile.newSince', { count: line.left, at });
  };
  return (
    <div className="reconcile-patient" data-testid="reconcile-patient">
      <h3 id={headingId}>
        {patient.name}{' '}
        <span className="reconcile-patient-progress">
          ({t('reconcile.patientProgress', { done: progress.done, count: progress.total })})
        </span>
      </h3>
      <div className="table-scroll">
        <table className="data-table reconcile-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('reconcile.columns.kind')}</th>
              <th scope="col">{t('reconcile.columns.count')}</th>
              <th scope="col">{t('reconcile.columns.period')}</th>
              <th scope="col">{t('reconcile.columns.state')}</th>
              <th scope="col" className="no-print">
                {t('reconcile.columns.action')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const kind = t(`reconcile.kinds.${line.kind}`);
              return (
                <tr key={line.kind} data-done={line.done}>
                  <th scope="row">{kind}</th>
                  <td>{t('reconcile.count', { count: line.total })}</td>
                  <td>
                    {t('reconcile.period', {
                      from: formatDateTime(iso(line.firstAtMs)),
                      to: formatDateTime(iso(line.lastAtMs)),
                    })}
                  </td>
                  <td className="reconcile-state">
                    <span aria-hidden="true">{line.done ? '☑ ' : '☐ '}</span>
                    {state(line)}
                  </td>
                  <td className="no-print">
                    {!line.done && (
                      <button
                        type="button"
                        className="button-primary"
                        disabled={busy}
                        aria-label={t('reconcile.markLabel', { kind, patient: patient.name })}
                        onClick={() =>
                          void run(() =>
                            tryMarkReentered(line.patientId, line.kind, line.lastEnteredMs),
                          )
                        }
                      >
                        {t('reconcile.mark')}
                      </button>
                    )}
                    {line.tick && (
                      <button
                        type="button"
                        className="button-secondary"
                        disabled={busy}
                        aria-label={t('reconcile.unmarkLabel', { kind, patient: patient.name })}
                        onClick={() => {
                          const tickId = line.tick?.id;
                          if (tickId)
                            void run(() => tryUnmarkReentered(tickId, t('reconcile.unmarkReason')));
                        }}
                      >
                        {t('reconcile.unmark')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
