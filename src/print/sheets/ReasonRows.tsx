import { Lines } from '../Lines';
import type { ReasonRow } from '../models/reasons';

/** The "Reasons" block at the foot of a chart table: one full-width row per reason. */
export function ReasonRows({ rows, columns }: { rows: readonly ReasonRow[]; columns: number }) {
  return (
    <>
      {rows.map((row) => (
        <tr
          key={row.key}
          data-row={row.key}
          className="reason-row"
          style={{ height: `${row.heightMm}mm` }}
        >
          <td colSpan={columns}>
            <Lines lines={row.lines} strong={row.strong} />
          </td>
        </tr>
      ))}
    </>
  );
}
