import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MatchReason } from '../../../../shared/matching/match';
import type { ExperienceLevel } from '../../../../shared/schemas/talents.schemas';
import type { BestMatch, BestMatchesResponse } from '../../../../shared/schemas/matches.schemas';
import { type MatchFilters, useBestMatches } from '../../../api/matches';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { type MessageKey, useT } from '../../../i18n/i18n';

/** Why nobody is listed when the viewer has given nothing to match on: what to fill in, and where. */
const nothingToMatch: Record<BestMatchesResponse['side'], MessageKey> = {
  recruiters: 'event.matches.nothingToMatchRecruiters',
  talents: 'event.matches.nothingToMatchTalents',
};

const levelReason: Record<ExperienceLevel, MessageKey> = {
  student: 'event.matches.level.student',
  entry: 'event.matches.level.entry',
  mid: 'event.matches.level.mid',
  senior: 'event.matches.level.senior',
  executive: 'event.matches.level.executive',
};

type Translate = ReturnType<typeof useT>['t'];

/** "Speaks German", "Robotics", "Student": a shared thing as the viewer reads it, the talent's own words kept. */
export function reasonText(reason: MatchReason, t: Translate): string {
  if (reason.kind === 'language') return t('event.matches.speaks', { language: reason.value });
  if (reason.kind === 'level') return t(levelReason[reason.value]);
  return reason.value;
}

/**
 * The few people who fit the viewer best among the list below it (same filters), each with the reasons. Not shown
 * when nobody shares anything with the viewer.
 */
export function BestMatches({
  eventId,
  filters,
  linkTo,
}: {
  eventId: string;
  filters: MatchFilters;
  /** Where a match's `Open profile` leads, if anywhere. */
  linkTo?: (match: BestMatch) => string;
}) {
  const { t } = useT();
  const result = useBestMatches(eventId, filters);
  const data = result.data;
  if (result.error) return <ApiErrorAlert error={result.error} title={t('event.matches.couldNotLoad')} />;
  if (!data || (data.matches.length === 0 && !data.viewerHasNothingToMatch)) return null;
  return (
    <Stack component="section" aria-labelledby="best-matches-heading" gap="xs">
      <Title order={3} fz="h4" id="best-matches-heading">
        {t('event.matches.title')}
      </Title>
      {data.viewerHasNothingToMatch ? (
        <Text size="sm" c="dark.6">
          {t(nothingToMatch[data.side])}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dark.6">
            {t('event.matches.howRanked')}
          </Text>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
          >
            {data.matches.map((match) => (
              <MatchCard key={match.id} match={match} to={linkTo?.(match)} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function MatchCard({ match, to }: { match: BestMatch; to: string | undefined }) {
  const { t } = useT();
  return (
    <Card withBorder padding="sm" component="li" h="100%" aria-label={match.name}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={700}>{match.name}</Text>
            {match.detail && (
              <Text size="sm" lineClamp={1}>
                {match.detail}
              </Text>
            )}
          </div>
          <Badge variant="light" color="teal" tt="none" style={{ flexShrink: 0 }}>
            {t('event.matches.points', { count: match.score })}
          </Badge>
        </Group>
        <Text size="sm" c="dark.6">
          {match.reasons.map((reason) => reasonText(reason, t)).join(' · ')}
        </Text>
        {/* Not the name: the list below links each name already, and one name should lead to one link. */}
        {to && (
          <Anchor component={Link} to={to} size="sm" c="indigo.8">
            {t('event.matches.openProfile')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
