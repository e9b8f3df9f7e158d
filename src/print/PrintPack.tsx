import { memo } from 'react';
import type { PrintDoc } from './models/pack';
import { BlankAdmissionSheet } from './sheets/BlankAdmissionSheet';
import { CarePlanSheet } from './sheets/CarePlanSheet';
import { HandoverSheet } from './sheets/HandoverSheet';
import { LabelsSheet } from './sheets/LabelsSheet';
import { MarSheet } from './sheets/MarSheet';
import { NotesSheet } from './sheets/NotesSheet';
import { VitalsSheet } from './sheets/VitalsSheet';
import { WardListSheet } from './sheets/WardListSheet';
import type { PrintContext } from './types';
import './sheets/sheets.css';

/** One document's pages. Memoised: adding a sheet to the pack does not redraw the others. */
export const PrintDocPages = memo(function PrintDocPages({
  item,
  ctx,
}: {
  item: PrintDoc;
  ctx: PrintContext;
}) {
  if ('patient' in item) {
    const { doc, patient } = item;
    switch (doc.kind) {
      case 'carePlan':
        return <CarePlanSheet doc={doc} ctx={ctx} patient={patient} />;
      case 'mar':
        return <MarSheet doc={doc} ctx={ctx} patient={patient} />;
      case 'vitals':
        return <VitalsSheet doc={doc} ctx={ctx} patient={patient} />;
      case 'notes':
        return <NotesSheet doc={doc} ctx={ctx} patient={patient} />;
      case 'labels':
        return <LabelsSheet doc={doc} ctx={ctx} patient={patient} />;
    }
  }
  const { doc } = item;
  switch (doc.kind) {
    case 'wardList':
      return <WardListSheet doc={doc} ctx={ctx} />;
    case 'handover':
      return <HandoverSheet doc={doc} ctx={ctx} />;
    case 'blankAdmission':
      return <BlankAdmissionSheet doc={doc} ctx={ctx} />;
    default:
      return null;
  }
});

/** The pages of a pack, flat: each page breaks after itself, the last one does not. */
export function PrintPack({ docs, ctx }: { docs: readonly PrintDoc[]; ctx: PrintContext }) {
  return (
    <>
      {docs.map((item) => (
        <PrintDocPages key={item.key} item={item} ctx={ctx} />
      ))}
    </>
  );
}
