import { Avatar, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { CompanyRequest } from '../../../../../shared/schemas/company-requests.schemas';
import { useCompanyQueue } from '../../../../api/companyRequests';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { Quote } from './ChatCard';

const stateKey: Record<CompanyRequest['state'], MessageKey> = {
  waiting: 'talent.companyRequest.waiting',
  accepted: 'talent.companyRequest.accepted',
  declined: 'talent.companyRequest.declined',
  withdrawn: 'talent.companyRequest.withdrawn',
};

/**
 * A talent's request to a whole company, in their Requests (waiting) or Declined list: labelled with the company,
 * what they wrote and, once declined, why. An accepted one becomes a chat with the recruiter who took it.
 */
export function TalentCompanyRequestCard({ request }: { request: CompanyRequest }) {
  const { t } = useT();
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
              {t('talent.companyRequest.sent', {
                day: formatDay(request.createdAt, zone),
                time: formatTime(request.createdAt, zone),
              })}
            </Text>
          </div>
          <Badge variant="light" color={request.state === 'waiting' ? 'yellow' : 'gray'} c="dark.7">
            {t(stateKey[request.state])}
          </Badge>
        </Group>
        {request.state === 'waiting' && (
          <Text size="sm" c="dark.6">
            {t('talent.companyRequest.waitingText', { company: request.company.name })}
          </Text>
        )}
        {request.message && <Quote label={t('talent.chat.yourMessage')}>{request.message}</Quote>}
        {request.declineMessage && (
          <Quote
            label={t('talent.companyRequest.reasonFrom', {
              name: request.decidedBy?.name ?? request.company.name,
            })}
          >
            {request.declineMessage}
          </Quote>
        )}
        {request.state === 'waiting' && (
          <Group justify="flex-end">
            <ConfirmButton
              buttonProps={{ variant: 'outline', color: 'red.9' }}
              ariaLabel={t('talent.companyRequest.withdrawLabel', { company: request.company.name })}
              title={t('talent.withdraw.title')}
              message={t('talent.companyRequest.withdrawMessage', { company: request.company.name })}
              confirmLabel={t('talent.withdraw.confirm')}
              onConfirm={() => withdraw.mutateAsync(request.id)}
            >
              {t('talent.withdraw.button')}
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
