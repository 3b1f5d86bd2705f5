import { Alert, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { recruitersChooseApproval } from '../../../../../shared/booking/booking-window';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useBookableRecruiters } from '../../../../api/availability';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { BestMatches } from '../../matches/BestMatches';
import { useTabBookingWindow } from '../bookingWindow';
import { CompanyQueueSection } from './CompanyQueueSection';
import { RecruiterCard } from './RecruiterCard';
import { RecruiterFilters, useRecruiterFilters } from './RecruiterFilters';

const recruitersText = (count: number) => (count === 1 ? '1 recruiter' : `${count} recruiters`);

/** Everyone is counted; a filtered list only knows what it has loaded and whether more follow. */
function countText(list: { bookableCount: number; shown: number; more: boolean; filtered: boolean }): string {
  if (!list.filtered) {
    const all = recruitersText(list.bookableCount);
    return list.more ? `${all}, ${list.shown} shown` : all;
  }
  if (list.more) return `More than ${recruitersText(list.shown)} match your filters, ${list.shown} shown`;
  return `${recruitersText(list.shown)} ${list.shown === 1 ? 'matches' : 'match'} your filters`;
}

/** How talents get a chat here; at a direct event, recruiters who approve each chat take requests instead. */
function introText(event: Event): string {
  const opened = 'These recruiters opened time for private 1-1 chats';
  if (event.requestPolicy === 'recruiters') return `${opened} at this event.`;
  if (event.bookingMode === 'approval') return `${opened}. Send a request; once approved, you pick a time.`;
  if (recruitersChooseApproval(event))
    return `${opened}. Book one of their free time slots, or send a request to those who approve each chat first.`;
  return `${opened}. Book one of their free time slots.`;
}

/** The recruiters who confirmed their availability, filtered as the talent likes, each with a way to ask. */
export function RecruitersSection({ event }: { event: Event }) {
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
          Recruiters
        </Title>
        <Text c="dark.6">{introText(event)}</Text>
      </div>
      {!canRequest && (
        <Alert
          color="indigo"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title="Recruiters invite you"
        >
          At this event, recruiters send the 1-1 chat invitations, so you cannot request a chat yourself. When
          a recruiter invites you, the invitation appears under Requests and you pick a time there.
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
          <Loader aria-label="Loading recruiters" />
        </Center>
      ) : result.error && !result.data ? (
        <ApiErrorAlert error={result.error} title="Could not load the recruiters" />
      ) : recruiters.length === 0 ? (
        filterState.filtered ? (
          <EmptyState
            title="No recruiter matches these filters"
            action={
              <Button variant="light" onClick={filterState.clear}>
                Clear filters
              </Button>
            }
          >
            {filterState.favouritesOnly
              ? 'Mark recruiters with Favourite to find them here, or clear the filters to see everyone.'
              : 'Try another language, topic or day, or clear the filters to see everyone.'}
          </EmptyState>
        ) : (
          <EmptyState title="No recruiters available yet">
            Recruiters appear here once they have confirmed their availability for {event.name}. This list
            updates by itself, so check back soon.
          </EmptyState>
        )
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dark.6" aria-live="polite">
              {countText({
                bookableCount: pages[0]?.bookableCount ?? recruiters.length,
                shown: recruiters.length,
                more: result.hasNextPage,
                filtered: filterState.filtered,
              })}
            </Text>
            {result.isFetching && <Loader size="xs" aria-label="Updating" />}
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
            <ApiErrorAlert error={result.error} title="Could not load more recruiters" />
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
                {result.isFetchingNextPage ? 'Loading more recruiters…' : 'Show more recruiters'}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
