import { Alert, Table, Text } from '@mantine/core';
import { useUndeliveredMail } from '../../api/mail';

const plural = (count: number) => (count === 1 ? '1 email' : `${count} emails`);

/** Tells the organizer that mail to their event's people is stuck, and to whom, so it is never lost in silence. */
export function UndeliveredMailWarning({ eventId }: { eventId: string }) {
  const undelivered = useUndeliveredMail(eventId);
  const count = undelivered.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <Alert color="yellow" title={`${plural(count)} could not be delivered yet`}>
      <Text size="sm" mb="xs">
        The mail server refused them or could not be reached. Retrying messages go out by themselves once it
        accepts them; given-up ones never will, so reach those people another way.
      </Text>
      <Table aria-label="Undelivered emails" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Recipient</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Last error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {undelivered.data?.messages.map((mail) => (
            <Table.Tr key={mail.id}>
              <Table.Td>{mail.to}</Table.Td>
              <Table.Td>{mail.subject}</Table.Td>
              <Table.Td>{mail.status === 'failed' ? 'Given up' : 'Retrying'}</Table.Td>
              <Table.Td>{mail.attempts}</Table.Td>
              <Table.Td>{mail.lastError}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
