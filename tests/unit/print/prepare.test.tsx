// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextPages, nextTask, STEP } from '../../../src/features/print/pace';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { usePrintFormat, type PrintFormat } from '../../../src/print/format';

describe('preparing the pack in short tasks (issue 10, point 8)', () => {
  it('draws fewer pages a step when pages are slow, more when fast, always at least one', () => {
    expect(nextPages(STEP.aim * 4, 8)).toBe(2); // half the aim a page: two pages fit in it
    expect(nextPages(400, 1)).toBe(1);
    expect(nextPages(STEP.aim / 8, 2)).toBe(STEP.pages); // fast pages: capped
    expect(nextPages(0, 1)).toBe(STEP.pages);
  });

  it('runs each overflow-check step in a task of its own, and not once cancelled', async () => {
    const ran: string[] = [];
    const cancel = nextTask(() => ran.push('cancelled'));
    const done = new Promise<void>((resolve) => nextTask(() => (ran.push('run'), resolve())));
    cancel();
    expect(ran).toEqual([]); // not in the caller's task
    await done;
    // One more task after it, posted last: the cancelled step had its chance to run.
    await new Promise<void>((resolve) => nextTask(resolve));
    expect(ran).toEqual(['run']);
  });

  it('gives every page the same formatters instead of making Intl objects per page', () => {
    const seen: PrintFormat[] = [];
    function Page() {
      seen.push(usePrintFormat());
      return null;
    }
    render(
      <I18nProvider>
        <Page />
        <Page />
      </I18nProvider>,
    );
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen).size).toBe(1);
  });
});
