import { Anchor, Avatar, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { experienceLevelLabel, type TalentProfile } from '../../../../shared/schemas/talents.schemas';

/** A talent in the search results; the name opens the whole profile. */
export function TalentCard({ talent, to }: { talent: TalentProfile; to: string }) {
  const facts = [talent.background, talent.level ? experienceLevelLabel[talent.level] : ''].filter(Boolean);
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
            No profile details yet
          </Text>
        )}
        {facts.length > 0 && (
          <Text size="sm" c="dark.6">
            {facts.join(' · ')}
          </Text>
        )}
        {talent.languages.length > 0 && (
          <Group gap={4} aria-label="Languages">
            {talent.languages.map((language) => (
              <Badge key={language} variant="light" color="gray" tt="none" c="dark.7">
                {language}
              </Badge>
            ))}
          </Group>
        )}
        {talent.topics.length > 0 && (
          <Group gap={4} aria-label="Topics">
            {talent.topics.slice(0, 6).map((topic) => (
              <Badge key={topic} variant="outline" color="indigo.7" tt="none">
                {topic}
              </Badge>
            ))}
            {talent.topics.length > 6 && (
              <Text size="xs" c="dark.6">
                +{talent.topics.length - 6} more
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
