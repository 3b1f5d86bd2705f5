import { Avatar, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import {
  type CompanyRequest,
  companyRequestStateLabel,
} from '../../../../../shared/schemas/company-requests.schemas';
import { useCompanyQueue } from '../../../../api/companyRequests';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { Quote } from './ChatCard';

/**
 * A talent's request to a whole company, in their Requests (waiting) or Declined list: labelled with the company,
 * what they wrote and, once declined, why. An accepted one becomes a chat with the recruiter who took it.
 */
export function TalentCompanyRequestCard({ request }: { request: CompanyRequest }) {
  const headingId = useId();
  const { withdraw } = useCompanyQueue(request.eventId);
  const zone = viewerTimeZone();
  return (
    <Card component="li" aria-labelledby={headingId} withBorder padding="lg" style={{ listStyle: 'none' }}>
      <Stack gap="sm">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <Avatar name={request.company.name} color="initials" radius="xl" aria-hidden />
          <div style={{ minWidth: 0, flex: 1 }}>
            <Title order={3} fz="lg" id={headingId}>
              {request.company.name}
            </Title>
            <Text size="sm" c="dark.6">
              Company request: any recruiter · sent {formatDay(request.createdAt, zone)},{' '}
              {formatTime(request.createdAt, zone)}
            </Text>
          </div>
          <Badge variant="light" color={request.state === 'waiting' ? 'yellow' : 'gray'} c="dark.7">
            {companyRequestStateLabel[request.state]}
          </Badge>
        </Group>
        {request.state === 'waiting' && (
          <Text size="sm" c="dark.6">
            Waiting for a recruiter of {request.company.name} to accept it; you then pick one of their free
            time slots.
          </Text>
        )}
        {request.message && <Quote label="Your message">{request.message}</Quote>}
        {request.declineMessage && (
          <Quote label={`Reason from ${request.decidedBy?.name ?? request.company.name}`}>
            {request.declineMessage}
          </Quote>
        )}
        {request.state === 'waiting' && (
          <Group justify="flex-end">
            <ConfirmButton
              buttonProps={{ variant: 'outline', color: 'red.9' }}
              ariaLabel={`Withdraw request to ${request.company.name}`}
              title="Withdraw your request?"
              message={`The recruiters of ${request.company.name} will no longer see it. You can send a new request later.`}
              confirmLabel="Withdraw"
              onConfirm={() => withdraw.mutateAsync(request.id)}
            >
              Withdraw request
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
