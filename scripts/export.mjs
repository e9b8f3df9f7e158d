// `npm run export -- --demo [--days 3] --out DIR`: writes the demo ward's FHIR R4 Bundle and CSV
// export, and the census template, into DIR, outside the browser (docs/fhir-export.md). The TypeScript domain code is
// loaded through Vite's own module runner, so nothing is compiled beforehand and no
// dependency is added.
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const fail = (message) => {
  console.error(`export: ${message}`);
  console.error('usage: npm run export -- --demo [--days 3] --out DIR');
  process.exit(2);
};

if (!args.includes('--demo'))
  fail('only the demo ward can be exported outside the browser (--demo)');
const out = option('out');
if (!out) fail('--out DIR is required');
const days = Number(option('days') ?? '3');
if (!Number.isInteger(days) || days < 1 || days > 90)
  fail('--days must be a whole number from 1 to 90');

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { module } = await runnerImport(join(root, 'src/domain/export/demoFiles.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
});
const dir = resolve(out);
mkdirSync(dir, { recursive: true });
for (const file of module.demoExportFiles(days, version)) {
  // Written part by part: the 60-day Bundle is never one string.
  const path = join(dir, file.name);
  const fd = openSync(path, 'w');
  let bytes = 0;
  for await (const part of file.parts) bytes += writeSync(fd, part);
  closeSync(fd);
  console.log(`${path} (${Math.round(bytes / 1024)} kB)`);
}
