/** Lines wrapped by text.ts, one block each: the row height was counted from them. */
export function Lines({ lines, strong = false }: { lines: readonly string[]; strong?: boolean }) {
  return (
    <>
      {lines.map((line, index) => (
        <span key={index} className={strong && index === 0 ? 'line line-strong' : 'line'}>
          {line}
        </span>
      ))}
    </>
  );
}

/**
 * Column widths of a fixed-layout table, given in mm and set as shares of the table: in
 * mm, collapsed borders would add to the sum and push the last column off the page.
 */
export function ColGroup({ widths }: { widths: readonly number[] }) {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width: `${((width / total) * 100).toFixed(3)}%` }} />
      ))}
    </colgroup>
  );
}
