import { Button, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import type { BookableRecruiter } from '../../../../../shared/schemas/availability.schemas';
import { useRequestChat } from '../../../../api/chats';
import { ApiError } from '../../../../api/client';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useChatTabParam } from './chatTabParam';
import { DialogActions } from '../../../../components/DialogActions';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { ShareWithCompanyCheckbox } from '../../../../components/ShareWithCompanyCheckbox';
import { useT } from '../../../../i18n/i18n';

const MAX_TEXT = 2000;

/**
 * `Request 1-1 Chat` and its dialog: the answer to the recruiter's custom question (labelled with the question
 * itself) and an optional message. The same dialog serves a colleague a recruiter suggested.
 */
export function RequestChatButton({
  eventId,
  recruiter,
  label,
  describedBy,
  disabled,
}: {
  eventId: string;
  recruiter: BookableRecruiter;
  /** `Request 1-1 Chat` unless given. */
  label?: string;
  /** Tells which recruiter the button is for, while its name stays exactly `label`. */
  describedBy?: string;
  /** Before bookings open. */
  disabled?: boolean;
}) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const request = useRequestChat(eventId);
  const { show } = useChatTabParam();
  const form = useForm({ initialValues: { answer: '', message: '', shareWithCompany: false } });
  const question = recruiter.details.customQuestion;

  const dismiss = () => {
    close();
    form.reset();
    request.reset();
  };

  const submit = form.onSubmit(async ({ answer, message, shareWithCompany }) => {
    try {
      await request.mutateAsync({
        recruiterId: recruiter.id,
        shareWithCompany,
        answer: question ? answer.trim() || undefined : undefined,
        message: message.trim() || undefined,
      });
    } catch (error) {
      if (error instanceof ApiError) form.setErrors(error.formErrors);
      return;
    }
    notifications.show({
      color: 'green',
      title: t('talent.request.sent'),
      message: t('talent.request.sentMessage', { name: recruiter.name }),
    });
    dismiss();
    show('requests');
  });

  const fieldErrors = request.error instanceof ApiError && Object.keys(request.error.fields).length > 0;
  return (
    <>
      <Button
        leftSection={<IconSend size={16} aria-hidden />}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={open}
      >
        {label ?? t('talent.request.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={dismiss}
        title={t('talent.request.title', { name: recruiter.name })}
        size="lg"
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dark.6">
              {t('talent.request.intro', { name: recruiter.name, company: recruiter.company.name })}
            </Text>
            {question && (
              <LimitedTextarea
                label={question}
                description={t('talent.request.answerDescription')}
                autosize
                minRows={3}
                maxLength={MAX_TEXT}
                data-autofocus
                {...form.getInputProps('answer')}
              />
            )}
            <LimitedTextarea
              label={t('talent.request.message')}
              description={t('talent.request.messageDescription')}
              autosize
              minRows={3}
              maxLength={MAX_TEXT}
              data-autofocus={question ? undefined : true}
              {...form.getInputProps('message')}
            />
            <ShareWithCompanyCheckbox
              companyName={recruiter.company.name}
              checked={form.values.shareWithCompany}
              onChange={(checked) => form.setFieldValue('shareWithCompany', checked)}
            />
            {!fieldErrors && <ApiErrorAlert error={request.error} title={t('talent.request.notSent')} />}
            <DialogActions
              onCancel={dismiss}
              submitLabel={t('talent.request.send')}
              loading={request.isPending}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
