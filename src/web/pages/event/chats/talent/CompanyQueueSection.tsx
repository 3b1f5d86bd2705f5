import { Badge, Button, Card, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUsersGroup } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import type { BookableRecruiter } from '../../../../../shared/schemas/availability.schemas';
import type { CompanyRequest } from '../../../../../shared/schemas/company-requests.schemas';
import { useCompanyQueue, useCompanyRequests, useNextCompanySlot } from '../../../../api/companyRequests';
import { ApiError } from '../../../../api/client';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { DialogActions } from '../../../../components/DialogActions';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { ShareWithCompanyCheckbox } from '../../../../components/ShareWithCompanyCheckbox';
import { chatTimeText, zoneName } from '../../../../time';
import { useChatTabParam } from './chatTabParam';
import { WaitlistControl } from './WaitlistControl';

const MAX_TEXT = 2000;

/**
 * A company as the recruiter list shows it, with how talents reach it (direct if any shown recruiter books so) and
 * whether any shown recruiter has a free slot left.
 */
interface ListedCompany {
  id: string;
  name: string;
  booth: string;
  recruiters: number;
  mode: 'approval' | 'direct';
  freeSlot: boolean;
}

function companiesOf(recruiters: readonly BookableRecruiter[]): ListedCompany[] {
  const byId = new Map<string, ListedCompany>();
  for (const recruiter of recruiters) {
    const listed = byId.get(recruiter.company.id) ?? {
      ...recruiter.company,
      recruiters: 0,
      mode: 'approval' as const,
      freeSlot: false,
    };
    byId.set(recruiter.company.id, {
      ...listed,
      recruiters: listed.recruiters + 1,
      mode: recruiter.bookingMode === 'direct' ? 'direct' : listed.mode,
      freeSlot: listed.freeSlot || recruiter.nextFreeSlot !== null,
    });
  }
  return [...byId.values()];
}

/** The talent's message to the company: as a request to one recruiter, sent to all who take requests. */
function RequestForm({
  eventId,
  company,
  onClose,
}: {
  eventId: string;
  company: ListedCompany;
  onClose: () => void;
}) {
  const { request } = useCompanyQueue(eventId);
  const { show } = useChatTabParam();
  const [message, setMessage] = useState('');
  const [shareWithCompany, setShareWithCompany] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await request.mutateAsync({
        companyId: company.id,
        message: message.trim() || undefined,
        shareWithCompany,
      });
    } catch {
      return; // shown in the dialog
    }
    notifications.show({
      color: 'green',
      title: 'Request sent',
      message: `The recruiters of ${company.name} get your request. Follow it under Requests.`,
    });
    onClose();
    show('requests', { scroll: true });
  };
  const fieldError = request.error instanceof ApiError ? request.error.fields.message : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dark.6">
          Every recruiter of {company.name} who takes requests gets yours. The first to accept it chats with
          you, and you then pick one of their free time slots.
        </Text>
        <LimitedTextarea
          label="Message"
          description="Optional: what would you like to talk about?"
          autosize
          minRows={3}
          maxLength={MAX_TEXT}
          data-autofocus
          value={message}
          error={fieldError}
          onChange={(event) => setMessage(event.currentTarget.value)}
        />
        <ShareWithCompanyCheckbox
          companyName={company.name}
          checked={shareWithCompany}
          onChange={setShareWithCompany}
        />
        {!fieldError && <ApiErrorAlert error={request.error} title="Your request was not sent" />}
        <DialogActions onCancel={onClose} submitLabel="Send Request" loading={request.isPending} />
      </Stack>
    </form>
  );
}

/** Direct booking of a company: which time and recruiter it will be, then the booking (the next free if it went). */
function BookingConfirmation({
  eventId,
  company,
  timeZone,
  onClose,
}: {
  eventId: string;
  company: ListedCompany;
  timeZone: string;
  onClose: () => void;
}) {
  const next = useNextCompanySlot(eventId, company.id);
  const { book } = useCompanyQueue(eventId);
  const { show } = useChatTabParam();
  const [shareWithCompany, setShareWithCompany] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let chat: Awaited<ReturnType<typeof book.mutateAsync>>;
    try {
      chat = await book.mutateAsync({ companyId: company.id, shareWithCompany });
    } catch {
      return; // shown in the dialog
    }
    const time = chatTimeText(chat.startsAt!, chat.endsAt!, timeZone);
    notifications.show({
      color: 'green',
      title: 'Booked',
      message: `Your 1-1 chat with ${chat.recruiter.name} (${company.name}) is on ${time.viewer}.`,
    });
    onClose();
    show('confirmed', { scroll: true });
  };
  if (next.isPending) return <Loader aria-label="Finding the next free time slot" />;
  if (!next.data)
    return (
      <Stack>
        <ApiErrorAlert error={next.error} title="Nothing to book" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    );
  const time = chatTimeText(next.data.startsAt, next.data.endsAt, timeZone);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          Your 1-1 chat will be with <strong>{next.data.recruiter.name}</strong> on{' '}
          <strong>{time.viewer}</strong> ({zoneName(time.viewerZone)} time){time.event && ` · ${time.event}`}.
        </Text>
        <Text size="sm" c="dark.6">
          The earliest free time slot of {company.name} you may book. If someone takes it first, you get the
          next one, and the confirmation says which.
        </Text>
        <ShareWithCompanyCheckbox
          companyName={company.name}
          checked={shareWithCompany}
          onChange={setShareWithCompany}
        />
        <ApiErrorAlert error={book.error} title="Not booked" />
        <DialogActions onCancel={onClose} submitLabel="Book this time" loading={book.isPending} />
      </Stack>
    </form>
  );
}

function CompanyRow({
  eventId,
  timeZone,
  company,
  waiting,
  disabled,
}: {
  eventId: string;
  timeZone: string;
  company: ListedCompany;
  waiting: CompanyRequest | undefined;
  disabled: boolean;
}) {
  const nameId = useId();
  const [opened, { open, close }] = useDisclosure(false);
  const { show } = useChatTabParam();
  // As on a recruiter's card: a time any of them frees is offered at once to a talent who could book it directly.
  const mayWait = company.mode === 'direct' && !company.freeSlot && !disabled;
  return (
    <Card component="li" aria-labelledby={nameId} withBorder padding="sm" style={{ listStyle: 'none' }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} id={nameId}>
            {company.name}
          </Text>
          <Text size="sm" c="dark.6">
            {company.booth ? `${company.booth} · ` : ''}
            {company.recruiters === 1 ? '1 recruiter' : `${company.recruiters} recruiters`} listed
          </Text>
        </div>
        <Group gap="xs">
          {mayWait && (
            <WaitlistControl
              eventId={eventId}
              owner={{ kind: 'company', id: company.id, name: company.name }}
              describedBy={nameId}
            />
          )}
          {waiting ? (
            <>
              <Badge color="yellow" variant="light" c="dark.7">
                Request waiting
              </Badge>
              <Button
                variant="subtle"
                aria-describedby={nameId}
                onClick={() => show('requests', { scroll: true })}
              >
                View your request
              </Button>
            </>
          ) : (
            <Button
              variant="light"
              leftSection={<IconUsersGroup size={16} aria-hidden />}
              aria-describedby={nameId}
              disabled={disabled}
              onClick={open}
            >
              Request any recruiter
            </Button>
          )}
        </Group>
      </Group>
      <Modal opened={opened} onClose={close} title={`Request any recruiter at ${company.name}`} size="lg">
        {company.mode === 'direct' ? (
          <BookingConfirmation eventId={eventId} company={company} timeZone={timeZone} onClose={close} />
        ) : (
          <RequestForm eventId={eventId} company={company} onClose={close} />
        )}
      </Modal>
    </Card>
  );
}

/**
 * The companies of the recruiters listed, each with `Request any recruiter`: a request to the whole company (whoever
 * accepts first chats with the talent), or where its recruiters take direct bookings, its next free time slot.
 */
export function CompanyQueueSection({
  eventId,
  timeZone,
  recruiters,
  asking,
}: {
  eventId: string;
  timeZone: string;
  recruiters: readonly BookableRecruiter[];
  asking: { disabled: boolean };
}) {
  const requests = useCompanyRequests(eventId);
  const companies = companiesOf(recruiters);
  if (companies.length === 0) return null;
  const waitingFor = (companyId: string) =>
    requests.data?.requests.find((r) => r.company.id === companyId && r.state === 'waiting');
  return (
    <Stack component="section" aria-labelledby={`${eventId}-companies`} gap="xs">
      <Title order={3} fz="h4" id={`${eventId}-companies`}>
        Companies
      </Title>
      <Text size="sm" c="dark.6">
        No one in particular in mind? Ask a company: whichever of its recruiters is free takes your chat.
      </Text>
      <Stack component="ul" gap="xs" m={0} p={0} aria-label="Companies you can ask">
        {companies.map((company) => (
          <CompanyRow
            key={company.id}
            eventId={eventId}
            timeZone={timeZone}
            company={company}
            waiting={waitingFor(company.id)}
            disabled={asking.disabled}
          />
        ))}
      </Stack>
    </Stack>
  );
}
