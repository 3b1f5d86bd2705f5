import { Badge, Button, Card, Group, Loader, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import type {
  CompanyRequest,
  CompanyRequestState,
} from '../../../../../shared/schemas/company-requests.schemas';
import { useCompanyQueue, useCompanyRequests } from '../../../../api/companyRequests';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { DialogActions } from '../../../../components/DialogActions';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { Quote } from '../talent/ChatCard';

const MAX_TEXT = 2000;

const stateKeys: Record<CompanyRequestState, MessageKey> = {
  waiting: 'recruiter.companyRequests.state.waiting',
  accepted: 'recruiter.companyRequests.state.accepted',
  declined: 'recruiter.companyRequests.state.declined',
  withdrawn: 'recruiter.companyRequests.state.withdrawn',
};

/** `Accept`: for oneself by default, or for a colleague with confirmed availability, as colleagues act for each other. */
function AcceptButton({
  request,
  members,
  describedBy,
}: {
  request: CompanyRequest;
  members: readonly TeamMember[];
  describedBy: string;
}) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const { accept } = useCompanyQueue(request.eventId);
  const me = members.find((member) => member.isMe);
  const [recruiterId, setRecruiterId] = useState<string | null>(me?.recruiter.id ?? null);
  const options = members
    .filter((member) => member.confirmed)
    .map((member) => ({
      value: member.recruiter.id,
      label: member.isMe ? t('recruiter.you', { name: member.recruiter.name }) : member.recruiter.name,
    }));
  const dismiss = () => {
    close();
    accept.reset();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let chat: Awaited<ReturnType<typeof accept.mutateAsync>>;
    try {
      chat = await accept.mutateAsync({ requestId: request.id, recruiterId: recruiterId ?? undefined });
    } catch {
      return; // shown in the dialog
    }
    dismiss();
    notifications.show({
      color: 'green',
      title: t('recruiter.companyRequests.accepted'),
      message: t('recruiter.companyRequests.acceptedMessage', {
        talent: request.talent.name,
        recruiter: chat.recruiter.name,
      }),
    });
  };
  return (
    <>
      <Button leftSection={<IconCheck size={16} aria-hidden />} aria-describedby={describedBy} onClick={open}>
        {t('recruiter.companyRequests.accept')}
      </Button>
      <Modal
        opened={opened}
        onClose={dismiss}
        title={t('recruiter.companyRequests.acceptTitle', { talent: request.talent.name })}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dark.6">
              {t('recruiter.companyRequests.acceptIntro', { talent: request.talent.name })}
            </Text>
            <Select
              label={t('recruiter.companyRequests.whoChats')}
              data={options}
              value={recruiterId}
              onChange={setRecruiterId}
              allowDeselect={false}
            />
            <ApiErrorAlert error={accept.error} title={t('recruiter.companyRequests.notAccepted')} />
            <DialogActions
              onCancel={dismiss}
              cancelLabel={t('recruiter.cancel')}
              submitLabel={t('recruiter.companyRequests.acceptSubmit')}
              loading={accept.isPending}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** `Decline` with a reason the talent reads (required, as for a request to one recruiter). */
function DeclineButton({ request, describedBy }: { request: CompanyRequest; describedBy: string }) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const { decline } = useCompanyQueue(request.eventId);
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const dismiss = () => {
    close();
    setMessage('');
    setMissing(false);
    decline.reset();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setMissing(true);
      return;
    }
    try {
      await decline.mutateAsync({ requestId: request.id, message });
    } catch {
      return; // shown in the dialog
    }
    dismiss();
    notifications.show({
      title: t('recruiter.decline.done'),
      message: t('recruiter.companyRequests.declinedMessage', { talent: request.talent.name }),
    });
  };
  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        leftSection={<IconX size={16} aria-hidden />}
        aria-describedby={describedBy}
        onClick={open}
      >
        {t('recruiter.decline.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={dismiss}
        title={t('recruiter.companyRequests.declineTitle', { talent: request.talent.name })}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <LimitedTextarea
              label={t('recruiter.companyRequests.messageToTalent')}
              description={t('recruiter.companyRequests.messageHint')}
              autosize
              minRows={3}
              maxLength={MAX_TEXT}
              data-autofocus
              value={message}
              error={missing ? t('recruiter.companyRequests.reasonMissing') : undefined}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
            <ApiErrorAlert error={decline.error} title={t('recruiter.companyRequests.notDeclined')} />
            <DialogActions
              onCancel={dismiss}
              cancelLabel={t('recruiter.cancel')}
              submitLabel={t('recruiter.companyRequests.declineSubmit')}
              color="red.9"
              loading={decline.isPending}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function CompanyRequestCard({
  request,
  members,
}: {
  request: CompanyRequest;
  members: readonly TeamMember[];
}) {
  const { t } = useT();
  const headingId = useId();
  const zone = viewerTimeZone();
  const decider = request.decidedBy?.name ?? t('recruiter.companyRequests.formerColleague');
  const waiting = request.state === 'waiting';
  return (
    <Card component="li" aria-labelledby={headingId} withBorder padding="md" style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Title order={4} fz="md" id={headingId}>
              {request.talent.name}
            </Title>
            {request.talent.headline && (
              <Text size="sm" c="dark.6">
                {request.talent.headline}
              </Text>
            )}
            <Text size="sm" c="dark.6">
              {t('recruiter.companyRequests.sent', {
                when: `${formatDay(request.createdAt, zone)}, ${formatTime(request.createdAt, zone)}`,
              })}
            </Text>
          </div>
          <Badge variant="light" color={waiting ? 'yellow' : 'gray'} c="dark.7">
            {t(stateKeys[request.state])}
          </Badge>
        </Group>
        {request.message && (
          <Quote label={t('recruiter.companyRequests.theirMessage')}>{request.message}</Quote>
        )}
        {request.state === 'accepted' && (
          <Text size="sm">
            {request.recruiter && request.recruiter.id !== request.decidedBy?.id
              ? t('recruiter.companyRequests.acceptedByFor', { decider, recruiter: request.recruiter.name })
              : t('recruiter.companyRequests.acceptedBy', { decider })}
          </Text>
        )}
        {request.declineMessage && (
          <Quote label={t('recruiter.companyRequests.declinedBy', { decider })}>
            {request.declineMessage}
          </Quote>
        )}
        {waiting && (
          <Group justify="flex-end" gap="sm">
            <DeclineButton request={request} describedBy={headingId} />
            <AcceptButton request={request} members={members} describedBy={headingId} />
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Requests to the whole company (`Request any recruiter`): every recruiter of the team sees them, live, and the first
 * to accept gets the chat (or gives it to a colleague). Waiting ones first, then the latest answered.
 */
export function CompanyRequestsSection({
  eventId,
  members,
}: {
  eventId: string;
  members: readonly TeamMember[];
}) {
  const { t } = useT();
  const requests = useCompanyRequests(eventId);
  const headingId = `${eventId}-company-requests`;
  const waiting = requests.data?.waiting ?? 0;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group gap="xs">
        <Title order={3} fz="h4" id={headingId}>
          {t('recruiter.companyRequests.title')}
        </Title>
        <Badge
          variant={waiting > 0 ? 'filled' : 'light'}
          color="red.9"
          aria-label={t('recruiter.companyRequests.waiting', { count: waiting })}
        >
          {waiting}
        </Badge>
      </Group>
      <Text size="sm" c="dark.6">
        {t('recruiter.companyRequests.intro')}
      </Text>
      {requests.isPending && <Loader size="sm" aria-label={t('recruiter.companyRequests.loading')} />}
      <ApiErrorAlert error={requests.error} title={t('recruiter.companyRequests.couldNotLoad')} />
      {requests.data &&
        (requests.data.requests.length === 0 ? (
          <Text size="sm">{t('recruiter.companyRequests.none')}</Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} aria-label={t('recruiter.companyRequests.title')}>
            {requests.data.requests.map((request) => (
              <CompanyRequestCard key={request.id} request={request} members={members} />
            ))}
          </Stack>
        ))}
    </Stack>
  );
}
