import { Button, Menu, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { REPORT_REASON_LABELS, type ReportInput } from '../../shared/schemas/safety.schemas';
import { useBlock, useReport } from '../api/safety';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { DialogActions } from '../components/DialogActions';
import { LimitedTextarea } from '../components/LengthLimited';

const reasonOptions = Object.entries(REPORT_REASON_LABELS).map(([value, label]) => ({ value, label }));

type Dialog = 'block' | 'report' | null;

/** `Block` and `Report` on a person of the other side, each behind a dialog that says what it does. */
export function PersonSafetyMenu({
  eventId,
  person,
}: {
  eventId: string;
  person: { id: string; name: string };
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" color="gray" aria-label={`More for ${person.name}`}>
            More
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('block')}>Block</Menu.Item>
          <Menu.Item onClick={() => setDialog('report')}>Report</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <BlockDialog eventId={eventId} person={person} opened={dialog === 'block'} onClose={close} />
      <ReportDialog eventId={eventId} person={person} opened={dialog === 'report'} onClose={close} />
    </>
  );
}

interface DialogProps {
  eventId: string;
  person: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
}

function BlockDialog({ eventId, person, opened, onClose }: DialogProps) {
  const block = useBlock(eventId);
  return (
    <Modal opened={opened} onClose={onClose} title={`Block ${person.name}?`} centered>
      <Stack>
        <Text>
          Neither of you can ask the other for a 1-1 chat any more, at any event. Chats already open stay as
          they are: cancel them yourself if you wish. You can unblock {person.name} on your Account page.
        </Text>
        <ApiErrorAlert error={block.error} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            block.mutate(person.id, { onSuccess: onClose });
          }}
        >
          <DialogActions onCancel={onClose} submitLabel="Block" loading={block.isPending} color="red.8" />
        </form>
      </Stack>
    </Modal>
  );
}

function ReportDialog({ eventId, person, opened, onClose }: DialogProps) {
  const report = useReport(eventId);
  const form = useForm<Omit<ReportInput, 'reason'> & { reason: string | null }>({
    initialValues: { reportedId: person.id, reason: null, message: '' },
    validate: {
      reason: (value) => (value ? null : 'Choose a reason.'),
      message: (value) => (value.trim() ? null : 'Say what happened.'),
    },
  });
  const finish = () => {
    form.reset();
    report.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={finish} title={`Report ${person.name}`} centered>
      {report.isSuccess ? (
        <Stack>
          <Text role="status">
            Thank you. The organizers will look into it; {person.name} is not told who reported them.
          </Text>
          <Button onClick={finish} w="fit-content">
            Close
          </Button>
        </Stack>
      ) : (
        <form
          onSubmit={form.onSubmit((values) =>
            report.mutate({
              ...values,
              reportedId: person.id,
              reason: values.reason as ReportInput['reason'],
            }),
          )}
          noValidate
        >
          <Stack>
            <Text size="sm">
              The organizers of the events you both take part in read your report. {person.name} does not
              learn who reported them.
            </Text>
            <ApiErrorAlert error={report.error} />
            <Select label="Reason" data={reasonOptions} required {...form.getInputProps('reason')} />
            <LimitedTextarea
              label="What happened"
              required
              autosize
              minRows={3}
              maxLength={1000}
              {...form.getInputProps('message')}
            />
            <DialogActions onCancel={finish} submitLabel="Send report" loading={report.isPending} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
