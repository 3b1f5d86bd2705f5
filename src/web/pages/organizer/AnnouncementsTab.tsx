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
import { type MessageKey, t as translate, useT } from '../../i18n/i18n';
import { formatDay, formatTime, viewerTimeZone } from '../../time';

/** A moment in the viewer's time, with the event's beside it when the zones differ. */
function when(iso: string, eventZone: string) {
  const zone = viewerTimeZone();
  const own = `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
  return zone === eventZone
    ? own
    : translate('organizer.announcements.when', {
        time: own,
        eventTime: `${formatDay(iso, eventZone)}, ${formatTime(iso, eventZone)}`,
        zone: eventZone,
      });
}

const statusColor: Record<Announcement['status'], string> = {
  scheduled: 'blue',
  sending: 'yellow',
  sent: 'green',
  cancelled: 'gray',
};
const statusLabel: Record<Announcement['status'], MessageKey> = {
  scheduled: 'organizer.announcements.status.scheduled',
  sending: 'organizer.announcements.status.sending',
  sent: 'organizer.announcements.status.sent',
  cancelled: 'organizer.announcements.status.cancelled',
};
const audienceLabel: Record<AnnouncementAudience, MessageKey> = {
  everyone: 'organizer.announcements.audience.everyone',
  talents: 'organizer.announcements.audience.talents',
  recruiters: 'organizer.announcements.audience.recruiters',
  company: 'organizer.announcements.audience.company',
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
  const { t } = useT();
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
            {t('organizer.announcements.new')}
          </Title>
          <Select
            label={t('organizer.announcements.sendTo')}
            data={announcementAudiences.map((value) => ({ value, label: t(audienceLabel[value]) }))}
            allowDeselect={false}
            {...form.getInputProps('audience')}
          />
          {values.audience === 'company' && (
            <Select
              label={t('organizer.announcements.company')}
              placeholder={t('organizer.announcements.chooseCompany')}
              searchable
              data={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              {...form.getInputProps('companyId')}
            />
          )}
          <LimitedTextInput
            label={t('organizer.announcements.subject')}
            maxLength={SUBJECT_MAX}
            {...form.getInputProps('subject')}
          />
          <LimitedTextarea
            label={t('organizer.announcements.message')}
            description={t('organizer.announcements.messageHint')}
            autosize
            minRows={4}
            maxLength={MESSAGE_MAX}
            {...form.getInputProps('message')}
          />
          <Radio.Group label={t('organizer.announcements.timing')} {...form.getInputProps('timing')}>
            <Group mt="xs">
              <Radio value="now" label={t('organizer.announcements.now')} />
              <Radio value="later" label={t('organizer.announcements.later')} />
            </Group>
          </Radio.Group>
          {values.timing === 'later' && (
            <Group align="flex-start">
              <DateField
                label={t('organizer.announcements.date')}
                hint={t('organizer.announcements.dateHint', { zone: event.timeZone })}
                {...form.getInputProps('sendDate')}
              />
              <TimeField
                label={t('organizer.announcements.time')}
                description={
                  scheduledAt && viewerZone !== event.timeZone
                    ? t('organizer.announcements.yourTime', {
                        time: `${formatDay(scheduledAt, viewerZone)}, ${formatTime(scheduledAt, viewerZone)}`,
                        zone: viewerZone,
                      })
                    : t('organizer.eventForm.eventTimeIn', { zone: event.timeZone })
                }
                {...form.getInputProps('sendTime')}
              />
            </Group>
          )}
          {!fieldErrors && (
            <ApiErrorAlert error={create.error} title={t('organizer.announcements.sendError')} />
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {values.timing === 'later'
                ? t('organizer.announcements.schedule')
                : t('organizer.announcements.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AnnouncementRow({ event, announcement: a }: { event: Event; announcement: Announcement }) {
  const { t } = useT();
  const cancel = useCancelAnnouncement(event.id);
  const to =
    a.audience === 'company' ? (a.companyName ?? t(audienceLabel.company)) : t(audienceLabel[a.audience]);
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
          {t(statusLabel[a.status])}
        </Badge>
      </Table.Td>
      <Table.Td>{when(a.sentAt ?? a.sendAt, event.timeZone)}</Table.Td>
      <Table.Td>{a.recipients ?? '—'}</Table.Td>
      <Table.Td>
        {a.status === 'scheduled' && (
          <Button size="xs" variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(a.id)}>
            {t('organizer.announcements.cancel')}
          </Button>
        )}
        <ApiErrorAlert error={cancel.error} title={t('organizer.announcements.cancelError')} />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The organizer's messages to the people of the event: a form to write one to everyone, the talents, the
 * recruiters or one company, now or at a time on the event's clock, and what became of each one sent.
 */
export function AnnouncementsTab({ event }: { event: Event }) {
  const { t } = useT();
  const list = useAnnouncements(event.id);
  return (
    <Stack>
      <AnnouncementForm event={event} />
      <Stack gap="xs" component="section" aria-labelledby="announcements-title">
        <Title order={2} size="h3" id="announcements-title">
          {t('organizer.announcements.list')}
        </Title>
        <ApiErrorAlert error={list.error} title={t('organizer.announcements.loadError')} />
        {list.data && list.data.length === 0 && <Text c="dark.6">{t('organizer.announcements.none')}</Text>}
        {list.data && list.data.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t('organizer.announcements.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('organizer.announcements.subject')}</Table.Th>
                  <Table.Th>{t('organizer.announcements.to')}</Table.Th>
                  <Table.Th>{t('organizer.announcements.status')}</Table.Th>
                  <Table.Th>{t('organizer.announcements.sentAt')}</Table.Th>
                  <Table.Th>{t('organizer.announcements.recipients')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('organizer.table.actions')}</VisuallyHidden>
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
