import { describe, expect, it } from 'vitest';
import { UNIT_NOW } from './clock';

describe('the unit tests’ clock', () => {
  it('starts at UNIT_NOW whatever the machine’s date', () => {
    const elapsed = Date.now() - UNIT_NOW.getTime();
    // A file's tests start within minutes of its setup, even on a loaded machine.
    expect(elapsed).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThan(10 * 60_000);
    expect(new Date().getTime()).toBeGreaterThanOrEqual(UNIT_NOW.getTime());
  });
});
