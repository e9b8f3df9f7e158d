import { usePrintFormat } from '../format';
import { BlankRows, Lines, TableHead } from '../Lines';
import { NOTES_BLANK_MM, NOTES_COLUMNS, type NotesDoc } from '../models/notes';
import { SheetPage } from '../SheetPage';
import type { PrintContext, PrintPatient } from '../types';

interface NotesSheetProps {
  doc: NotesDoc;
  ctx: PrintContext;
  patient: PrintPatient;
}

/** Sheet 5: targeted notes (transmissions ciblées) of the last days, then ruled rows. */
export function NotesSheet({ doc, ctx, patient }: NotesSheetProps) {
  const { t } = usePrintFormat();
  return (
    <>
      {doc.pages.map((rows, index) => (
        <SheetPage
          key={index}
          ctx={ctx}
          kind="notes"
          title={t('print.sheets.notes')}
          window={doc.window}
          patient={patient}
          pageNumber={index + 1}
          pageCount={doc.pages.length}
        >
          <table className="print-table">
            <TableHead
              widths={Object.values(NOTES_COLUMNS)}
              heightMm={doc.headMm}
              headings={doc.headings}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-row={row.key} style={{ height: `${row.heightMm}mm` }}>
                  <td>
                    <Lines lines={row.when} strong />
                  </td>
                  <td>
                    <Lines lines={row.target} strong />
                  </td>
                  <td>
                    <Lines lines={row.text} />
                  </td>
                </tr>
              ))}
              <BlankRows
                count={doc.blanks[index] ?? 0}
                widths={Object.values(NOTES_COLUMNS)}
                heightMm={NOTES_BLANK_MM}
              />
            </tbody>
          </table>
        </SheetPage>
      ))}
    </>
  );
}
