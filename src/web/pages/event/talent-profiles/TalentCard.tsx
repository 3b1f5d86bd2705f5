import { Anchor, Avatar, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TalentProfile } from '../../../../shared/schemas/talents.schemas';
import { useT } from '../../../i18n/i18n';
import { experienceLevelKeys } from './levelLabels';

/** A talent in the search results; the name opens the whole profile. */
export function TalentCard({ talent, to }: { talent: TalentProfile; to: string }) {
  const { t } = useT();
  const facts = [talent.background, talent.level ? t(experienceLevelKeys[talent.level]) : ''].filter(Boolean);
  return (
    <Card withBorder padding="lg" component="li" h="100%">
      <Stack gap="sm">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <Avatar name={talent.name} color="initials" radius="xl" aria-hidden />
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={to} fw={700} fz="lg" c="indigo.8">
              {talent.name}
            </Anchor>
            {talent.headline && (
              <Text size="sm" lineClamp={2}>
                {talent.headline}
              </Text>
            )}
          </div>
        </Group>
        {facts.length + talent.languages.length + talent.topics.length === 0 && (
          <Text size="sm" c="dark.6">
            {t('talentProfiles.card.noDetails')}
          </Text>
        )}
        {facts.length > 0 && (
          <Text size="sm" c="dark.6">
            {facts.join(' · ')}
          </Text>
        )}
        {talent.languages.length > 0 && (
          <Group gap={4} aria-label={t('talentProfiles.languages')}>
            {talent.languages.map((language) => (
              <Badge key={language} variant="light" color="gray" tt="none" c="dark.7">
                {language}
              </Badge>
            ))}
          </Group>
        )}
        {talent.topics.length > 0 && (
          <Group gap={4} aria-label={t('talentProfiles.topics')}>
            {talent.topics.slice(0, 6).map((topic) => (
              <Badge key={topic} variant="outline" color="indigo.7" tt="none">
                {topic}
              </Badge>
            ))}
            {talent.topics.length > 6 && (
              <Text size="xs" c="dark.6">
                {t('talentProfiles.card.more', { count: talent.topics.length - 6 })}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
