import { Alert } from '@mantine/core';
import { ApiError } from '../api/client';
import { useT } from '../i18n/i18n';

/** Shows what went wrong in words a person understands; announced to screen readers. */
export function ApiErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useT();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('shell.error.unreachable');
  return (
    <Alert color="red" title={title ?? t('shell.error.title')} role="alert" variant="light">
      {message}
    </Alert>
  );
}
