import { Avatar, Blockquote, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import type { Chat } from '../../../../../shared/schemas/chats.schemas';
import { useT } from '../../../../i18n/i18n';
import { ChatHistory } from '../ChatHistory';

/** A quoted text from one side of the chat, with who wrote it. */
export function Quote({ label, children }: { label: string; children: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c="dark.6">
        {label}
      </Text>
      <Blockquote color="gray" p="xs" ps="md" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Blockquote>
    </Stack>
  );
}

/** What was said when the chat was asked for: the talent's answer and message, or the recruiter's invitation. */
function Exchange({ chat }: { chat: Chat }) {
  const { t } = useT();
  const byTalent = chat.initiatedBy === 'talent';
  const onBehalf = !byTalent && chat.createdBy.id !== chat.recruiter.id;
  return (
    <>
      {onBehalf && (
        <Text size="sm" c="dark.6">
          {t('talent.chat.onBehalf', { sender: chat.createdBy.name, recruiter: chat.recruiter.name })}
        </Text>
      )}
      {chat.customQuestion && chat.talentAnswer && (
        <Quote label={t('talent.chat.yourAnswer', { question: chat.customQuestion })}>
          {chat.talentAnswer}
        </Quote>
      )}
      {chat.requestMessage && (
        <Quote
          label={
            byTalent
              ? t('talent.chat.yourMessage')
              : t('talent.chat.messageFrom', { name: chat.createdBy.name })
          }
        >
          {chat.requestMessage}
        </Quote>
      )}
    </>
  );
}

/**
 * The frame of a chat in the talent's lists: the recruiter (heading, which names the list item), their company,
 * where the chat stands (`summary`), what was said when it was asked for, then what came after (`children`), and
 * the chat's latest message and history.
 */
export function ChatCard({
  chat,
  summary,
  children,
  actions,
}: {
  chat: Chat;
  summary: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const headingId = useId();
  const { company } = chat;
  return (
    <Card component="li" aria-labelledby={headingId} withBorder padding="lg" style={{ listStyle: 'none' }}>
      <Stack gap="sm">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <Avatar name={chat.recruiter.name} color="initials" radius="xl" aria-hidden />
          <div style={{ minWidth: 0 }}>
            <Title order={3} fz="lg" id={headingId}>
              {chat.recruiter.name}
            </Title>
            <Text size="sm" c="dark.6">
              {company.name}
              {company.booth && ` · ${company.booth}`}
            </Text>
          </div>
        </Group>
        {summary}
        <Exchange chat={chat} />
        {children}
        <ChatHistory chat={chat} />
        {actions && (
          <Group justify="flex-end" gap="sm">
            {actions}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
