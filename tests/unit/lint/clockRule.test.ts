import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// Issue 11: only domain/time/clock.ts reads the system time. The rule as configured, run on
// snippets (`npm run lint` runs it on src).
const configUrl = new URL('../../../eslint.config.js', import.meta.url).href;
const { default: blocks } = (await import(configUrl)) as { default: Linter.Config[] };
const clockBlock = blocks.find((block) => block.rules?.['no-restricted-syntax']);

const flagged = (code: string) =>
  new Linter({ configType: 'flat' })
    .verify(code, [
      { rules: { 'no-restricted-syntax': clockBlock?.rules?.['no-restricted-syntax'] } },
    ])
    .map((message) => message.message);

describe('the one-clock lint rule', () => {
  it('forbids new Date() and Date.now() in src, except the clock file', () => {
    expect(clockBlock?.files).toEqual(['src/**/*.{ts,tsx}']);
    expect(clockBlock?.ignores).toEqual(['src/domain/time/clock.ts']);
    expect(flagged('const a = new Date();')).toHaveLength(1);
    expect(flagged('const b = Date.now();')).toHaveLength(1);
  });

  it('lets a date be made from a given instant', () => {
    expect(flagged("const c = new Date('2026-12-01T14:00:00+01:00');")).toEqual([]);
    expect(flagged('const d = new Date(Date.parse(x));')).toEqual([]);
  });
});
