// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/db';
import { wardHintKey } from '../../../../src/db/mode';
import { lockSession } from '../../../../src/db/session';
import { useHasWard } from '../../../../src/features/lock/hooks';
import { freshWard } from '../../db/fixtures';
import { emptyTablet } from '../../db/wardFileFixtures';

const HINT = wardHintKey(db.name);
/** What the gate was told at each render: the first is before the database answered. */
const seen: (boolean | undefined)[] = [];

function Probe() {
  const held = useHasWard();
  seen.push(held);
  return <p>{held === undefined ? 'reading' : String(held)}</p>;
}

beforeEach(() => {
  seen.length = 0;
  localStorage.clear();
});
afterEach(async () => {
  cleanup();
  await lockSession();
});

describe('the hint that a ward is here: the lock screen without waiting for the database', () => {
  it('with the hint, a ward is said at once; a wrong hint ends on the database’s answer and goes', async () => {
    await emptyTablet();
    localStorage.setItem(HINT, '1');
    render(<Probe />);
    expect(seen[0]).toBe(true);
    await screen.findByText('false', {}, { timeout: 15_000 });
    // The hint follows in an effect, after the render that showed the answer.
    await waitFor(() => expect(localStorage.getItem(HINT)).toBeNull(), { timeout: 15_000 });
  });

  it('without it, the database is waited for, and its answer kept as the hint', async () => {
    await freshWard();
    render(<Probe />);
    expect(seen[0]).toBeUndefined();
    await screen.findByText('true', {}, { timeout: 15_000 });
    await waitFor(() => expect(localStorage.getItem(HINT)).toBe('1'), { timeout: 15_000 });
  });
});
