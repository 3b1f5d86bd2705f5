import { type InfiniteData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import type { MessagePage } from '../../shared/schemas/paging.schemas';

/**
 * A chat's messages, oldest first, fetched a page at a time: the newest page first, `fetchNextPage` loads the one
 * before. A refresh (a live message) refetches every page loaded, each from the cursor of the page after it, so a
 * message that arrived meanwhile shifts the pages without being lost or shown twice.
 */
export function usePagedMessages<T>(
  queryKey: QueryKey,
  fetchPage: (before: string | undefined) => Promise<MessagePage<T>>,
  options: { enabled?: boolean; retry?: (failures: number, error: Error) => boolean } = {},
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
    select: (data) => [...data.pages].reverse().flatMap((page) => page.messages),
    ...options,
  });
}

/** The writer's own message, shown at once at the end of the newest page (unless a refresh brought it already). */
export function withSentMessage<T extends { id: string }>(
  data: InfiniteData<MessagePage<T>, string | undefined> | undefined,
  message: T,
) {
  if (!data) return data;
  if (data.pages.some((page) => page.messages.some((m) => m.id === message.id))) return data;
  const [newest, ...earlier] = data.pages;
  return { ...data, pages: [{ ...newest!, messages: [...newest!.messages, message] }, ...earlier] };
}
