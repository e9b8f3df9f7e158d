import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// A top-level declaration runs until the next line that starts at column 0 with anything but a
// closing bracket (the next declaration or its comment): its body is everything in between.
const declaration = /^export (?:async )?(?:function|const) (use[A-Z]\w*)/;
const hookCall = /\buse(?:[A-Z]\w*)?\s*(?:<[^>()]*>)?\s*\(/;

export function plainUseFunctions(source: string): string[] {
  const lines = source.split('\n');
  const plain: string[] = [];
  lines.forEach((line, index) => {
    const name = declaration.exec(line)?.[1];
    if (!name) return;
    const end = lines.findIndex((next, at) => at > index && /^[^\s)}\]]/.test(next));
    const body = [
      line.slice(line.indexOf(name) + name.length),
      ...lines.slice(index + 1, end === -1 ? undefined : end),
    ].join('\n');
    if (!hookCall.test(body)) plain.push(name);
  });
  return plain;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

export function plainUseFunctionsIn(root: string): string[] {
  const files = sourceFiles(join(root, 'src')).sort();
  return files.flatMap((file) =>
    plainUseFunctions(readFileSync(file, 'utf8')).map((name) => `${relative(root, file)}: ${name}`),
  );
}
