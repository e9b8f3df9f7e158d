// Prints bench/results.json (or the file given as argument, relative to the repository) as a
// Markdown table (the README's Performance section).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const results = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', process.argv[2] ?? 'bench/results.json'), 'utf8'),
);
const sizes = Object.keys(results.sizes);
const ms = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(0)} ms` : '—';
const stat = (s) => (s ? `${ms(s.median)} (p95 ${ms(s.p95)}, n=${s.n})` : '—');
const mb = (bytes) => (bytes ? `${(bytes / 2 ** 20).toFixed(0)} MB` : '—');
const ratio = (app, raw) =>
  typeof app === 'number' && typeof raw === 'number' && raw > 0
    ? ` = ${(app / raw).toFixed(1)}× raw`
    : '';
const rows = [
  ['events (days)', (r) => `${r.seed.events} (${r.days})`],
  [
    'seeding, events/s (first → last day)',
    (r) =>
      `${r.seed.perSecond.toFixed(0)} (${r.seed.batchSeconds[0]?.toFixed(1)} s → ${r.seed.batchSeconds.at(-1)?.toFixed(1)} s a day)`,
  ],
  ['cold start offline to lock screen', (r) => stat(r.coldStart?.lockScreenMs)],
  ['unlock to author list (PBKDF2 included)', (r) => ms(r.coldStart?.unlockMs)],
  ['PBKDF2 600k alone', (r) => ms(r.coldStart?.pbkdf2Ms)],
  ['PBKDF2 of the unlock (as the app timed it)', (r) => ms(r.coldStart?.unlockPbkdf2Ms)],
  ['author to board', (r) => ms(r.coldStart?.authorMs)],
  [
    'unlock to board, the unlock’s PBKDF2 excluded',
    ({ coldStart: c }) =>
      c?.unlockPbkdf2Ms != null && c.authorMs != null
        ? ms(c.unlockMs - c.unlockPbkdf2Ms + c.authorMs)
        : '—',
  ],
  ['board', (r) => stat(r.boardMs)],
  [
    'patient screen, whole (second open)',
    (r) => `${stat(r.patientScreenMs)}${ratio(r.patientScreenMs?.median, r.raw?.patientLogMs)}`,
  ],
  ['patient screen to its MAR (first open)', (r) => stat(r.marMs)],
  ['72 h trends', (r) => `${stat(r.trends72hMs)}${ratio(r.trends72hMs?.median, r.raw?.last72hMs)}`],
  [
    'raw IDB: patient log by index',
    (r) => (r.raw ? `${ms(r.raw.patientLogMs)} (${r.raw.patientLogRows} rows)` : '—'),
  ],
  [
    'raw IDB: 72 h by index',
    (r) => (r.raw ? `${ms(r.raw.last72hMs)} (${r.raw.last72hRows} rows)` : '—'),
  ],
  [
    'vitals set, tap to saved',
    (r) => `${stat(r.vitalsSaveMs)}${ratio(r.vitalsSaveMs?.median, r.raw?.singlePutMs?.median)}`,
  ],
  [
    'dose, tap to saved',
    (r) => `${stat(r.doseSaveMs)}${ratio(r.doseSaveMs?.median, r.raw?.singlePutMs?.median)}`,
  ],
  ['raw IDB: single put', (r) => stat(r.raw?.singlePutMs)],
  [
    'raw IDB: bulk put (events/s)',
    (r) =>
      r.raw
        ? `${ms(r.raw.bulkPutMs)} for ${r.raw.bulkRows} (${((r.raw.bulkRows / r.raw.bulkPutMs) * 1000).toFixed(0)}/s)`
        : '—',
  ],
  [
    'print pack to ready (longest task)',
    (r) =>
      r.printPack
        ? `${ms(r.printPack.readyMs)}, ${r.printPack.pages} pages (${ms(r.printPack.longestTaskMs)})`
        : '—',
  ],
  [
    'print centre opening, longest task (before the tap)',
    (r) =>
      r.printPack?.openingLongestTaskMs !== undefined ? ms(r.printPack.openingLongestTaskMs) : '—',
  ],
  ['print pack to PDF', (r) => (r.printPack ? ms(r.printPack.pdfMs) : '—')],
  [
    'whole-ward FHIR export, tap to file (events/s, MB)',
    (r) =>
      r.exportFhir
        ? `${ms(r.exportFhir.ms)} (${r.exportFhir.eventsPerSecond}/s, ${r.exportFhir.mb} MB)`
        : '—',
  ],
  [
    'whole-ward CSV export, tap to file (events/s, MB)',
    (r) =>
      r.exportCsv
        ? `${ms(r.exportCsv.ms)} (${r.exportCsv.eventsPerSecond}/s, ${r.exportCsv.mb} MB)`
        : '—',
  ],
  ['storage used', (r) => (r.storage ? `${(r.storage.usage / 2 ** 20).toFixed(0)} MB` : '—')],
  ['JS heap, live, before the pack', (r) => mb(r.jsHeapBytes)],
  [
    'JS heap, live, after FHIR / CSV export',
    (r) => `${mb(r.exportFhir?.jsHeapAfterBytes)} / ${mb(r.exportCsv?.jsHeapAfterBytes)}`,
  ],
];
const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['measure', ...sizes]));
console.log(line(['---', ...sizes.map(() => '---')]));
for (const [name, cell] of rows) {
  console.log(
    line([
      name,
      ...sizes.map((size) => {
        try {
          return cell(results.sizes[size]);
        } catch {
          return '—';
        }
      }),
    ]),
  );
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const initial = results.chunks.filter((c) => c.initial && c.file.endsWith('.js'));
console.log(`\nInitial JS ${kb(initial.reduce((s, c) => s + c.gzip, 0))} gzip; chunks (gzip):`);
for (const c of results.chunks)
  console.log(`- ${c.file}: ${kb(c.gzip)}${c.initial ? ' (initial)' : ''}`);
const m = results.machine;
console.log(
  `\n${m.cpu}, ${m.cores} cores, ${m.ramGb} GB, Node ${m.node}, ${m.chromium}; load ${m.load}; ${results.date}, commit ${results.commit?.slice(0, 7)}${results.dirty ? ' (uncommitted changes)' : ''}`,
);
