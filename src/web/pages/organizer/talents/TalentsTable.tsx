import { Badge, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { Person } from '../../../../shared/schemas/registrations.schemas';
import { useRemoveTalent } from '../../../api/registrations';
import { ConfirmButton } from '../../../components/ConfirmButton';

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
    <Paper withBorder>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Account</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {talents.map((talent) => (
              <Table.Tr key={talent.id}>
                <Table.Td fw={500}>{talent.name}</Table.Td>
                <Table.Td>
                  <Text size="sm">{talent.email}</Text>
                </Table.Td>
                <Table.Td>
                  {talent.activated ? (
                    <Badge variant="light" color="green" size="sm">
                      Active
                    </Badge>
                  ) : (
                    <Badge variant="light" color="orange" size="sm" title="Has not set a password yet">
                      Invited
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
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
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
