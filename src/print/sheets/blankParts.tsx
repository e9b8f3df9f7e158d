import type { ReactNode } from 'react';
import { BlankRows, TableHead } from '../Lines';

/** A label and the line to write its value on. */
export function BlankField({ label, wide = false }: { label: string; wide?: boolean }) {
  return (
    <span className={wide ? 'blank-field blank-field-wide' : 'blank-field'}>
      <span className="blank-label">{label}</span>
      <span className="blank-line" />
    </span>
  );
}

/** Options to tick: a box drawn before each (no colour, no meaning lost in black and white). */
export function Boxes({ label, options }: { label?: string; options: readonly string[] }) {
  return (
    <span className="blank-boxes">
      {label && <span className="blank-label">{label}</span>}
      {options.map((option) => (
        <span key={option} className="blank-option">
          <span className="box" /> {option}
        </span>
      ))}
    </span>
  );
}

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A table with a header row and empty rows of a given height, to fill by hand. */
export function BlankTable(props: {
  columns: readonly string[];
  widths: readonly number[];
  rows: number;
  rowMm: number;
}) {
  return (
    <table className="print-table">
      <TableHead widths={props.widths} headings={props.columns} />
      <tbody>
        <BlankRows count={props.rows} widths={props.widths} heightMm={props.rowMm} />
      </tbody>
    </table>
  );
}
