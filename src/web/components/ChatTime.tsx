import { Stack, Text } from '@mantine/core';
import { useT } from '../i18n/i18n';
import { chatTimeText, zoneName } from '../time';

/** A chat's time in the viewer's zone, with the event's zone beside it when the two differ. */
export function ChatTime({
  startsAt,
  endsAt,
  eventZone,
}: {
  startsAt: string;
  endsAt: string;
  eventZone: string;
}) {
  const { t } = useT();
  const text = chatTimeText(startsAt, endsAt, eventZone);
  return (
    <Stack gap={0}>
      <Text fw={600}>
        {text.viewer}{' '}
        <Text span size="sm" c="dark.6">
          {t('event.chatTime.viewerZone', { zone: zoneName(text.viewerZone) })}
        </Text>
      </Text>
      {text.event && (
        <Text size="sm" c="dark.6">
          {t('event.chatTime.eventTime', { time: text.event })}
        </Text>
      )}
    </Stack>
  );
}
