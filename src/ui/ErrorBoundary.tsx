import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/types';

interface BoundaryProps {
  /** The part of the app inside, in words: a key of `integrity.parts`. */
  part: MessageKey;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

/** What failed, in words, a way to reload, and a line the nurse can note for the report. */
function Failed({ part, error }: { part: MessageKey; error: Error }) {
  const { t } = useI18n();
  const name = t(part);
  return (
    <section className="panel boundary" role="alert" aria-labelledby={`boundary-${part}`}>
      <h2 id={`boundary-${part}`}>{t('integrity.boundary.title')}</h2>
      <p>{t('integrity.boundary.text', { part: name })}</p>
      <button type="button" className="button-primary" onClick={() => window.location.reload()}>
        {t('integrity.boundary.reload')}
      </button>
      <p>{t('integrity.boundary.report')}</p>
      <p className="mono" data-testid="boundary-report">
        {t('integrity.boundary.reportLine', {
          part: name,
          name: error.name,
          message: error.message,
        })}
      </p>
    </section>
  );
}

/**
 * One failing part must not blank the rest: the app, each screen and each section of the
 * patient screen sit in one of these. The error stays in the console for the developer.
 */
export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Relève: ${String(this.props.part)} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    return error ? <Failed part={this.props.part} error={error} /> : this.props.children;
  }
}
