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

/**
 * Empty ruled rows, at a fixed height, for what is written next by hand: one cell across the
 * table, ruled by one SVG path at the columns' boundaries and between the rows. A cell per
 * column and row was most of the elements of a care plan page (175 of 455), and the whole-ward
 * pack's time goes to laying them out (issue 12). Vector lines print whatever the browser's
 * "background graphics" setting.
 */
export function BlankRows({
  count,
  widths,
  heightMm,
}: {
  count: number;
  /** The table's column widths (mm, as given to ColGroup): the lines fall on its columns. */
  widths: readonly number[];
  heightMm: number;
}) {
  if (count <= 0) return null;
  const total = widths.reduce((sum, width) => sum + width, 0);
  const lines: string[] = [];
  let x = 0;
  for (const width of widths.slice(0, -1)) {
    x += width;
    lines.push(`M${x.toFixed(2)} 0V${count}`);
  }
  for (let row = 1; row < count; row += 1) lines.push(`M0 ${row}H${total.toFixed(2)}`);
  return (
    <tr className="blank-rows" style={{ height: `${count * heightMm}mm` }}>
      <td className="ruled-cell" colSpan={widths.length}>
        <svg
          viewBox={`0 0 ${total.toFixed(2)} ${count}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <path d={lines.join('')} />
        </svg>
      </td>
    </tr>
  );
}
