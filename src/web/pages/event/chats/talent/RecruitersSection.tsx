import { Alert, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { recruitersChooseApproval } from '../../../../../shared/booking/booking-window';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useBookableRecruiters } from '../../../../api/availability';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { type MessageKey, useT } from '../../../../i18n/i18n';
import { BestMatches } from '../../matches/BestMatches';
import { useTabBookingWindow } from '../bookingWindow';
import { CompanyQueueSection } from './CompanyQueueSection';
import { RecruiterCard } from './RecruiterCard';
import { RecruiterFilters, useRecruiterFilters } from './RecruiterFilters';

type Translate = ReturnType<typeof useT>['t'];

/** Everyone is counted; a filtered list only knows what it has loaded and whether more follow. */
function countText(
  list: { bookableCount: number; shown: number; more: boolean; filtered: boolean },
  t: Translate,
): string {
  if (!list.filtered)
    return list.more
      ? t('talent.recruiters.countShown', { count: list.bookableCount, shown: list.shown })
      : t('talent.recruiters.count', { count: list.bookableCount });
  if (list.more) return t('talent.recruiters.moreMatch', { count: list.shown, shown: list.shown });
  return t('talent.recruiters.match', { count: list.shown });
}

/** How talents get a chat here; at a direct event, recruiters who approve each chat take requests instead. */
function introKey(event: Event): MessageKey {
  if (event.requestPolicy === 'recruiters') return 'talent.recruiters.introInvite';
  if (event.bookingMode === 'approval') return 'talent.recruiters.introApproval';
  if (recruitersChooseApproval(event)) return 'talent.recruiters.introMixed';
  return 'talent.recruiters.introDirect';
}

/** The recruiters who confirmed their availability, filtered as the talent likes, each with a way to ask. */
export function RecruitersSection({ event }: { event: Event }) {
  const { t } = useT();
  const filterState = useRecruiterFilters();
  // A new filter has a query of its own, so it starts again from the first page.
  const result = useBookableRecruiters(event.id, filterState.filters);
  const bookingWindow = useTabBookingWindow();
  const canRequest = event.requestPolicy !== 'recruiters';
  // No way to ask once bookings closed; before they open the buttons show, disabled, under the countdown.
  const asking =
    !canRequest || bookingWindow.phase.phase === 'closed'
      ? null
      : { disabled: bookingWindow.phase.phase === 'not_yet_open' };
  const pages = result.data?.pages ?? [];
  const recruiters = pages.flatMap((page) => page.recruiters);
  return (
    <Stack component="section" aria-labelledby="recruiters-heading" gap="md">
      <div>
        <Title order={2} fz="h3" id="recruiters-heading">
          {t('talent.recruiters.title')}
        </Title>
        <Text c="dark.6">{t(introKey(event))}</Text>
      </div>
      {!canRequest && (
        <Alert
          color="indigo"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('talent.recruiters.inviteOnlyTitle')}
        >
          {t('talent.recruiters.inviteOnlyText')}
        </Alert>
      )}
      <RecruiterFilters
        event={event}
        facets={pages[0]?.facets ?? { languages: [], topics: [] }}
        state={filterState}
      />
      <BestMatches eventId={event.id} filters={filterState.filters} />
      {result.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('talent.recruiters.loading')} />
        </Center>
      ) : result.error && !result.data ? (
        <ApiErrorAlert error={result.error} title={t('talent.recruiters.couldNotLoad')} />
      ) : recruiters.length === 0 ? (
        filterState.filtered ? (
          <EmptyState
            title={t('talent.recruiters.noMatch')}
            action={
              <Button variant="light" onClick={filterState.clear}>
                {t('talent.filters.clear')}
              </Button>
            }
          >
            {filterState.favouritesOnly
              ? t('talent.recruiters.noFavourites')
              : t('talent.recruiters.tryOther')}
          </EmptyState>
        ) : (
          <EmptyState title={t('talent.recruiters.noneYet')}>
            {t('talent.recruiters.noneYetText', { event: event.name })}
          </EmptyState>
        )
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dark.6" aria-live="polite">
              {countText(
                {
                  bookableCount: pages[0]?.bookableCount ?? recruiters.length,
                  shown: recruiters.length,
                  more: result.hasNextPage,
                  filtered: filterState.filtered,
                },
                t,
              )}
            </Text>
            {result.isFetching && <Loader size="xs" aria-label={t('talent.recruiters.updating')} />}
          </Group>
          {asking && (
            <CompanyQueueSection
              eventId={event.id}
              timeZone={event.timeZone}
              recruiters={recruiters}
              asking={asking}
            />
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {recruiters.map((recruiter) => (
              <RecruiterCard
                key={recruiter.id}
                eventId={event.id}
                timeZone={event.timeZone}
                recruiter={recruiter}
                asking={asking}
              />
            ))}
          </SimpleGrid>
          {result.isFetchNextPageError && (
            <ApiErrorAlert error={result.error} title={t('talent.recruiters.couldNotLoadMore')} />
          )}
          {result.hasNextPage && (
            <Center>
              {/* Not disabled while loading: a disabled button would drop the keyboard focus. */}
              <Button
                variant="light"
                aria-busy={result.isFetchingNextPage}
                onClick={() => {
                  if (!result.isFetchingNextPage) void result.fetchNextPage();
                }}
              >
                {result.isFetchingNextPage
                  ? t('talent.recruiters.loadingMore')
                  : t('talent.recruiters.showMore')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
