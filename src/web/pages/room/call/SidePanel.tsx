import { Tabs } from '@mantine/core';
import { IconMessage, IconUsers } from '@tabler/icons-react';
import { RoomChat } from '../RoomChat';
import { PeopleList, type PersonInRoom } from './PeopleList';

/** On the right of the call: the `Chat` tab (the room's text messages) and `People` (who is here). */
export function SidePanel({ chatId, people }: { chatId: string; people: PersonInRoom[] }) {
  return (
    <Tabs defaultValue="chat" h="100%" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Tabs.List grow>
        <Tabs.Tab value="chat" leftSection={<IconMessage size={16} aria-hidden />}>
          Chat
        </Tabs.Tab>
        <Tabs.Tab value="people" leftSection={<IconUsers size={16} aria-hidden />}>
          People ({people.length})
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="chat" p="sm" style={{ flex: 1, minHeight: 0 }}>
        <RoomChat chatId={chatId} readOnly={false} />
      </Tabs.Panel>
      <Tabs.Panel value="people" p="sm">
        <PeopleList people={people} />
      </Tabs.Panel>
    </Tabs>
  );
}
