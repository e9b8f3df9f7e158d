import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// Issue 11: only domain/time/clock.ts reads the system time, and no file casts through
// unknown. Both are `no-restricted-syntax`, where a later block replaces an earlier one's
// options: what counts is the rule as ESLint computes it for each file.
const eslint = new ESLint();
const ruleFor = async (file: string) =>
  ((await eslint.calculateConfigForFile(file)) as Linter.Config).rules?.['no-restricted-syntax'];

const flagged = (rule: Linter.RuleEntry | undefined, code: string) =>
  new Linter({ configType: 'flat' })
    .verify(code, [{ rules: { 'no-restricted-syntax': rule ?? 'off' } }])
    .map((message) => message.message);

const messages = async (file: string): Promise<string[]> => {
  const rule = await ruleFor(file);
  return Array.isArray(rule)
    ? rule.slice(1).map((option) => (option as { message: string }).message)
    : [];
};

describe('the one-clock and no-double-cast lint rules', () => {
  it('forbid new Date() and Date.now() in src, except the clock file', async () => {
    const rule = await ruleFor('src/db/append.ts');
    expect(flagged(rule, 'const a = new Date();')).toHaveLength(1);
    expect(flagged(rule, 'const b = Date.now();')).toHaveLength(1);
    expect(flagged(await ruleFor('src/domain/time/clock.ts'), 'const a = new Date();')).toEqual([]);
  });

  it('let a date be made from a given instant', async () => {
    const rule = await ruleFor('src/db/append.ts');
    expect(flagged(rule, "const c = new Date('2026-12-01T14:00:00+01:00');")).toEqual([]);
    expect(flagged(rule, 'const d = new Date(Date.parse(x));')).toEqual([]);
  });

  it('keep the double cast forbidden everywhere, the clock file and the tests included', async () => {
    const noCast = 'No `as unknown as`: parse the value, or give it its real type.';
    for (const file of ['src/db/append.ts', 'src/domain/time/clock.ts', 'tests/unit/x.test.ts'])
      expect(await messages(file)).toContain(noCast);
  });
});
