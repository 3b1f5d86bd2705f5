import { Button, Menu, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type ReportInput, ReportReason } from '../../shared/schemas/safety.schemas';
import { useBlock, useReport } from '../api/safety';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { DialogActions } from '../components/DialogActions';
import { LimitedTextarea } from '../components/LengthLimited';
import { type MessageKey, useT } from '../i18n/i18n';

const reasonKeys: Record<ReportReason, MessageKey> = {
  harassment: 'talentProfiles.safety.reason.harassment',
  spam: 'talentProfiles.safety.reason.spam',
  inappropriate_content: 'talentProfiles.safety.reason.inappropriateContent',
  no_show_other: 'talentProfiles.safety.reason.noShowOther',
};

type Dialog = 'block' | 'report' | null;

/** `Block` and `Report` on a person of the other side, each behind a dialog that says what it does. */
export function PersonSafetyMenu({
  eventId,
  person,
}: {
  eventId: string;
  person: { id: string; name: string };
}) {
  const { t } = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            aria-label={t('talentProfiles.safety.moreFor', { name: person.name })}
          >
            {t('talentProfiles.safety.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('block')}>{t('talentProfiles.safety.block')}</Menu.Item>
          <Menu.Item onClick={() => setDialog('report')}>{t('talentProfiles.safety.report')}</Menu.Item>
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
  const { t } = useT();
  const block = useBlock(eventId);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('talentProfiles.safety.blockTitle', { name: person.name })}
      centered
    >
      <Stack>
        <Text>{t('talentProfiles.safety.blockText', { name: person.name })}</Text>
        <ApiErrorAlert error={block.error} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            block.mutate(person.id, { onSuccess: onClose });
          }}
        >
          <DialogActions
            onCancel={onClose}
            cancelLabel={t('talentProfiles.safety.cancel')}
            submitLabel={t('talentProfiles.safety.block')}
            loading={block.isPending}
            color="red.8"
          />
        </form>
      </Stack>
    </Modal>
  );
}

function ReportDialog({ eventId, person, opened, onClose }: DialogProps) {
  const { t } = useT();
  const report = useReport(eventId);
  const reasonOptions = ReportReason.options.map((value) => ({ value, label: t(reasonKeys[value]) }));
  const form = useForm<Omit<ReportInput, 'reason'> & { reason: string | null }>({
    initialValues: { reportedId: person.id, reason: null, message: '' },
    validate: {
      reason: (value) => (value ? null : t('talentProfiles.safety.chooseReason')),
      message: (value) => (value.trim() ? null : t('talentProfiles.safety.sayWhat')),
    },
  });
  const finish = () => {
    form.reset();
    report.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={finish}
      title={t('talentProfiles.safety.reportTitle', { name: person.name })}
      centered
    >
      {report.isSuccess ? (
        <Stack>
          <Text role="status">{t('talentProfiles.safety.reported', { name: person.name })}</Text>
          <Button onClick={finish} w="fit-content">
            {t('talentProfiles.safety.close')}
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
            <Text size="sm">{t('talentProfiles.safety.reportIntro', { name: person.name })}</Text>
            <ApiErrorAlert error={report.error} />
            <Select
              label={t('talentProfiles.safety.reason')}
              data={reasonOptions}
              required
              {...form.getInputProps('reason')}
            />
            <LimitedTextarea
              label={t('talentProfiles.safety.whatHappened')}
              required
              autosize
              minRows={3}
              maxLength={1000}
              {...form.getInputProps('message')}
            />
            <DialogActions
              onCancel={finish}
              cancelLabel={t('talentProfiles.safety.cancel')}
              submitLabel={t('talentProfiles.safety.sendReport')}
              loading={report.isPending}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
