import {
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type Announcement,
  type AnnouncementAudience,
  announcementAudiences,
  audienceLabel,
  MESSAGE_MAX,
  SUBJECT_MAX,
} from '../../../shared/schemas/announcements.schemas';
import { type Event, timeToMinutes } from '../../../shared/schemas/events.schemas';
import { zonedTimeToUtc } from '../../../shared/time/zoned';
import { useAnnouncements, useCancelAnnouncement, useCreateAnnouncement } from '../../api/announcements';
import { useCompanies } from '../../api/registrations';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DateField, TimeField } from '../../components/DateTimeFields';
import { LimitedTextarea, LimitedTextInput } from '../../components/LengthLimited';
import { formatDay, formatTime, viewerTimeZone } from '../../time';

/** A moment in the viewer's time, with the event's beside it when the zones differ. */
function when(iso: string, eventZone: string) {
  const zone = viewerTimeZone();
  const own = `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
  return zone === eventZone
    ? own
    : `${own} (${formatDay(iso, eventZone)}, ${formatTime(iso, eventZone)} ${eventZone})`;
}

const statusColor: Record<Announcement['status'], string> = {
  scheduled: 'blue',
  sending: 'yellow',
  sent: 'green',
  cancelled: 'gray',
};
const statusLabel: Record<Announcement['status'], string> = {
  scheduled: 'Scheduled',
  sending: 'Sending',
  sent: 'Sent',
  cancelled: 'Cancelled',
};

interface Values {
  audience: AnnouncementAudience;
  companyId: string | null;
  subject: string;
  message: string;
  timing: 'now' | 'later';
  sendDate: string;
  sendTime: string;
}

const initialValues: Values = {
  audience: 'everyone',
  companyId: null,
  subject: '',
  message: '',
  timing: 'now',
  sendDate: '',
  sendTime: '',
};

function AnnouncementForm({ event }: { event: Event }) {
  const create = useCreateAnnouncement(event.id);
  const companies = useCompanies(event.id);
  const form = useForm<Values>({ initialValues });
  const { values } = form;
  const viewerZone = viewerTimeZone();
  const scheduledAt =
    values.timing === 'later' &&
    /^\d{4}-\d{2}-\d{2}$/.test(values.sendDate) &&
    /^\d{2}:\d{2}$/.test(values.sendTime)
      ? zonedTimeToUtc(values.sendDate, timeToMinutes(values.sendTime), event.timeZone).toISOString()
      : null;

  const submit = form.onSubmit(async (v) => {
    try {
      await create.mutateAsync({
        audience: v.audience,
        companyId: v.audience === 'company' ? (v.companyId ?? undefined) : undefined,
        subject: v.subject,
        message: v.message,
        ...(v.timing === 'later'
          ? { sendDate: v.sendDate || undefined, sendTime: v.sendTime || undefined }
          : {}),
      });
    } catch (error) {
      if (error instanceof ApiError) form.setErrors(error.formErrors);
      return;
    }
    form.reset();
  });

  const fieldErrors = create.error instanceof ApiError && Object.keys(create.error.fields).length > 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-announcement-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="new-announcement-title">
            New announcement
          </Title>
          <Select
            label="Send to"
            data={announcementAudiences.map((value) => ({ value, label: audienceLabel[value] }))}
            allowDeselect={false}
            {...form.getInputProps('audience')}
          />
          {values.audience === 'company' && (
            <Select
              label="Company"
              placeholder="Choose a company"
              searchable
              data={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              {...form.getInputProps('companyId')}
            />
          )}
          <LimitedTextInput label="Subject" maxLength={SUBJECT_MAX} {...form.getInputProps('subject')} />
          <LimitedTextarea
            label="Message"
            description="Sent as plain text, as you write it."
            autosize
            minRows={4}
            maxLength={MESSAGE_MAX}
            {...form.getInputProps('message')}
          />
          <Radio.Group label="When" {...form.getInputProps('timing')}>
            <Group mt="xs">
              <Radio value="now" label="Send now" />
              <Radio value="later" label="Schedule" />
            </Group>
          </Radio.Group>
          {values.timing === 'later' && (
            <Group align="flex-start">
              <DateField
                label="Date"
                hint={`In the event's time zone, ${event.timeZone}`}
                {...form.getInputProps('sendDate')}
              />
              <TimeField
                label="Time"
                description={
                  scheduledAt && viewerZone !== event.timeZone
                    ? `Your time: ${formatDay(scheduledAt, viewerZone)}, ${formatTime(scheduledAt, viewerZone)} (${viewerZone})`
                    : `Event time (${event.timeZone})`
                }
                {...form.getInputProps('sendTime')}
              />
            </Group>
          )}
          {!fieldErrors && <ApiErrorAlert error={create.error} title="The announcement was not sent" />}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {values.timing === 'later' ? 'Schedule announcement' : 'Send announcement'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AnnouncementRow({ event, announcement: a }: { event: Event; announcement: Announcement }) {
  const cancel = useCancelAnnouncement(event.id);
  const to = a.audience === 'company' ? (a.companyName ?? audienceLabel.company) : audienceLabel[a.audience];
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{a.subject}</Text>
        <Text size="sm" c="dark.6" lineClamp={2} style={{ whiteSpace: 'pre-line' }}>
          {a.message}
        </Text>
      </Table.Td>
      <Table.Td>{to}</Table.Td>
      <Table.Td>
        <Badge color={statusColor[a.status]} variant="light">
          {statusLabel[a.status]}
        </Badge>
      </Table.Td>
      <Table.Td>{when(a.sentAt ?? a.sendAt, event.timeZone)}</Table.Td>
      <Table.Td>{a.recipients ?? '—'}</Table.Td>
      <Table.Td>
        {a.status === 'scheduled' && (
          <Button size="xs" variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(a.id)}>
            Cancel
          </Button>
        )}
        <ApiErrorAlert error={cancel.error} title="Not cancelled" />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The organizer's messages to the people of the event: a form to write one to everyone, the talents, the
 * recruiters or one company, now or at a time on the event's clock, and what became of each one sent.
 */
export function AnnouncementsTab({ event }: { event: Event }) {
  const list = useAnnouncements(event.id);
  return (
    <Stack>
      <AnnouncementForm event={event} />
      <Stack gap="xs" component="section" aria-labelledby="announcements-title">
        <Title order={2} size="h3" id="announcements-title">
          Sent and scheduled
        </Title>
        <ApiErrorAlert error={list.error} title="Could not load the announcements" />
        {list.data && list.data.length === 0 && <Text c="dark.6">No announcement yet.</Text>}
        {list.data && list.data.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label="Announcements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Subject</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Sent or sending at</Table.Th>
                  <Table.Th>Recipients</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((a) => (
                  <AnnouncementRow key={a.id} event={event} announcement={a} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
