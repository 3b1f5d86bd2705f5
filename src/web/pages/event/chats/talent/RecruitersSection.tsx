import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useBookableRecruiters } from '../../../../api/availability';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { EmptyState } from '../../../../components/EmptyState';
import { RecruiterCard } from './RecruiterCard';
import { RecruiterFilters, useRecruiterFilters } from './RecruiterFilters';

function countText(count: number, filtered: boolean): string {
  const one = count === 1;
  const who = one ? '1 recruiter' : `${count} recruiters`;
  if (!filtered) return who;
  return `${who} ${one ? 'matches' : 'match'} your filters`;
}

/** The recruiters who confirmed their availability, filtered as the talent likes, each with a way to ask. */
export function RecruitersSection({ event }: { event: Event }) {
  const filterState = useRecruiterFilters();
  const [page, setPage] = useState(1);
  const filterKey = JSON.stringify(filterState.filters);
  // A new filter starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialized filters are the dependency
  useEffect(() => setPage(1), [filterKey]);
  const result = useBookableRecruiters(event.id, { ...filterState.filters, page });
  const pages = result.data ? Math.ceil(result.data.total / result.data.pageSize) : 1;
  const canRequest = event.requestPolicy !== 'recruiters';
  const recruiters = result.data?.recruiters ?? [];
  return (
    <Stack component="section" aria-labelledby="recruiters-heading" gap="md">
      <div>
        <Title order={2} fz="h3" id="recruiters-heading">
          Recruiters
        </Title>
        <Text c="dark.6">
          {canRequest
            ? 'These recruiters opened time for private 1-1 chats. Send a request; once approved, you pick a time.'
            : 'These recruiters opened time for private 1-1 chats at this event.'}
        </Text>
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
        facets={result.data?.facets ?? { languages: [], topics: [] }}
        state={filterState}
      />
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
            Try another language, topic or day, or clear the filters to see everyone.
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
              {countText(result.data?.total ?? recruiters.length, filterState.filtered)}
            </Text>
            {result.isFetching && <Loader size="xs" aria-label="Updating" />}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {recruiters.map((recruiter) => (
              <RecruiterCard
                key={recruiter.id}
                eventId={event.id}
                recruiter={recruiter}
                canRequest={canRequest}
              />
            ))}
          </SimpleGrid>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
