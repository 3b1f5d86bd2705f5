import { Group, List, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useId } from 'react';
import { type BookingRules, ruleSentences } from '../../shared/booking/fair-use';

/** An event's fair-use rules in effect, one sentence each, under `title`; nothing while no rule is set. */
export function RuleSentences({ rules, title }: { rules: BookingRules; title: string }) {
  const titleId = useId();
  const sentences = ruleSentences(rules);
  if (sentences.length === 0) return null;
  return (
    <Group component="section" aria-labelledby={titleId} gap="xs" wrap="nowrap" align="flex-start">
      <IconScale size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <div>
        <Text id={titleId} size="sm" fw={600}>
          {title}
        </Text>
        <List size="sm" spacing={2}>
          {sentences.map((sentence) => (
            <List.Item key={sentence}>{sentence}</List.Item>
          ))}
        </List>
      </div>
    </Group>
  );
}
