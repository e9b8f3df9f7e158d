import type { WriteFailure } from '../domain/failure';
import { useI18n } from '../i18n/I18nProvider';
import { Notice } from './Notice';

/** Says in words why nothing was saved. */
export function FailureNotice({ failure }: { failure: WriteFailure }) {
  const { t } = useI18n();
  const message = {
    validation: () => t('validation.summary'),
    quota: () => t('failure.quota'),
    locked: () => t('failure.locked'),
    'no-author': () => t('failure.noAuthor'),
    storage: () =>
      t('failure.storage', { detail: failure.kind === 'storage' ? failure.detail : '' }),
  }[failure.kind]();
  return <Notice tone="error">{message}</Notice>;
}
