/**
 * Lines wrapped by text.ts, one block each: the row height was counted from them. `strong`
 * makes the first line bold, or the first `strong` lines.
 */
export function Lines({
  lines,
  strong = false,
}: {
  lines: readonly string[];
  strong?: boolean | number;
}) {
  const bold = strong === true ? 1 : strong === false ? 0 : strong;
  return (
    <>
      {lines.map((line, index) => (
        <span key={index} className={index < bold ? 'line line-strong' : 'line'}>
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

/** The column widths and the one header row of a printed table, at a fixed height. */
export function TableHead({
  widths,
  headings,
  heightMm,
}: {
  widths: readonly number[];
  headings: readonly string[];
  heightMm?: number;
}) {
  return (
    <>
      <ColGroup widths={widths} />
      <thead>
        <tr style={heightMm === undefined ? undefined : { height: `${heightMm}mm` }}>
          {headings.map((heading, index) => (
            <th key={index} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** Empty ruled rows, at a fixed height, for what is written next by hand. */
export function BlankRows({
  count,
  columns,
  heightMm,
}: {
  count: number;
  columns: number;
  heightMm: number;
}) {
  return (
    <>
      {Array.from({ length: count }, (_, row) => (
        <tr key={`blank-${row}`} className="blank-row" style={{ height: `${heightMm}mm` }}>
          {Array.from({ length: columns }, (_, column) => (
            <td key={column} />
          ))}
        </tr>
      ))}
    </>
  );
}
