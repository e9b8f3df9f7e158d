// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession } from '../../../../src/db/session';
import { useLockMinutes } from '../../../../src/features/lock/hooks';
import { useIdleLock } from '../../../../src/features/lock/useIdleLock';
import { asLongWork } from '../../../../src/ui/longWork';
import { WardTimeProvider } from '../../../../src/ui/wardTime';
import { freshWard } from '../../db/fixtures';

const MINUTE = 60_000;
let nowMs = Date.parse('2026-12-02T03:00:00+01:00');
const clock = { now: () => new Date(nowMs) };

/** Shows the lock period once read, so that the test knows the hook has it. */
function Probe() {
  useIdleLock();
  return <p>{useLockMinutes() ?? 'reading'}</p>;
}

/** Time passes on the ward's clock, and the hook's 10-second check runs. */
async function later(minutes: number) {
  nowMs += minutes * MINUTE;
  await act(async () => {
    vi.advanceTimersByTime(10_000);
    await Promise.resolve();
  });
}

beforeEach(async () => {
  await freshWard(); // unlocked; the lock period is the default, 5 minutes
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  render(
    <WardTimeProvider timeZone="Europe/Paris" clock={clock}>
      <Probe />
    </WardTimeProvider>,
  );
  // The period is read from the database by a live query: wait until it is there.
  await screen.findByText('5', {}, { timeout: 15_000 });
  await act(() => Promise.resolve());
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the idle lock', () => {
  it('locks after the period without a touch', async () => {
    await later(4);
    expect(getSession().locked).toBe(false);
    await later(2);
    expect(getSession().locked).toBe(true);
  });

  it('waits for a long join or import to end, then counts the period from its end', async () => {
    let finish = () => {};
    const work = asLongWork(() => new Promise<void>((resolve) => (finish = resolve)));
    await later(6);
    await later(6);
    expect(getSession().locked).toBe(false);
    finish();
    await work;
    await later(4);
    expect(getSession().locked).toBe(false);
    await later(2);
    expect(getSession().locked).toBe(true);
  });
});
