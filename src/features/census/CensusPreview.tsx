import type { PlanKind } from '../../domain/census/plan';
import { useI18n } from '../../i18n/I18nProvider';
import { entryDetails, kindText, patientText, skippedText } from './censusText';
import type { CensusPreview as Preview } from './hooks';

const KINDS: readonly PlanKind[] = ['create', 'update', 'unchanged', 'conflict', 'invalid'];

interface CensusPreviewProps {
  preview: Preview;
  saving: boolean;
  onCommit: () => void;
  onCancel: () => void;
}

/** What the import would do, before anything is written: counts, then every record. */
export function CensusPreview({ preview, saving, onCommit, onCancel }: CensusPreviewProps) {
  const { t } = useI18n();
  const { plan } = preview;
  const toWrite = plan.counts.create + plan.counts.update;
  const left = plan.counts.conflict + plan.counts.invalid;
  const skipped = skippedText(t, plan.skipped);
  return (
    <section aria-labelledby="census-preview-title" data-testid="census-preview">
      <h3 id="census-preview-title">
        {t('census.previewTitle')} — {preview.fileName}
      </h3>
      <dl className="facts" data-testid="census-counts">
        {KINDS.map((kind) => (
          <div key={kind} data-kind={kind}>
            <dt>{t(`census.counts.${kind}`)}</dt>
            <dd>{plan.counts[kind]}</dd>
          </div>
        ))}
      </dl>
      {skipped && (
        <p data-testid="census-skipped">{t('censusGaps.skippedTitle', { what: skipped })}</p>
      )}
      {/* Long rows (a FHIR file's notes) scroll sideways: focusable, so a keyboard can. */}
      <div
        className="table-scroll"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={t('census.table.caption')}
      >
        <table className="data-table" data-testid="census-rows">
          <caption>{t('census.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('census.table.line')}</th>
              <th scope="col">{t('census.table.patient')}</th>
              <th scope="col">{t('census.table.bed')}</th>
              <th scope="col">{t('census.table.action')}</th>
              <th scope="col">{t('census.table.details')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.entries.map((entry, index) => (
              <tr key={index} data-kind={entry.kind}>
                <td>{entry.source.line ?? entry.source.ref ?? index + 1}</td>
                <td>{patientText(entry.identity)}</td>
                <td>{entry.bedLabel ?? ''}</td>
                <td>{kindText(t, entry)}</td>
                <td>
                  {entryDetails(t, entry).map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {left > 0 && <p>{t('census.notImported', { count: left })}</p>}
      {toWrite === 0 && <p>{t('census.nothingToImport')}</p>}
      <div className="action-bar">
        <button
          type="button"
          className="button-primary"
          disabled={toWrite === 0 || saving}
          onClick={onCommit}
        >
          {saving ? t('census.saving') : t('census.submit', { count: toWrite })}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={saving}>
          {t('census.cancel')}
        </button>
      </div>
    </section>
  );
}
