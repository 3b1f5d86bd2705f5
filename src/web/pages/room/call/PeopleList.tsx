import { Group, List, Text } from '@mantine/core';
import { IconMicrophone, IconMicrophoneOff, IconVideo, IconVideoOff } from '@tabler/icons-react';

export interface PersonInRoom {
  key: string;
  name: string;
  company: string | null;
  audio: boolean;
  video: boolean;
}

/** Who is in the room now, with their camera and microphone state. */
export function PeopleList({ people }: { people: PersonInRoom[] }) {
  return (
    <List listStyleType="none" spacing="sm" aria-label="People in the room">
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
                <IconVideo size={16} role="img" aria-label="Camera on" />
              ) : (
                <IconVideoOff size={16} role="img" aria-label="Camera off" />
              )}
              {person.audio ? (
                <IconMicrophone size={16} role="img" aria-label="Microphone on" />
              ) : (
                <IconMicrophoneOff size={16} role="img" aria-label="Microphone off" />
              )}
            </Group>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
