import { useEffect, useMemo, useState } from 'react';
import { localDate } from '../../domain/admission';
import { toIsoWithOffset } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { usePrintFormat } from '../../print/format';
import { addDays } from '../../print/models/windows';
import type { PrintSelection } from '../../print/models/pack';
import { isPatientSheet } from '../../print/types';
import { BlankSheetsChoice } from './BlankSheetsChoice';
import { usePrintBase, usePrintPack } from './hooks';
import { PatientChoices, SheetChoices, StartDayChoice } from './PrintChoices';
import type { OverflowingPage } from './overflow';
import { OverflowNotice } from './OverflowNotice';
import { PrintPreview } from './PrintPreview';
import { choiceHash, parseChoice, type CentreChoice } from './selection';
import './printCentre.css';

/** A printed time older than this is refreshed when the nurse prints. */
const STALE_MS = 60_000;

/**
 * The print centre: sheets and patients to print, a preview of the real pages, and the
 * browser's print dialog (which also saves as PDF). Print media shows only the pages.
 */
export function PrintScreen() {
  const { t } = useI18n();
  const fmt = usePrintFormat();
  const base = usePrintBase();
  const [choice, setChoice] = useState<CentreChoice>(() => parseChoice(location.hash));
  const [tempIds, setTempIds] = useState<string[]>([]);
  const [now, setNow] = useState(() => toIsoWithOffset(new Date()));
  const [printing, setPrinting] = useState(false);
  const [ready, setReady] = useState(false);
  const [overflow, setOverflow] = useState<OverflowingPage[]>([]);

  const change = (next: CentreChoice) => {
    setChoice(next);
    setNow(toIsoWithOffset(new Date()));
    // The hash keeps the choice without a new history entry for every tick.
    history.replaceState(null, '', choiceHash(next));
  };

  const selection = useMemo<PrintSelection>(() => {
    const today = localDate(new Date(now));
    const all = base?.patients.map((patient) => patient.id) ?? [];
    return {
      sheets: choice.sheets,
      patientIds: choice.patients === 'all' ? all : choice.patients,
      startDay: choice.startDay === 'tomorrow' ? addDays(today, 1) : today,
      tempIds,
    };
  }, [choice, base, now, tempIds]);
  const pack = usePrintPack(base, selection, now, fmt);

  const needPatients = choice.sheets.some(isPatientSheet) && selection.patientIds.length === 0;
  const needIds = choice.sheets.includes('blankAdmission') && tempIds.length === 0;
  const canPrint = !!pack && pack.plan.length > 0 && ready && !printing && overflow.length === 0;

  useEffect(() => {
    if (!printing || !ready || overflow.length > 0) return;
    // After the refreshed pages are painted: print() blocks until the dialog closes.
    const timer = setTimeout(() => {
      setPrinting(false);
      window.print();
    }, 0);
    return () => clearTimeout(timer);
  }, [printing, ready, overflow]);

  function onPrint() {
    if (Date.now() - Date.parse(now) > STALE_MS) {
      setReady(false);
      setNow(toIsoWithOffset(new Date()));
    }
    setPrinting(true);
  }

  return (
    <main id="main" className="screen print-screen">
      <h1>{t('print.centre.title')}</h1>
      <p className="print-intro">{t('print.centre.intro')}</p>
      {base && (
        <form
          autoComplete="off"
          className="print-form"
          onSubmit={(event) => event.preventDefault()}
        >
          <SheetChoices choice={choice} onChange={change} />
          <PatientChoices base={base} choice={choice} onChange={change} />
          <StartDayChoice choice={choice} onChange={change} />
          {choice.sheets.includes('blankAdmission') && (
            <BlankSheetsChoice tempIds={tempIds} onReserved={setTempIds} />
          )}
        </form>
      )}
      <div className="print-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!canPrint}
          onClick={onPrint}
        >
          {t('print.centre.print')}
        </button>
        {choice.sheets.length === 0 && <p>{t('print.centre.nothingChosen')}</p>}
        {needPatients && <p>{t('print.centre.noPatientChosen')}</p>}
        {needIds && <p>{t('print.centre.reserveFirst')}</p>}
        {ready && <OverflowNotice pages={overflow} />}
      </div>
      {pack && pack.plan.length > 0 && (
        <PrintPreview plan={pack.plan} ctx={pack.ctx} onReady={setReady} onOverflow={setOverflow} />
      )}
    </main>
  );
}
