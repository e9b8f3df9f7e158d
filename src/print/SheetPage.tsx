import type { CSSProperties, ReactNode } from 'react';
import { shortDeviceCode } from '../domain/devices';
import { useI18n } from '../i18n/I18nProvider';
import { usePrintFormat } from './format';
import { bodyHeight, FOOT_MM, headHeight, pageBox, QR_MM } from './geometry';
import { PatientHeader } from './PatientHeader';
import { qrText } from './qr';
import { QrCode } from './QrCode';
import { PackPageNumber, PrintedLine } from './footers';
import type { Orientation, PageKind, PrintContext, PrintPatient, SheetWindow } from './types';
import './print.css';

export interface SheetPageProps {
  ctx: PrintContext;
  kind: PageKind;
  title: string;
  window: SheetWindow;
  /** How the window reads in the header; the window's from → to when absent. */
  windowText?: string;
  /** A line under the title on ward sheets: a legend, a count. */
  extra?: string;
  patient: PrintPatient | null;
  /** Replaces the identity band (the blank admission sheet's band to fill by hand). */
  band?: ReactNode;
  /** The temporary identifier of a blank admission sheet, for its QR code. */
  tempId?: string;
  pageNumber: number;
  pageCount: number;
  orientation?: Orientation;
  children: ReactNode;
}

/** The identifier the QR code carries: the blank sheet's, else the patient's IPP or temporary one. */
const identifierOf = (patient: PrintPatient | null, tempId?: string) => {
  const id = tempId ?? patient?.identity.ipp ?? patient?.identity.tempId;
  return id ? { i: id } : {};
};

/**
 * One printed page: its own header (establishment, ward, title, window; on a patient's sheet
 * the identity band with allergies, isolation and level of care; QR code), a body of fixed
 * height, and its own footer. Each page breaks after itself: a page on screen is one on paper.
 */
export function SheetPage(props: SheetPageProps) {
  const { ctx, kind, title, patient, pageNumber, pageCount, orientation = 'portrait' } = props;
  const { t } = useI18n();
  const { shortDateTime } = usePrintFormat();
  const blank = patient === null && props.band !== undefined;
  const frame = { orientation, band: patient !== null || blank, blank };
  const page = { n: pageNumber, m: pageCount };
  const windowText =
    props.windowText ??
    t('print.page.window', {
      from: shortDateTime(props.window.from),
      to: shortDateTime(props.window.to),
    });
  const qr = qrText({
    p: patient?.id ?? null,
    s: kind,
    f: props.window.from,
    t: props.window.to,
    ...page,
    ...identifierOf(patient, props.tempId),
  });
  const { width, height } = pageBox(orientation);
  return (
    <section
      className={`sheet-page sheet-${orientation} sheet-kind-${kind}`}
      aria-label={t('print.page.label', { title, ...page })}
      data-page={`${pageNumber}/${pageCount}`}
      style={
        {
          width: `${width}mm`,
          height: `${height}mm`,
          '--page-w': `${width}mm`,
          '--page-h': `${height}mm`,
        } as CSSProperties
      }
    >
      {/* Across the page, over what is written: a training sheet never passes for a real one. */}
      {ctx.training && <p className="sheet-training">{t('training.printMark')}</p>}
      <header className="sheet-head" style={{ height: `${headHeight(frame)}mm` }}>
        <div className="sheet-head-text">
          <p className="sheet-ward">
            {ctx.training && <strong>{t('training.band')} — </strong>}
            <span>{ctx.establishment}</span> — <strong>{ctx.wardName}</strong>
          </p>
          <div className="sheet-title-line">
            <h2 className="sheet-title">{title}</h2>
            <p className="sheet-window">{windowText}</p>
          </div>
          {props.extra && <p className="sheet-extra">{props.extra}</p>}
          {props.band ??
            (patient && (
              <PatientHeader patient={patient} today={ctx.today} orientation={orientation} />
            ))}
        </div>
        <QrCode text={qr} sizeMm={QR_MM} label={t('print.page.qr')} />
      </header>
      <div className="sheet-body" style={{ height: `${bodyHeight(frame)}mm` }}>
        {props.children}
      </div>
      <footer className="sheet-foot" style={{ height: `${FOOT_MM}mm` }}>
        <p className="sheet-printed">
          <PrintedLine printedAt={ctx.printedAt} dataUpTo={ctx.dataUpTo} />
          <br />
          {t('words.device.printedOn', {
            name:
              ctx.deviceName ?? t('words.device.unnamed', { code: shortDeviceCode(ctx.deviceId) }),
          })}
        </p>
        <p className="sheet-number">
          {t('print.page.number', page)}
          <PackPageNumber pageNumber={pageNumber} />
        </p>
      </footer>
    </section>
  );
}
