import { ScrollArea, Tabs } from '@mantine/core';
import { IconMessage, IconNotes, IconUsers } from '@tabler/icons-react';
import type { Chat } from '../../../../shared/schemas/chats.schemas';
import { useUser } from '../../../app/session';
import { useT } from '../../../i18n/i18n';
import { ChatNotesPanel } from '../../event/chats/recruiter/ChatNotesPanel';
import { RoomChat } from '../RoomChat';
import { PeopleList, type PersonInRoom } from './PeopleList';

/**
 * On the right of the call: the `Chat` tab (the room's text messages), `People` (who is here) and, for the
 * company's recruiters, `Notes` (what the team writes down about the chat, never shown to the talent).
 */
export function SidePanel({ chat, people }: { chat: Pick<Chat, 'id' | 'eventId'>; people: PersonInRoom[] }) {
  const { t } = useT();
  const recruiter = useUser().role === 'recruiter';
  return (
    <Tabs defaultValue="chat" h="100%" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Tabs.List grow>
        <Tabs.Tab value="chat" leftSection={<IconMessage size={16} aria-hidden />}>
          {t('room.panel.chat')}
        </Tabs.Tab>
        <Tabs.Tab value="people" leftSection={<IconUsers size={16} aria-hidden />}>
          {t('room.panel.people', { count: people.length })}
        </Tabs.Tab>
        {recruiter && (
          <Tabs.Tab value="notes" leftSection={<IconNotes size={16} aria-hidden />}>
            {t('room.panel.notes')}
          </Tabs.Tab>
        )}
      </Tabs.List>
      <Tabs.Panel value="chat" p="sm" style={{ flex: 1, minHeight: 0 }}>
        <RoomChat chatId={chat.id} readOnly={false} />
      </Tabs.Panel>
      <Tabs.Panel value="people" p="sm">
        <PeopleList people={people} />
      </Tabs.Panel>
      {recruiter && (
        <Tabs.Panel value="notes" style={{ flex: 1, minHeight: 0 }}>
          <ScrollArea h="100%" type="auto" p="sm">
            <ChatNotesPanel eventId={chat.eventId} chatId={chat.id} />
          </ScrollArea>
        </Tabs.Panel>
      )}
    </Tabs>
  );
}
