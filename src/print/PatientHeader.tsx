import { Fragment } from 'react';
import { IdentityBand } from '../ui/IdentityBand';
import { usePrintFormat } from './format';
import { CLINICAL_MM, headTextWidth } from './geometry';
import type { Allergy } from '../domain/admission';
import { allergyText, bandFit, byDanger, cutText, fitList } from './models/clinical';
import { charsPerLine, textColumns } from './text';
import type { Orientation, PrintClinical, PrintPatient } from './types';

/** Allergies as a nurse must read them before giving anything; severe ones bold and framed. */
function Allergies({
  clinical,
  orientation,
}: {
  clinical: PrintClinical;
  orientation: Orientation;
}) {
  const fmt = usePrintFormat();
  const { t } = fmt;
  const { allergies } = clinical;
  if (allergies === null) {
    return (
      <p className="print-allergies allergies-unrecorded">
        <strong>! {t('printHeader.unrecorded')}</strong> — {t('printHeader.unrecordedHint')}
      </p>
    );
  }
  if (allergies.status === 'noneKnown') {
    return <p className="print-allergies allergies-none">{t('printHeader.noneKnown')}</p>;
  }
  const items = byDanger(allergies.items);
  const head = t(items.length > 1 ? 'printHeader.allergyMany' : 'printHeader.allergyOne');
  // Counted at a larger size than printed: proportional bold capitals run wider than digits.
  const width = headTextWidth(orientation) - CLINICAL_MM.side - CLINICAL_MM.gap - 4;
  const room = CLINICAL_MM.lines * charsPerLine(width, CLINICAL_MM.fontPt + 1.5);
  const mark = (count: number) =>
    count === 1 ? t('printHeader.moreOne') : t('printHeader.moreMany', { count });
  const markCols = textColumns(mark(99));
  const itemText = (item: Allergy) => allergyText(item, fmt);
  const listCols = room - textColumns(head) - 1;
  const fitted = fitList(items, itemText, listCols, markCols);
  // One allergy with a long reaction is cut rather than pushed out of its box.
  const cut = (item: Allergy) => cutText(itemText(item), listCols - markCols);
  return (
    <p className="print-allergies allergies-known">
      <strong>{head}</strong>{' '}
      {fitted.shown.map((item, index) => (
        <Fragment key={item.substance}>
          {index > 0 && '\u00a0; '}
          {item.severity === 'severe' ? (
            <span className="allergy-severe">
              <strong>{cut(item)}</strong>
            </span>
          ) : (
            <span>{cut(item)}</span>
          )}
        </Fragment>
      ))}
      {fitted.more > 0 && <strong> {mark(fitted.more)}</strong>}
    </p>
  );
}

function CareLimits({ clinical }: { clinical: PrintClinical }) {
  const { t } = usePrintFormat();
  const kinds = clinical.isolation?.filter((kind) => kind !== 'none');
  // Absent: an imported census that did not say; never printed as "none".
  const isolation = !kinds
    ? t('censusGaps.isolationUnrecorded')
    : kinds.length === 0
      ? t('printHeader.isolationNone')
      : kinds.map((kind) => t(`patients.form.isolations.${kind}`)).join(', ');
  const level = clinical.levelOfCare
    ? t(`print.levels.${clinical.levelOfCare}`)
    : t('print.levels.notSet');
  return (
    <p className="print-care" style={{ width: `${CLINICAL_MM.side}mm` }}>
      <span>
        {t('printHeader.isolation')} <strong>{isolation}</strong>
      </span>
      <span>
        {t('printHeader.level')} <strong>{level}</strong>
      </span>
    </p>
  );
}

/**
 * The header of every page of a patient's sheet: the identity band, set smaller for long
 * names so that no trait is cut, and under it allergies, isolation and level of care.
 */
export function PatientHeader({
  patient,
  today,
  orientation,
}: {
  patient: PrintPatient;
  today: string;
  orientation: Orientation;
}) {
  const { t } = usePrintFormat();
  return (
    <>
      <div className={`band-fit band-fit-${bandFit(patient.identity)}`}>
        <IdentityBand identity={patient.identity} today={today} bed={patient.bed} />
      </div>
      <section
        className="print-clinical"
        aria-label={t('printHeader.region')}
        style={{ height: `${CLINICAL_MM.height}mm`, gap: `${CLINICAL_MM.gap}mm` }}
      >
        <Allergies clinical={patient.clinical} orientation={orientation} />
        <CareLimits clinical={patient.clinical} />
      </section>
    </>
  );
}
