import { Button, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconQrcode } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { canCheckIn } from '../../shared/booking/attendance';
import type { Chat } from '../../shared/schemas/chats.schemas';
import { useT } from '../i18n/i18n';

// Fetched when a code is first shown: only recruiters at in-person chats need it.
const QRCodeSVG = lazy(() => import('qrcode.react').then((module) => ({ default: module.QRCodeSVG })));

/** The address the chat's QR code opens: the talent, signed in on their phone, is checked in there. */
const checkInPath = (chatId: string) => `/check-in/${chatId}`;

/**
 * `Check-in QR code` on the recruiter's view of an in-person chat: shown at the booth, the talent scans it with their
 * phone and is checked in (`I'm here`) without looking for the chat in the app.
 */
export function CheckInQrCode({ chat, now }: { chat: Chat; now: Date }) {
  const { t } = useT();
  const [opened, { open, close }] = useDisclosure(false);
  if (chat.day?.mode !== 'in_person' || !chat.startsAt || !chat.endsAt) return null;
  const times = { state: chat.state, startsAt: new Date(chat.startsAt), endsAt: new Date(chat.endsAt) };
  if (!canCheckIn(times, now) || chat.attendance.talent) return null;
  const url = `${window.location.origin}${checkInPath(chat.id)}`;
  return (
    <>
      <Button variant="default" leftSection={<IconQrcode size={16} aria-hidden />} onClick={open}>
        {t('shell.qr.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('shell.qr.title', { name: chat.talent.name })} centered>
        <Stack align="center">
          <Suspense fallback={<Loader aria-label={t('shell.qr.loading')} />}>
            <QRCodeSVG
              value={url}
              size={240}
              marginSize={2}
              role="img"
              aria-label={t('shell.qr.image', { url })}
            />
          </Suspense>
          <Text size="sm" ta="center">
            {t('shell.qr.hint', { name: chat.talent.name })}
          </Text>
        </Stack>
      </Modal>
    </>
  );
}
