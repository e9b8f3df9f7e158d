// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as lock from '../../../src/db/lock';
import { LockScreen } from '../../../src/features/lock/LockScreen';
import { I18nProvider } from '../../../src/i18n/I18nProvider';

const failure = vi.hoisted(() => ({ error: null as unknown }));

// The storage below the lock screen fails in a way unlockWard does not expect.
vi.mock('../../../src/db/lock', async (original) => ({
  ...(await original<typeof lock>()),
  unlockWard: () => Promise.reject(failure.error),
}));

afterEach(cleanup);

describe('lock screen', () => {
  it('is never left on "Ouverture…" when storage fails: it says so and can be tried again', async () => {
    failure.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nProvider>
        <LockScreen />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('Phrase de passe du service'), {
      target: { value: 'cheval agrafe lune' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringMatching(/erreur de stockage/),
    );
    const button = screen.getByRole('button', { name: 'Déverrouiller' });
    expect(button).toHaveProperty('disabled', false);
    expect(screen.queryByText('Ouverture…')).toBeNull();
  });
});
