import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { AdmissionPage, JEANNE, LOUIS, newWardWithTwoBeds } from './PatientPages';

/** The print centre: sheets and patients to choose, the preview, the PDF. */
export class PrintCentre {
  constructor(readonly page: Page) {}

  /** `timeout`: the measures run on a loaded machine, where the screen's chunk loads slowly. */
  async open(timeout?: number) {
    await this.page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Impression' })
      .click();
    await expect(
      this.page.getByRole('heading', { name: 'Impression des feuilles de secours' }),
    ).toBeVisible({ timeout });
  }

  sheet(name: string) {
    return this.page.getByRole('group', { name: 'Feuilles' }).getByRole('checkbox', { name });
  }

  async chooseSheets(...names: string[]) {
    for (const name of names) await this.sheet(name).check();
  }

  patient(name: string | RegExp) {
    return this.page.getByRole('group', { name: 'Patients' }).getByRole('checkbox', { name });
  }

  /** Waits until every page of the preview is drawn; returns the page count announced. */
  async waitReady(): Promise<number> {
    const status = this.page.getByRole('status').filter({ hasText: /pages? prêtes? à imprimer/ });
    await expect(status).toBeVisible({ timeout: 30_000 });
    return Number(/(\d+) pages?/.exec((await status.textContent()) ?? '')?.[1]);
  }

  pages() {
    return this.page.getByTestId('print-pages').locator('.sheet-page');
  }

  /**
   * Boxes whose content does not fit (a page, its header, body, band or a label), and table
   * lines cut by their cell. The preview scales pages by a transform, which leaves their
   * layout at the size they print.
   */
  async overflowing() {
    const boxes = await this.page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.sheet-page, .sheet-head, .sheet-body, .identity-band, .label',
        ),
      ]
        .filter(
          (box) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1,
        )
        .map(
          (box) => `${box.className} in ${box.closest('.sheet-page')?.getAttribute('aria-label')}`,
        ),
    );
    return [...boxes, ...(await this.clippedLines())];
  }

  /**
   * Table lines whose text runs past the cell's inner edge, where the cell clips it: a time
   * cut off in an hour column ("14:0") printed, and the app's own check (boxes, whole pixels)
   * leaves table cells to the counting. Measured to a fraction of a pixel.
   */
  private clippedLines() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.print-table td .line')]
        .filter((line) => {
          const cell = line.closest('td');
          if (!cell || !line.textContent) return false;
          const range = document.createRange();
          range.selectNodeContents(line);
          const text = range.getBoundingClientRect();
          const box = cell.getBoundingClientRect();
          const style = getComputedStyle(cell);
          // Collapsed borders: the cell's box runs to the middle of its grid lines.
          const left = box.left + parseFloat(style.borderLeftWidth) / 2;
          const right = box.right - parseFloat(style.borderRightWidth) / 2;
          return text.left < left - 0.05 || text.right > right + 0.05;
        })
        .map(
          (line) =>
            `"${line.textContent}" cut in ${line.closest('.sheet-page')?.getAttribute('aria-label')}`,
        ),
    );
  }

  /**
   * What the preview holds, page by page: the numbering and the band's traits (birth name,
   * identifiers) of each page, and the lines of each table row with the page it is on.
   */
  layout(): Promise<PreviewLayout> {
    return this.page.evaluate(() => {
      const pages = [...document.querySelectorAll('[data-testid="print-pages"] .sheet-page')];
      return {
        pages: pages.map((page) => ({
          number: (page.getAttribute('data-page') ?? '').replace('/', ' / '),
          band: [...page.querySelectorAll('.identity-birth-name, .identity-band dd.mono')].map(
            (node) => node.textContent ?? '',
          ),
        })),
        rows: [...document.querySelectorAll('[data-row]')].map((row) => ({
          page: pages.indexOf(row.closest('.sheet-page') as Element),
          lines: [...row.querySelectorAll('.line')]
            .map((line) => line.textContent ?? '')
            .filter(Boolean),
        })),
      };
    });
  }

  /** The pages as printed (print media, the sheets' own page sizes), written to a file. */
  async pdf(name: string): Promise<string> {
    await this.page.emulateMedia({ media: 'print' });
    const file = join(pdfDir(), `${name}.pdf`);
    writeFileSync(file, await this.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await this.page.emulateMedia({ media: 'screen' });
    return file;
  }
}

export interface PreviewLayout {
  pages: { number: string; band: string[] }[];
  rows: { page: number; lines: string[] }[];
}

/** What a sheet's PDF must hold for the seeded ward. */
export interface SheetCheck {
  /** The checkbox's name in the print centre. */
  name: string;
  kind: string;
  pages: number;
  landscape?: boolean;
  texts: string[];
}

/** Spaces as pdftotext lays them out do not matter, only the characters. */
/** pdftotext lays out no-break spaces and runs of spaces its own way: only words matter. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sheets are A4 whatever the tablet: PDFs are checked in portrait only. */
export const pdfOnly = () =>
  test.skip(
    test.info().project.name !== 'tablet-portrait',
    'PDF output does not depend on the viewport',
  );

/** Two patients, beds 1 and 2, admitted through the screens. */
export async function seedTwoPatients(page: Page) {
  const board = await newWardWithTwoBeds(page);
  const admission = new AdmissionPage(page);
  await admission.admit(JEANNE, { ipp: '12345678', bed: '1', reason: 'Pneumopathie' });
  await board.open();
  await admission.admit(LOUIS, { bed: '2' });
}

/**
 * Prints the sheet chosen in the centre as PDF and checks what every sheet must hold: the
 * page count announced, drawn and printed (A4, its orientation), each page's numbering and
 * identity band, every row's lines on the page of the row (no row split), the values, and
 * the QR code of page 1 decoded to the patient (null for a ward sheet) and the sheet.
 */
export async function checkSheetPdf(
  centre: PrintCentre,
  sheet: SheetCheck,
  patient: string | null,
) {
  const announced = await centre.waitReady();
  expect(await centre.overflowing(), sheet.name).toEqual([]);
  const layout = await centre.layout();
  const file = await centre.pdf(sheet.kind);
  const pages = pdfPages(file);
  expect(pages, sheet.name).toHaveLength(sheet.pages);
  expect(announced).toBe(sheet.pages);
  expect(layout.pages).toHaveLength(sheet.pages);
  const size = sheet.landscape ? '842 x 595' : '595 x 842';
  expect(pdfPageSizes(file)).toEqual(pages.map(() => size));
  pages.forEach((text, index) => {
    const shown = layout.pages[index];
    expect(text, `${sheet.name} page ${index + 1}`).toContain(`Page ${shown?.number}`);
    expect(text).toContain('Imprimé le');
    for (const trait of shown?.band ?? []) expect(text).toContain(trait);
  });
  for (const row of layout.rows) {
    const text = squash(pages[row.page] ?? '');
    for (const line of row.lines) expect(text, `${sheet.name}: ${line}`).toContain(squash(line));
  }
  const all = pages.join('\n');
  for (const value of sheet.texts) expect(all, sheet.name).toContain(value);
  const qr = JSON.parse(decodeQr(renderPage(file, 1)) ?? '{}');
  const count = Number(layout.pages[0]?.number.split(' / ')[1]);
  expect(qr).toMatchObject({ p: patient, s: sheet.kind, n: 1, m: count });
  return pages;
}

let dir: string | undefined;
const pdfDir = () => (dir ??= mkdtempSync(join(tmpdir(), 'h6-pdf-')));

/** The text of each page of a PDF, as laid out (pdftotext -layout; pages end with \f). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Renders one page (1-based) to PNG at `dpi` and returns the file. */
export function renderPage(
  file: string,
  page: number,
  dpi = 150,
  out = file.replace(/\.pdf$/, ''),
) {
  execFileSync('/usr/bin/pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    `${out}-p${page}`,
  ]);
  return `${out}-p${page}.png`;
}

/** The QR code of a rendered page, decoded; null when none is found. */
export function decodeQr(png: string): string | null {
  const image = PNG.sync.read(readFileSync(png));
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return found?.data ?? null;
}

/** Page sizes of a PDF in points ("595 x 842" portrait A4), from pdfinfo. */
export function pdfPageSizes(file: string): string[] {
  const info = execFileSync('/usr/bin/pdfinfo', ['-f', '1', '-l', '999', file], {
    encoding: 'utf8',
  });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    ([, w = '', h = '']) => `${Math.round(Number(w))} x ${Math.round(Number(h))}`,
  );
}
