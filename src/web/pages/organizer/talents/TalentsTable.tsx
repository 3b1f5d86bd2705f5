import { Badge, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { Person } from '../../../../shared/schemas/registrations.schemas';
import { useRemoveTalent } from '../../../api/registrations';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ResponsiveTable } from '../../../components/ResponsiveTable';

export function TalentsTable({
  eventId,
  eventName,
  talents,
}: {
  eventId: string;
  eventName: string;
  talents: Person[];
}) {
  const remove = useRemoveTalent(eventId);
  return (
    <ResponsiveTable
      label="Registered talents"
      minWidth={600}
      rows={talents}
      rowKey={(talent) => talent.id}
      columns={[
        {
          label: 'Name',
          cell: (talent) => (
            <Text span fw={500} inherit>
              {talent.name}
            </Text>
          ),
        },
        { label: 'Email', cell: (talent) => <Text size="sm">{talent.email}</Text> },
        {
          label: 'Account',
          cell: (talent) =>
            talent.activated ? (
              <Badge variant="light" color="green" size="sm">
                Active
              </Badge>
            ) : (
              <Badge variant="light" color="orange" size="sm" title="Has not set a password yet">
                Invited
              </Badge>
            ),
        },
        {
          label: 'Actions',
          hideLabel: true,
          align: 'right',
          cell: (talent) => (
            <ConfirmButton
              buttonProps={{
                variant: 'subtle',
                color: 'red.8',
                size: 'compact-sm',
                leftSection: <IconTrash size={14} aria-hidden />,
              }}
              ariaLabel={`Remove ${talent.name}`}
              title={`Remove ${talent.name}?`}
              message={`${talent.name} will no longer take part in ${eventName}. Their account and profile stay.`}
              confirmLabel="Remove talent"
              onConfirm={async () => {
                await remove.mutateAsync(talent.id);
                notifications.show({
                  color: 'green',
                  title: 'Talent removed',
                  message: `${talent.name} was removed from ${eventName}.`,
                });
              }}
            >
              Remove
            </ConfirmButton>
          ),
        },
      ]}
    />
  );
}
