import { Group, List, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useId } from 'react';
import type { BookingRules } from '../../shared/booking/fair-use';
import { useT } from '../i18n/i18n';

type Translate = ReturnType<typeof useT>['t'];

/** The rules in effect, one sentence each, in the language in use (the server words the same rules for itself). */
function ruleSentences(rules: BookingRules, t: Translate): string[] {
  const lines: string[] = [];
  if (rules.maxChatsPerTalent !== null)
    lines.push(t('event.rules.maxChatsPerTalent', { count: rules.maxChatsPerTalent }));
  if (rules.maxChatsPerTalentPerDay !== null)
    lines.push(t('event.rules.maxChatsPerTalentPerDay', { count: rules.maxChatsPerTalentPerDay }));
  if (rules.maxOpenRequestsPerTalent !== null)
    lines.push(t('event.rules.maxOpenRequestsPerTalent', { count: rules.maxOpenRequestsPerTalent }));
  if (rules.maxChatsPerRecruiterPerDay !== null)
    lines.push(t('event.rules.maxChatsPerRecruiterPerDay', { count: rules.maxChatsPerRecruiterPerDay }));
  if (rules.breakAfterChats !== null && rules.breakMinutes !== null)
    lines.push(t('event.rules.break', { minutes: rules.breakMinutes, count: rules.breakAfterChats }));
  if (rules.minGapMinutes !== null) lines.push(t('event.rules.minGap', { minutes: rules.minGapMinutes }));
  if (rules.minNoticeHours !== null) lines.push(t('event.rules.minNotice', { hours: rules.minNoticeHours }));
  if (rules.requestCutoffHours !== null)
    lines.push(t('event.rules.requestCutoff', { hours: rules.requestCutoffHours }));
  if (rules.changeCutoffHours !== null)
    lines.push(t('event.rules.changeCutoff', { hours: rules.changeCutoffHours }));
  if (rules.maxReschedulesPerChat !== null)
    lines.push(
      rules.maxReschedulesPerChat === 0
        ? t('event.rules.noReschedules')
        : t('event.rules.maxReschedules', { count: rules.maxReschedulesPerChat }),
    );
  if (rules.noShowLimit !== null) lines.push(t('event.rules.noShowLimit', { count: rules.noShowLimit }));
  return lines;
}

/** An event's fair-use rules in effect, one sentence each, under `title`; nothing while no rule is set. */
export function RuleSentences({ rules, title }: { rules: BookingRules; title: string }) {
  const { t } = useT();
  const titleId = useId();
  const sentences = ruleSentences(rules, t);
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
