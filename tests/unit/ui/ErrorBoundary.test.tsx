// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';

afterEach(cleanup);

function Broken(): never {
  throw new TypeError('lastVitals is undefined');
}

describe('error boundary', () => {
  it('keeps the rest of the screen when one part fails, and says what failed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nProvider>
        <main>
          <p>Carte de Louis PETIT</p>
          <ErrorBoundary part="integrity.parts.vitals">
            <Broken />
          </ErrorBoundary>
          <ErrorBoundary part="integrity.parts.board">
            <p>Liste des lits</p>
          </ErrorBoundary>
        </main>
      </I18nProvider>,
    );
    // The siblings and the other boundary's content still render.
    expect(screen.getByText('Carte de Louis PETIT')).toBeTruthy();
    expect(screen.getByText('Liste des lits')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Constantes');
    expect(screen.getByRole('button', { name: /Recharger/ })).toBeTruthy();
    const report = screen.getByTestId('boundary-report').textContent ?? '';
    expect(report).toContain('TypeError');
    expect(report).toContain('lastVitals is undefined');
  });
});
