import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainUseFunctions, plainUseFunctionsIn } from './hookNames';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('use* names are for hooks only', () => {
  it('flags a use* function that calls no hook, and not one that does', () => {
    const source = [
      'export const useWrite = () => (text: string) => attempt(() => write(text));',
      'export function useToday() {',
      '  return localDate(new Date());',
      '}',
      'export const useBoard = () => useLiveQuery(readBoard);',
      'export function useText() {',
      '  const { t } = useI18n();',
      '  return t;',
      '}',
      'export const useSession = () =>',
      '  useSyncExternalStore<Session>(subscribe, getSession);',
    ].join('\n');
    expect(plainUseFunctions(source)).toEqual(['useWrite', 'useToday']);
  });

  it('finds no exported use* function in src that calls no React hook', () => {
    expect(plainUseFunctionsIn(root)).toEqual([]);
  });
});
