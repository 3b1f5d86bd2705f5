import { Button, Group } from '@mantine/core';

/** The footer of a dialog's form: a way out, then the form's submit button. */
export function DialogActions({
  onCancel,
  submitLabel,
  loading,
  cancelLabel = 'Cancel',
  color,
}: {
  onCancel: () => void;
  submitLabel: string;
  loading?: boolean;
  cancelLabel?: string;
  color?: string;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={loading} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}
