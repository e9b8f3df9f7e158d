import type { ValidationIssue } from '../domain/validation';
import { useI18n } from '../i18n/I18nProvider';
import type { FormStatus } from './useWriteForm';

/**
 * Problems that no field of the form shows (a bed taken meanwhile, nothing changed...):
 * listed under the summary, so a refused save is never left unexplained.
 */
export function FormIssues({
  status,
  shown,
}: {
  status: FormStatus;
  shown: (path: string) => boolean;
}) {
  const { t } = useI18n();
  const issues: ValidationIssue[] =
    status.state === 'failed' && status.failure.kind === 'validation' ? status.failure.issues : [];
  const others = issues.filter((issue) => !shown(issue.path));
  if (others.length === 0) return null;
  return (
    <ul className="form-issues">
      {others.map((issue) => (
        <li key={`${issue.path}-${issue.code}`}>{t(`validation.${issue.code}`)}</li>
      ))}
    </ul>
  );
}

/** The message of the first problem at a path, in words, or undefined. */
export const issueText =
  (
    t: ReturnType<typeof useI18n>['t'],
    issueAt: (path: string) => ValidationIssue['code'] | undefined,
  ) =>
  (path: string) => {
    const code = issueAt(path);
    return code && t(`validation.${code}`);
  };
