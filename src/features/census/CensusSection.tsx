import { useId, useRef } from 'react';
import { CENSUS_TEMPLATE_CSV, CENSUS_TEMPLATE_FILE_NAME } from '../../domain/census/template';
import { useI18n } from '../../i18n/I18nProvider';
import { FailureNotice } from '../../ui/FailureNotice';
import { Notice } from '../../ui/Notice';
import { CensusPreview } from './CensusPreview';
import { fileErrorText } from './censusText';
import { useCensusImport } from './hooks';

/** Offers the template as a file (the tablet has no network: it is made here). */
function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([CENSUS_TEMPLATE_CSV], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = CENSUS_TEMPLATE_FILE_NAME;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The Data screen's census import: template, file, preview, then the import itself. */
export function CensusSection() {
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { state, choose, commit, cancel } = useCensusImport((file) => ({
    updateReason: t('census.updateReason', { file }),
    noStay: { reason: t('censusGaps.noStayReason'), physician: t('censusGaps.noStayPhysician') },
  }));
  const reset = () => {
    if (input.current) input.current.value = '';
    cancel();
  };
  const preview =
    state.step === 'preview' || state.step === 'saving' || state.step === 'failed'
      ? state
      : undefined;
  return (
    <section aria-labelledby="census-title" className="panel" data-testid="census-section">
      <h2 id="census-title">{t('census.title')}</h2>
      <p>{t('census.intro')}</p>
      <p>
        <button type="button" className="button-secondary" onClick={downloadTemplate}>
          {t('census.template')}
        </button>{' '}
        {t('census.templateHint')}
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('census.file')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,.json,text/csv,application/json,application/fhir+json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) choose(file);
          }}
        />
      </div>
      {state.step === 'reading' && <Notice tone="info">{t('census.reading')}</Notice>}
      {state.step === 'fileError' && (
        <Notice tone="error">{fileErrorText(t, state.code, state.detail)}</Notice>
      )}
      {state.step === 'done' && (
        <Notice tone="success">
          {t('census.done', { created: state.result.created, updated: state.result.updated })}
        </Notice>
      )}
      {preview?.stale && <Notice tone="error">{t('census.stale')}</Notice>}
      {state.step === 'failed' && <FailureNotice failure={state.failure} />}
      {preview && (
        <CensusPreview
          preview={preview}
          saving={state.step === 'saving'}
          onCommit={commit}
          onCancel={reset}
        />
      )}
    </section>
  );
}
