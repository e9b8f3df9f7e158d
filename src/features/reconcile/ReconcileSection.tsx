import { useState } from 'react';
import {
  filterLines,
  RECONCILE_KINDS,
  type LineFilter,
  type ReconcileKind,
  type StatusFilter,
} from '../../domain/reconcile';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { ReconcileTable } from './ReconcileTable';
import { useReconcile } from './hooks';
import './reconcile.css';

const STATUSES: readonly StatusFilter[] = ['left', 'done', 'all'];

/** Data screen: what was recorded during the outage, ticked off as it is re-entered. */
export function ReconcileSection() {
  const { t } = useI18n();
  const view = useReconcile();
  const [filter, setFilter] = useState<LineFilter>({ status: 'left', patientId: null, kind: null });
  const [failed, setFailed] = useState(false);
  if (!view) return null;
  const { worklist, patients } = view;
  const lines = filterLines(worklist.lines, filter);
  const shown = patients.filter((p) => lines.some((line) => line.patientId === p.id));
  return (
    <section aria-labelledby="reconcile-title" className="panel reconcile">
      <h2 id="reconcile-title">{t('reconcile.title')}</h2>
      <p className="no-print">{t('reconcile.intro')}</p>
      <p id="reconcile-progress" data-testid="reconcile-progress">
        {t('reconcile.progress', { done: worklist.ward.done, count: worklist.ward.total })}
      </p>
      <progress
        aria-labelledby="reconcile-progress"
        value={worklist.ward.done}
        max={Math.max(worklist.ward.total, 1)}
      />
      {worklist.lines.length === 0 ? (
        <p>{t('reconcile.none')}</p>
      ) : (
        <>
          <fieldset className="reconcile-filters no-print">
            <legend>{t('reconcile.filters')}</legend>
            <Field label={t('reconcile.show')}>
              {(props) => (
                <select
                  {...props}
                  value={filter.status}
                  onChange={(e) =>
                    setFilter({
                      ...filter,
                      status: STATUSES.find((s) => s === e.target.value) ?? 'all',
                    })
                  }
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`reconcile.status.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('reconcile.patient')}>
              {(props) => (
                <select
                  {...props}
                  value={filter.patientId ?? ''}
                  onChange={(e) =>
                    setFilter({
                      ...filter,
                      patientId: patients.find((p) => p.id === e.target.value)?.id ?? null,
                    })
                  }
                >
                  <option value="">{t('reconcile.allPatients')}</option>
                  {patients.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('reconcile.kind')}>
              {(props) => (
                <select
                  {...props}
                  value={filter.kind ?? ''}
                  onChange={(e) =>
                    setFilter({
                      ...filter,
                      kind: RECONCILE_KINDS.find((k) => k === e.target.value) ?? null,
                    })
                  }
                >
                  <option value="">{t('reconcile.allKinds')}</option>
                  {RECONCILE_KINDS.map((k: ReconcileKind) => (
                    <option key={k} value={k}>
                      {t(`reconcile.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
          <button
            type="button"
            className="button-secondary no-print"
            onClick={() => window.print()}
          >
            {t('reconcile.print')}
          </button>
          {failed && <Notice tone="error">{t('reconcile.failed')}</Notice>}
          {shown.length === 0 && <p>{t('reconcile.noneFiltered')}</p>}
          {shown.map((patient) => (
            <ReconcileTable
              key={patient.id}
              patient={patient}
              progress={worklist.byPatient.get(patient.id) ?? { done: 0, total: 0 }}
              lines={lines.filter((line) => line.patientId === patient.id)}
              onOutcome={(ok) => setFailed(!ok)}
            />
          ))}
        </>
      )}
    </section>
  );
}
