import { Group, List, Text } from '@mantine/core';
import { IconMicrophone, IconMicrophoneOff, IconVideo, IconVideoOff } from '@tabler/icons-react';
import { useT } from '../../../i18n/i18n';

export interface PersonInRoom {
  key: string;
  name: string;
  company: string | null;
  audio: boolean;
  video: boolean;
}

/** Who is in the room now, with their camera and microphone state. */
export function PeopleList({ people }: { people: PersonInRoom[] }) {
  const { t } = useT();
  return (
    <List listStyleType="none" spacing="sm" aria-label={t('room.call.people')}>
      {people.map((person) => (
        <List.Item key={person.key}>
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>
                {person.name}
              </Text>
              {person.company && (
                <Text size="xs" c="dimmed">
                  {person.company}
                </Text>
              )}
            </div>
            <Group gap={4} wrap="nowrap">
              {person.video ? (
                <IconVideo size={16} role="img" aria-label={t('room.media.cameraOn')} />
              ) : (
                <IconVideoOff size={16} role="img" aria-label={t('room.media.cameraOff')} />
              )}
              {person.audio ? (
                <IconMicrophone size={16} role="img" aria-label={t('room.media.microphoneOn')} />
              ) : (
                <IconMicrophoneOff size={16} role="img" aria-label={t('room.media.microphoneOff')} />
              )}
            </Group>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
