import type { ReactNode } from 'react';
import type { Author } from '../domain/staff';
import { SyncStatusLine } from '../features/sync/SyncStatusLine';
import { useI18n } from '../i18n/I18nProvider';
import type { Route } from './routes';

const NAV = [
  { screen: 'board', hash: '#/', key: 'nav.board' },
  { screen: 'todo', hash: '#/todo', key: 'charting.nav.todo' },
  { screen: 'patient', hash: '#/patient', key: 'nav.patient' },
  { screen: 'print', hash: '#/print', key: 'nav.print' },
  { screen: 'data', hash: '#/data', key: 'nav.data' },
  { screen: 'settings', hash: '#/settings', key: 'nav.settings' },
] as const;

interface ShellProps {
  route: Route;
  author: Author;
  onLock: () => void;
  children: ReactNode;
}

/** The frame around every screen: who is charting, and the way to every screen. */
export function Shell({ route, author, onLock, children }: ShellProps) {
  const { t } = useI18n();
  // A charting screen belongs to a patient.
  const current =
    route.screen === 'chart' || route.screen === 'unknownPatient' ? 'patient' : route.screen;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <SyncStatusLine />
        <a className="author" href="#/author">
          {t('session.chartingAs', { name: `${author.name} (${author.initials})` })}
          <span className="visually-hidden"> — {t('session.switch')}</span>
        </a>
        <button type="button" className="lock-button" onClick={onLock}>
          {t('lock.lockNow')}
        </button>
      </header>
      <nav aria-label={t('nav.label')} className="nav">
        {NAV.map((item) => (
          <a
            key={item.screen}
            href={item.hash}
            aria-current={current === item.screen ? 'page' : undefined}
          >
            {t(item.key)}
          </a>
        ))}
      </nav>
      {children}
    </>
  );
}
