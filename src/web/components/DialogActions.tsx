import { Button, Group } from '@mantine/core';
import { useT } from '../i18n/i18n';

/** The footer of a dialog's form: a way out, then the form's submit button. */
export function DialogActions({
  onCancel,
  submitLabel,
  loading,
  cancelLabel,
  color,
}: {
  onCancel: () => void;
  submitLabel: string;
  loading?: boolean;
  cancelLabel?: string;
  color?: string;
}) {
  const { t } = useT();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel ?? t('shell.cancel')}
      </Button>
      <Button type="submit" loading={loading} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}
