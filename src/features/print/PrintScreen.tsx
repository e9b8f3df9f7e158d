import { useEffect, useMemo, useState } from 'react';
import type { WriteFailure } from '../../domain/failure';
import { addDays, instantOf, wardDate } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { usePrintFormat } from '../../print/format';
import type { PrintSelection } from '../../print/models/pack';
import { isPatientSheet } from '../../print/types';
import { FailureNotice } from '../../ui/FailureNotice';
import { useReadNow } from '../../ui/wardTime';
import { BlankSheetsChoice } from './BlankSheetsChoice';
import { usePrintBase, usePrintPack, tryReserveTempIds } from './hooks';
import { PatientChoices, SheetChoices, StartDayChoice } from './PrintChoices';
import { OverflowNotice } from './OverflowNotice';
import { PrintPreview, type PreviewReady } from './PrintPreview';
import { choiceHash, parseChoice, wholeWard, type CentreChoice } from './selection';
import './printCentre.css';

/** A printed time older than this is refreshed when the nurse prints. */
const STALE_MS = 60_000;
/**
 * The preview follows the choice once it has settled, not at every tick: ticking seven
 * boxes of a 30-patient pack rebuilt it seven times (5.9 s).
 */
const SETTLE_MS = 500;

/**
 * The print centre: sheets and patients to print, a preview of the real pages, and the
 * browser's print dialog (which also saves as PDF). Print media shows only the pages, and
 * only once the whole pack is drawn and fits.
 */
export function PrintScreen() {
  const { t } = useI18n();
  const fmt = usePrintFormat();
  const base = usePrintBase();
  const [choice, setChoice] = useState<CentreChoice>(() => parseChoice(location.hash));
  // What the preview is built for: the choice once settled, at once when printing.
  const [requested, setRequested] = useState<CentreChoice>(choice);
  const [tempIds, setTempIds] = useState<string[]>([]);
  const readNow = useReadNow();
  const [now, setNow] = useState(readNow);
  const [printing, setPrinting] = useState(false);
  const [reserving, setReserving] = useState(false);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [ready, setReady] = useState<PreviewReady | null>(null);

  const change = (next: CentreChoice) => {
    setChoice(next);
    // The hash keeps the choice without a new history entry for every tick.
    history.replaceState(null, '', choiceHash(next));
  };
  useEffect(() => {
    if (requested === choice) return;
    const timer = setTimeout(() => setRequested(choice), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [choice, requested]);

  const selection = useMemo<PrintSelection>(() => {
    const today = wardDate(now, fmt.timeZone);
    const all = base?.patients.map((patient) => patient.id) ?? [];
    return {
      sheets: requested.sheets,
      patientIds: requested.patients === 'all' ? all : requested.patients,
      startDay: requested.startDay === 'tomorrow' ? addDays(today, 1) : today,
      tempIds,
    };
  }, [requested, base, now, tempIds, fmt.timeZone]);
  const pack = usePrintPack(base, selection, now, fmt);

  const chosenPatients =
    choice.patients === 'all' ? (base?.patients.length ?? 0) : choice.patients.length;
  const needPatients = choice.sheets.some(isPatientSheet) && chosenPatients === 0;
  const needIds = choice.sheets.includes('blankAdmission') && tempIds.length === 0;
  // Settled, and the pack drawn is that of the choice (not one kept while events are read).
  const settled = requested === choice && !pack?.loading;
  const current = settled && pack && ready?.plan === pack.plan ? ready : null;
  const blocked = !!current && current.overflow.length > 0;
  // Only the pack drawn for this choice, every page measured, prints: a stale or partial
  // preview never does (the blank sheets still to reserve are added on the way).
  const canPrint =
    choice.sheets.length > 0 && !needPatients && !printing && !reserving && !!current && !blocked;

  useEffect(() => {
    if (!printing || !current || !pack) return;
    // After the refreshed pages are painted: print() blocks until the dialog closes.
    const timer = setTimeout(() => {
      setPrinting(false);
      if (current.overflow.length === 0 && pack.plan.length > 0) window.print();
    }, 0);
    return () => clearTimeout(timer);
  }, [printing, current, pack]);

  /** Prints a choice: its blank sheets' identifiers recorded first, then once every page is drawn. */
  async function printChoice(next: CentreChoice) {
    change(next);
    setRequested(next);
    setFailure(null);
    if (next.sheets.includes('blankAdmission') && tempIds.length === 0) {
      setReserving(true);
      const result = await tryReserveTempIds(1);
      setReserving(false);
      if (!result.ok) {
        setFailure(result.failure);
        return;
      }
      setTempIds(result.value);
    }
    const fresh = readNow();
    if (instantOf(fresh) - instantOf(now) > STALE_MS) setNow(fresh);
    setPrinting(true);
  }

  return (
    <main id="main" className="screen print-screen">
      <h1>{t('print.centre.title')}</h1>
      <p className="print-intro">{t('print.centre.intro')}</p>
      <div className="print-all panel">
        <button
          type="button"
          className="button button-primary"
          disabled={!base || printing || reserving}
          aria-describedby="print-all-hint"
          onClick={() => void printChoice(wholeWard(choice))}
        >
          {t('printPack.printAll')}
        </button>
        <p id="print-all-hint">{t('printPack.printAllHint')}</p>
      </div>
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
          onClick={() => void printChoice(choice)}
        >
          {t('print.centre.print')}
        </button>
        {reserving && <p role="status">{t('printPack.reservingOne')}</p>}
        {failure && <FailureNotice failure={failure} />}
        {choice.sheets.length === 0 && <p>{t('print.centre.nothingChosen')}</p>}
        {needPatients && <p>{t('print.centre.noPatientChosen')}</p>}
        {needIds && <p>{t('print.centre.reserveFirst')}</p>}
        {current && <OverflowNotice pages={current.overflow} />}
      </div>
      {pack && pack.plan.length > 0 ? (
        <PrintPreview
          plan={pack.plan}
          ctx={pack.ctx}
          dataUpTo={pack.dataUpTo}
          pending={!settled}
          onReady={setReady}
        />
      ) : (
        // Printed from the browser's menu before any page is drawn: a notice, not a blank page.
        <div className="print-pages" data-printable="false">
          <p className="print-not-ready">
            {choice.sheets.length === 0 ? t('print.centre.nothingChosen') : t('printPack.notReady')}
          </p>
        </div>
      )}
    </main>
  );
}
