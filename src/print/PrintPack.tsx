import { memo, useMemo } from 'react';
import { usePrintFormat } from './format';
import type { PrintDoc } from './models/pack';
import {
  buildPackIndex,
  hasIndex,
  isNumbered,
  packNumbers,
  type PackEntry,
} from './models/packIndex';
import { FootersProvider, PackDoc } from './footers';
import { PackIndexSheet } from './sheets/PackIndexSheet';
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

/**
 * The pages of a pack, flat: each page breaks after itself, the last one does not. From two
 * documents on, every page also carries its number in the whole pack; a pack mixing sheets
 * opens with its index. `docs[i]` is the document of `entries[i]` once built (undefined
 * until then); the numbers run up to the first one missing, the total once all are there.
 */
export function PackPages({
  entries,
  docs,
  ctx,
  dataUpTo,
}: {
  entries: readonly PackEntry[];
  docs: readonly (PrintDoc | undefined)[];
  ctx: PrintContext;
  /** The footers' "data up to", when it may change while the pages stay (the preview). */
  dataUpTo?: string | null;
}) {
  const fmt = usePrintFormat();
  const index = useMemo(
    () => (hasIndex(entries) ? buildPackIndex(entries, ctx.today, fmt) : null),
    [entries, ctx.today, fmt],
  );
  const numbered = isNumbered(entries);
  const counts = new Map<string, number>();
  docs.forEach((doc) => doc && counts.set(doc.key, doc.pageCount));
  const numbers = packNumbers(
    entries.map((entry) => entry.key),
    (key) => counts.get(key),
    index?.pages.length ?? 0,
  );
  return (
    <FootersProvider numbers={numbers} dataUpTo={dataUpTo}>
      {index && <PackIndexSheet doc={index} ctx={ctx} numbers={numbers} />}
      {docs.map((doc) => {
        if (!doc) return null;
        return numbered ? (
          <PackDoc key={doc.key} docKey={doc.key}>
            <PrintDocPages item={doc} ctx={ctx} />
          </PackDoc>
        ) : (
          <PrintDocPages key={doc.key} item={doc} ctx={ctx} />
        );
      })}
    </FootersProvider>
  );
}

/** A pack built at once (tests, benchmarks): `asPack` adds the index and the pack numbering. */
export function PrintPack({
  docs,
  ctx,
  entries,
}: {
  docs: readonly PrintDoc[];
  ctx: PrintContext;
  /** The pack's documents as planned; without them, the sheets alone, unnumbered. */
  entries?: readonly PackEntry[];
}) {
  if (entries) return <PackPages entries={entries} docs={docs} ctx={ctx} />;
  return (
    <>
      {docs.map((item) => (
        <PrintDocPages key={item.key} item={item} ctx={ctx} />
      ))}
    </>
  );
}
