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
import { useT } from '../../../../i18n/i18n';
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
  const { t } = useT();
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
      title: t('talent.request.sent'),
      message: t('talent.companies.sentMessage', { company: company.name }),
    });
    onClose();
    show('requests', { scroll: true });
  };
  const fieldError = request.error instanceof ApiError ? request.error.fields.message : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dark.6">
          {t('talent.companies.requestIntro', { company: company.name })}
        </Text>
        <LimitedTextarea
          label={t('talent.request.message')}
          description={t('talent.request.messageDescription')}
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
        {!fieldError && <ApiErrorAlert error={request.error} title={t('talent.request.notSent')} />}
        <DialogActions
          onCancel={onClose}
          submitLabel={t('talent.request.send')}
          loading={request.isPending}
        />
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
  const { t, rich } = useT();
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
      title: t('talent.companies.booked'),
      message: t('talent.companies.bookedMessage', {
        name: chat.recruiter.name,
        company: company.name,
        time: time.viewer,
      }),
    });
    onClose();
    show('confirmed', { scroll: true });
  };
  if (next.isPending) return <Loader aria-label={t('talent.companies.findingNext')} />;
  if (!next.data)
    return (
      <Stack>
        <ApiErrorAlert error={next.error} title={t('talent.companies.nothingToBook')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('talent.slotPicker.close')}
          </Button>
        </Group>
      </Stack>
    );
  const time = chatTimeText(next.data.startsAt, next.data.endsAt, timeZone);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          {rich(time.event ? 'talent.companies.willBeWithEventTime' : 'talent.companies.willBeWith', {
            name: next.data.recruiter.name,
            time: time.viewer,
            zone: zoneName(time.viewerZone),
            eventTime: time.event,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </Text>
        <Text size="sm" c="dark.6">
          {t('talent.companies.earliest', { company: company.name })}
        </Text>
        <ShareWithCompanyCheckbox
          companyName={company.name}
          checked={shareWithCompany}
          onChange={setShareWithCompany}
        />
        <ApiErrorAlert error={book.error} title={t('talent.companies.notBooked')} />
        <DialogActions
          onCancel={onClose}
          submitLabel={t('talent.companies.bookThisTime')}
          loading={book.isPending}
        />
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
  const { t } = useT();
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
            {company.booth
              ? t('talent.companies.boothAndRecruiters', { booth: company.booth, count: company.recruiters })
              : t('talent.companies.recruiters', { count: company.recruiters })}
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
                {t('talent.companies.waiting')}
              </Badge>
              <Button
                variant="subtle"
                aria-describedby={nameId}
                onClick={() => show('requests', { scroll: true })}
              >
                {t('talent.companies.viewRequest')}
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
              {t('talent.companies.requestAny')}
            </Button>
          )}
        </Group>
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('talent.companies.requestAnyTitle', { company: company.name })}
        size="lg"
      >
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
  const { t } = useT();
  const requests = useCompanyRequests(eventId);
  const companies = companiesOf(recruiters);
  if (companies.length === 0) return null;
  const waitingFor = (companyId: string) =>
    requests.data?.requests.find((r) => r.company.id === companyId && r.state === 'waiting');
  return (
    <Stack component="section" aria-labelledby={`${eventId}-companies`} gap="xs">
      <Title order={3} fz="h4" id={`${eventId}-companies`}>
        {t('talent.companies.title')}
      </Title>
      <Text size="sm" c="dark.6">
        {t('talent.companies.intro')}
      </Text>
      <Stack component="ul" gap="xs" m={0} p={0} aria-label={t('talent.companies.listLabel')}>
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
