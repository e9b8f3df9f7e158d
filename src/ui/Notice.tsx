import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'success' | 'error' | 'info';
  children: ReactNode;
}

/** A message that screen readers announce: errors at once, the rest politely. */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
