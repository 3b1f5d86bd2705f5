import {
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Event } from '../../../shared/schemas/events.schemas';
import { ExperienceLevel } from '../../../shared/schemas/talents.schemas';
import { useEvents } from '../../api/events';
import { type TalentSearch, useTalentProfile, useTalentSearch } from '../../api/talents';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/i18n';
import { BestMatches } from './matches/BestMatches';
import { TalentCard } from './talent-profiles/TalentCard';
import { type Filters, TalentFilters } from './talent-profiles/TalentFilters';
import { TalentProfileDrawer } from './talent-profiles/TalentProfileDrawer';
import { TalentActions } from './talent-profiles/TalentActions';

const filterKeys = ['q', 'language', 'level', 'topic'] as const;

/** Switches to another of the recruiter's events, on the same tab. */
function EventSwitcher({ event }: { event: Event }) {
  const { t } = useT();
  const events = useEvents();
  const navigate = useNavigate();
  const data = events.data?.map((e) => ({ value: e.id, label: e.name })) ?? [
    { value: event.id, label: event.name },
  ];
  return (
    <Select
      label={t('talentProfiles.event')}
      data={data}
      value={event.id}
      onChange={(id) => id && id !== event.id && navigate(`/events/${id}/talents`)}
      allowDeselect={false}
      w={{ base: '100%', sm: 280 }}
    />
  );
}

/**
 * The recruiter's search among the event's talents. Filters and the open profile live in the URL
 * (`/events/:id/talents/:talentId?q=…`), so the back button and shared links work.
 */
export function TalentProfilesTab({ event }: { event: Event }) {
  return (
    <Routes>
      <Route path=":talentId?" element={<TalentProfiles event={event} />} />
    </Routes>
  );
}

function TalentProfiles({ event }: { event: Event }) {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { talentId } = useParams();
  const filters: Filters = {
    q: params.get('q') ?? '',
    language: params.get('language') ?? '',
    level: params.get('level') ?? '',
    topic: params.get('topic') ?? '',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search: TalentSearch = {
    q: filters.q || undefined,
    language: filters.language || undefined,
    level: ExperienceLevel.safeParse(filters.level).data,
    topic: filters.topic || undefined,
    page,
  };
  const results = useTalentSearch(event.id, search);
  const profile = useTalentProfile(event.id, talentId);
  const filtered = filterKeys.some((key) => filters[key]);
  const base = `/events/${event.id}/talents`;

  const change = (next: Partial<Filters> & { page?: number }) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value) updated.set(key, String(value));
          else updated.delete(key);
        }
        if (!('page' in next)) updated.delete('page');
        return updated;
      },
      { replace: true },
    );

  const clearFilters = () => setParams({}, { replace: true });
  const data = results.data;
  const pages = data ? Math.ceil(data.total / data.pageSize) : 0;
  const fromList = data?.talents.find((talent) => talent.id === talentId);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz="h3">
            {t('talentProfiles.title', { event: event.name })}
          </Title>
          <Text size="sm" c="dark.6">
            {t('talentProfiles.intro')}
          </Text>
        </div>
        <EventSwitcher event={event} />
      </Group>
      <TalentFilters
        key={event.id}
        filters={filters}
        facets={data?.facets ?? { languages: [], topics: [] }}
        onChange={change}
      />
      {event.viewerRole === 'recruiter' && (
        <BestMatches
          eventId={event.id}
          filters={{ q: search.q, language: search.language, level: search.level, topic: search.topic }}
          linkTo={(match) => `${base}/${match.id}${location.search}`}
        />
      )}
      <ApiErrorAlert error={results.error} title={t('talentProfiles.couldNotSearch')} />
      {results.isPending && (
        <Center p="xl">
          <Loader aria-label={t('talentProfiles.loading')} />
        </Center>
      )}
      {data && data.total > 0 && (
        <Group justify="space-between" mih={30}>
          <Text role="status" size="sm" fw={500}>
            {[
              t(filtered ? 'talentProfiles.countMatch' : 'talentProfiles.count', { count: data.total }),
              results.isFetching && !results.isPending && t('talentProfiles.updating'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {filtered && (
            <Button variant="subtle" size="compact-sm" onClick={clearFilters}>
              {t('talentProfiles.clearFilters')}
            </Button>
          )}
        </Group>
      )}
      {data?.total === 0 && (
        <VisuallyHidden role="status">
          {filtered ? t('talentProfiles.noneMatchStatus') : t('talentProfiles.noneYetStatus')}
        </VisuallyHidden>
      )}
      {data?.total === 0 &&
        (filtered ? (
          <EmptyState
            title={t('talentProfiles.noneMatchTitle')}
            action={
              <Button variant="light" onClick={clearFilters}>
                {t('talentProfiles.clearFilters')}
              </Button>
            }
          >
            {t('talentProfiles.noneMatchText')}
          </EmptyState>
        ) : (
          <EmptyState title={t('talentProfiles.noneYetTitle')}>
            {t('talentProfiles.noneYetText', { event: event.name })}
          </EmptyState>
        ))}
      {data && data.talents.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {data.talents.map((talent) => (
            <TalentCard key={talent.id} talent={talent} to={`${base}/${talent.id}${location.search}`} />
          ))}
        </SimpleGrid>
      )}
      {pages > 1 && (
        <Center>
          <Pagination
            total={pages}
            value={page}
            onChange={(next) => change({ page: next })}
            getControlProps={(control) => ({ 'aria-label': t('talentProfiles.pageControl', { control }) })}
          />
        </Center>
      )}
      <TalentProfileDrawer
        eventId={event.id}
        opened={Boolean(talentId)}
        profile={profile.data ?? fromList}
        loading={profile.isFetching}
        error={profile.error}
        onClose={() => navigate(`${base}${location.search}`)}
        action={(talent) => <TalentActions key={talent.id} event={event} talent={talent} />}
      />
    </Stack>
  );
}
