import { Badge, Button, Card, Group, Loader, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import type { TeamMember } from '../../../../../shared/schemas/availability.schemas';
import {
  type CompanyRequest,
  companyRequestStateLabel,
} from '../../../../../shared/schemas/company-requests.schemas';
import { useCompanyQueue, useCompanyRequests } from '../../../../api/companyRequests';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { DialogActions } from '../../../../components/DialogActions';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { formatDay, formatTime, viewerTimeZone } from '../../../../time';
import { Quote } from '../talent/ChatCard';

const MAX_TEXT = 2000;

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
  const [opened, { open, close }] = useDisclosure(false);
  const { accept } = useCompanyQueue(request.eventId);
  const me = members.find((member) => member.isMe);
  const [recruiterId, setRecruiterId] = useState<string | null>(me?.recruiter.id ?? null);
  const options = members
    .filter((member) => member.confirmed)
    .map((member) => ({
      value: member.recruiter.id,
      label: member.isMe ? `${member.recruiter.name} (you)` : member.recruiter.name,
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
      title: 'Request accepted',
      message: `${request.talent.name} will pick one of ${chat.recruiter.name}'s free time slots.`,
    });
  };
  return (
    <>
      <Button leftSection={<IconCheck size={16} aria-hidden />} aria-describedby={describedBy} onClick={open}>
        Accept
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Accept the request of ${request.talent.name}`}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dark.6">
              The chat is approved at once: {request.talent.name} then picks one of the free time slots of
              whoever takes it.
            </Text>
            <Select
              label="Who chats with them"
              data={options}
              value={recruiterId}
              onChange={setRecruiterId}
              allowDeselect={false}
            />
            <ApiErrorAlert error={accept.error} title="Not accepted" />
            <DialogActions onCancel={dismiss} submitLabel="Accept Request" loading={accept.isPending} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** `Decline` with a reason the talent reads (required, as for a request to one recruiter). */
function DeclineButton({ request, describedBy }: { request: CompanyRequest; describedBy: string }) {
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
    notifications.show({ title: 'Request declined', message: `${request.talent.name} gets your message.` });
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
        Decline
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Decline the request of ${request.talent.name}`}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <LimitedTextarea
              label="Message to the talent"
              description="Required: a short reason, for the whole company."
              autosize
              minRows={3}
              maxLength={MAX_TEXT}
              data-autofocus
              value={message}
              error={missing ? 'Write a short reason for the talent.' : undefined}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
            <ApiErrorAlert error={decline.error} title="Not declined" />
            <DialogActions
              onCancel={dismiss}
              submitLabel="Decline Request"
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
  const headingId = useId();
  const zone = viewerTimeZone();
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
              Sent {formatDay(request.createdAt, zone)}, {formatTime(request.createdAt, zone)}
            </Text>
          </div>
          <Badge variant="light" color={waiting ? 'yellow' : 'gray'} c="dark.7">
            {companyRequestStateLabel[request.state]}
          </Badge>
        </Group>
        {request.message && <Quote label="Their message">{request.message}</Quote>}
        {request.state === 'accepted' && (
          <Text size="sm">
            Accepted by {request.decidedBy?.name ?? 'a former colleague'}
            {request.recruiter && request.recruiter.id !== request.decidedBy?.id
              ? ` for ${request.recruiter.name}`
              : ''}
            .
          </Text>
        )}
        {request.declineMessage && (
          <Quote label={`Declined by ${request.decidedBy?.name ?? 'a former colleague'}`}>
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
  const requests = useCompanyRequests(eventId);
  const headingId = `${eventId}-company-requests`;
  const waiting = requests.data?.waiting ?? 0;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group gap="xs">
        <Title order={3} fz="h4" id={headingId}>
          Company requests
        </Title>
        <Badge variant={waiting > 0 ? 'filled' : 'light'} color="red.9" aria-label={`${waiting} waiting`}>
          {waiting}
        </Badge>
      </Group>
      <Text size="sm" c="dark.6">
        Talents who asked to talk to anyone at your company. The first of you to accept gets the chat.
      </Text>
      {requests.isPending && <Loader size="sm" aria-label="Loading company requests" />}
      <ApiErrorAlert error={requests.error} title="Could not load the company requests" />
      {requests.data &&
        (requests.data.requests.length === 0 ? (
          <Text size="sm">No company requests yet.</Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} aria-label="Company requests">
            {requests.data.requests.map((request) => (
              <CompanyRequestCard key={request.id} request={request} members={members} />
            ))}
          </Stack>
        ))}
    </Stack>
  );
}
