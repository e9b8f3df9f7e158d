// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { backFromAuthor, useRoute } from '../../../src/app/routes';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});

function ShownScreen() {
  return <p>{useRoute().screen}</p>;
}

/** Moves the address as a tap would, before the app's passive effects (its listeners) run. */
function TapBeforeListening({ to }: { to: string }) {
  useLayoutEffect(() => {
    const oldURL = location.href;
    history.replaceState(null, '', to);
    dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
  }, [to]);
  return null;
}

/** A tap on a link, with the event the browser sends after it. */
function tap(to: string) {
  act(() => {
    const oldURL = location.href;
    history.pushState(null, '', to);
    dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
  });
}

describe('the route', () => {
  it('follows the address after each tap', () => {
    render(<ShownScreen />);
    expect(screen.getByText('board')).toBeTruthy();
    tap('#/beds');
    expect(screen.getByText('beds')).toBeTruthy();
    tap('#/print');
    expect(screen.getByText('print')).toBeTruthy();
  });

  it('opens the screen of a tap made while the app was first drawn, before it listened', () => {
    render(
      <>
        <ShownScreen />
        <TapBeforeListening to="#/beds" />
      </>,
    );
    expect(screen.getByText('beds')).toBeTruthy();
  });

  it('comes back from "who charts" to the screen the nurse left', async () => {
    render(<ShownScreen />);
    tap('#/data');
    tap('#/author');
    expect(screen.getByText('author')).toBeTruthy();
    act(backFromAuthor);
    // go() sets location.hash: jsdom sends its hashchange in a task of its own.
    await waitFor(() => expect(screen.getByText('data')).toBeTruthy());
    expect(location.hash).toBe('#/data');
  });
});
