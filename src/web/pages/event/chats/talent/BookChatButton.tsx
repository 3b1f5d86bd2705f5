import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { BookableRecruiter } from '../../../../../shared/schemas/availability.schemas';
import { useBookDirectly, useBookableSlots } from '../../../../api/chats';
import { LimitedTextarea } from '../../../../components/LengthLimited';
import { ShareWithCompanyCheckbox } from '../../../../components/ShareWithCompanyCheckbox';
import { useT } from '../../../../i18n/i18n';
import { placeOf, SlotChooser } from './SlotPicker';

const MAX_TEXT = 2000;

/** The slots, the answer and the booking: mounted while the dialog is open, so the slots load then. */
function DirectBooking({
  eventId,
  recruiter,
  onClose,
}: {
  eventId: string;
  recruiter: BookableRecruiter;
  onClose: () => void;
}) {
  const { t } = useT();
  const slots = useBookableSlots(eventId, recruiter.id);
  const book = useBookDirectly(eventId, recruiter.id);
  const [answer, setAnswer] = useState('');
  const [shareWithCompany, setShareWithCompany] = useState(false);
  const question = recruiter.details.customQuestion;
  return (
    <SlotChooser
      slots={slots}
      recruiterName={recruiter.name}
      place={placeOf(recruiter.company)}
      booking={book}
      onBook={(startsAt) =>
        book.mutateAsync({
          startsAt,
          answer: question ? answer.trim() || undefined : undefined,
          shareWithCompany,
        })
      }
      onClose={onClose}
    >
      {question && (
        <LimitedTextarea
          label={question}
          description={t('talent.request.answerDescription')}
          autosize
          minRows={2}
          maxLength={MAX_TEXT}
          value={answer}
          onChange={(event) => setAnswer(event.currentTarget.value)}
        />
      )}
      <ShareWithCompanyCheckbox
        companyName={recruiter.company.name}
        checked={shareWithCompany}
        onChange={setShareWithCompany}
      />
    </SlotChooser>
  );
}

/**
 * `Book 1-1 Chat` (the event's `Direct booking` mode): the recruiter's free slots as in `Pick a Time Slot`, the
 * answer to their question, and `Confirm Time Slot`, which books at once. Disabled until bookings open.
 */
export function BookChatButton({
  eventId,
  recruiter,
  describedBy,
  disabled,
}: {
  eventId: string;
  recruiter: BookableRecruiter;
  describedBy?: string;
  disabled: boolean;
}) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        leftSection={<IconCalendarPlus size={16} aria-hidden />}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={open}
      >
        {t('talent.book.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('talent.book.title', { name: recruiter.name })}
        size="xl"
      >
        <DirectBooking eventId={eventId} recruiter={recruiter} onClose={close} />
      </Modal>
    </>
  );
}
