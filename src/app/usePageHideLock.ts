import { useEffect } from 'react';

/**
 * Leaving the page (closed, reloaded, navigated away or put in the back-forward cache):
 * what was typed is emptied from the document at once, so that the browser has nothing to
 * keep, and the ward locks (the drafts are written first: features/drafts) — a page brought back from the cache
 * shows the lock screen, not a patient. A reload or a close forgets the key anyway.
 */
export function usePageHideLock(lock: () => void): void {
  useEffect(() => {
    const onHide = () => {
      document
        .querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
        .forEach((field) => {
          if (field.type !== 'radio' && field.type !== 'checkbox') field.value = '';
        });
      lock();
    };
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [lock]);
}
