import { useState } from 'react';
import type { WriteFailure } from '../../domain/failure';
import { MAX_RESERVED_TEMP_IDS } from '../../domain/tempIdReservation';
import { useI18n } from '../../i18n/I18nProvider';
import { FailureNotice } from '../../ui/FailureNotice';
import { Notice } from '../../ui/Notice';
import { tryReserveTempIds } from './hooks';

interface BlankSheetsProps {
  tempIds: readonly string[];
  onReserved: (tempIds: string[]) => void;
}

/**
 * How many blank admission sheets, and the allocation of their temporary identifiers: they
 * are written to the log first, so the sheets only show once the identifiers are kept.
 */
export function BlankSheetsChoice({ tempIds, onReserved }: BlankSheetsProps) {
  const { t } = useI18n();
  const [count, setCount] = useState(1);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<WriteFailure | null>(null);

  async function onReserve() {
    setBusy(true);
    setFailure(null);
    const result = await tryReserveTempIds(count);
    setBusy(false);
    if (result.ok) onReserved(result.value);
    else setFailure(result.failure);
  }

  return (
    <div className="panel print-blank">
      <div className="field">
        <label htmlFor="print-blank-count">{t('print.centre.blankCount')}</label>
        <input
          id="print-blank-count"
          className="input-short"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_RESERVED_TEMP_IDS}
          value={count}
          onChange={(event) =>
            setCount(Math.min(MAX_RESERVED_TEMP_IDS, Math.max(1, Number(event.target.value) || 1)))
          }
        />
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => void onReserve()}
      >
        {busy ? t('print.centre.reserving') : t('print.centre.reserve')}
      </button>
      {failure && <FailureNotice failure={failure} />}
      {tempIds.length > 0 ? (
        <Notice tone="success">{t('print.centre.reserved', { ids: tempIds.join(', ') })}</Notice>
      ) : (
        <p>{t('print.centre.reserveFirst')}</p>
      )}
    </div>
  );
}
