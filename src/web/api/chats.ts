import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { chatsApi } from '../../shared/api/chats.contract';
import type { BodyOf, QueryOf } from '../../shared/api/route';
import { CHAT_PAGE_MAX, type Chat } from '../../shared/schemas/chats.schemas';
import { call } from './client';

/** Keys under `['events', eventId]`, so live updates refresh them (see api/events.live.ts). */
const chatKeys = {
  pages: (eventId: string, query: ChatListFilter) => ['events', eventId, 'chats', 'pages', query] as const,
  all: (eventId: string, query: ChatListFilter) => ['events', eventId, 'chats', 'all', query] as const,
  one: (eventId: string, chatId: string) => ['events', eventId, 'chat', chatId] as const,
  slots: (eventId: string, chatId: string) => ['events', eventId, 'chat-slots', chatId] as const,
  bookable: (eventId: string, recruiterId: string) =>
    ['events', eventId, 'bookable-slots', recruiterId] as const,
  waitlists: (eventId: string) => ['events', eventId, 'waitlists'] as const,
};

/**
 * Which chats a list shows. Recruiters: `mine` (default), `team`, or a colleague's id, optionally with one talent;
 * talents: their own whatever is passed. With a status, only the chats of that status.
 */
export type ChatListFilter = Omit<QueryOf<typeof chatsApi.list>, 'limit' | 'cursor'>;

const listPage = (eventId: string, query: QueryOf<typeof chatsApi.list>) =>
  call(chatsApi.list, { params: { id: eventId }, query });

/**
 * A chat list a page at a time (`fetchNextPage` for more), with the counts per status of the whole list. A live
 * refresh reloads the pages already shown.
 */
export function useChatPages(eventId: string, filter: ChatListFilter) {
  const query = useInfiniteQuery({
    queryKey: chatKeys.pages(eventId, filter),
    queryFn: ({ pageParam }) => listPage(eventId, { ...filter, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return {
    ...query,
    chats: query.data?.pages.flatMap((page) => page.chats) ?? [],
    counts: query.data?.pages[0]?.counts,
  };
}

/**
 * Every chat of a list that stays short by nature (one person's schedule, a team's chats with one talent, a
 * talent's own), loaded page after page.
 */
export function useAllChats(eventId: string, filter: ChatListFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: chatKeys.all(eventId, filter),
    queryFn: async () => {
      const chats: Chat[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPage(eventId, { ...filter, limit: CHAT_PAGE_MAX, cursor });
        chats.push(...page.chats);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return chats;
    },
    enabled: options.enabled,
  });
}

/** One chat of the viewer's (a talent's own, or any of the recruiter's company). */
export function useChat(eventId: string, chatId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: chatKeys.one(eventId, chatId),
    queryFn: () => call(chatsApi.get, { params: { chatId } }),
    enabled: options.enabled,
  });
}

/** One chat by its id alone, for a page whose address names no event (`/meet/:chatId`). */
export function useChatById(chatId: string) {
  return useQuery({
    queryKey: ['chats', chatId],
    queryFn: () => call(chatsApi.get, { params: { chatId } }),
  });
}

export function useFreeSlots(eventId: string, chatId: string | undefined) {
  return useQuery({
    queryKey: chatKeys.slots(eventId, chatId ?? ''),
    queryFn: () => call(chatsApi.freeSlots, { params: { chatId: chatId ?? '' } }),
    enabled: Boolean(chatId),
  });
}

/** Direct booking: the recruiter's free slots the talent may book. */
export function useBookableSlots(eventId: string, recruiterId: string) {
  return useQuery({
    queryKey: chatKeys.bookable(eventId, recruiterId),
    queryFn: () => call(chatsApi.recruiterSlots, { params: { id: eventId, recruiterId } }),
  });
}

/** Any change to a chat touches lists, counters and slot grids of the event: refresh them all. */
function useChatChanged(eventId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['events', eventId] });
}

export function useRequestChat(eventId: string) {
  const changed = useChatChanged(eventId);
  return useMutation({
    mutationFn: (body: BodyOf<typeof chatsApi.request>) =>
      call(chatsApi.request, { params: { id: eventId }, body }),
    onSuccess: changed,
  });
}

/** Direct booking of a slot; a refusal (409, 422) refreshes the slots too, so the picker shows what is left. */
export function useBookDirectly(eventId: string, recruiterId: string) {
  const changed = useChatChanged(eventId);
  return useMutation({
    mutationFn: (body: BodyOf<typeof chatsApi.book>) =>
      call(chatsApi.book, { params: { id: eventId, recruiterId }, body }),
    onSettled: changed,
  });
}

export function useChatAction(eventId: string) {
  const changed = useChatChanged(eventId);
  return {
    approve: useMutation({
      mutationFn: (chatId: string) => call(chatsApi.approve, { params: { chatId } }),
      onSuccess: changed,
    }),
    decline: useMutation({
      mutationFn: ({ chatId, ...body }: BodyOf<typeof chatsApi.decline> & { chatId: string }) =>
        call(chatsApi.decline, { params: { chatId }, body }),
      onSuccess: changed,
    }),
    withdraw: useMutation({
      mutationFn: (chatId: string) => call(chatsApi.withdraw, { params: { chatId } }),
      onSuccess: changed,
    }),
    // A lost race (409) refreshes the slots too, so the picker shows what is really left.
    confirm: useMutation({
      mutationFn: ({ chatId, ...body }: BodyOf<typeof chatsApi.confirm> & { chatId: string }) =>
        call(chatsApi.confirm, { params: { chatId }, body }),
      onSettled: changed,
    }),
    // A lapsed offer (409) refreshes too: the card then shows where the chat stands.
    acceptOffer: useMutation({
      mutationFn: (chatId: string) => call(chatsApi.acceptOffer, { params: { chatId } }),
      onSettled: changed,
    }),
    declineOffer: useMutation({
      mutationFn: (chatId: string) => call(chatsApi.declineOffer, { params: { chatId } }),
      onSettled: changed,
    }),
  };
}

/** A talent's places on the event's waitlists, or for a recruiter how many wait for each of their team. */
export function useWaitlists(eventId: string) {
  return useQuery({
    queryKey: chatKeys.waitlists(eventId),
    queryFn: () => call(chatsApi.waitlists, { params: { id: eventId } }),
  });
}

/** Whose waitlist: a recruiter's, or a company's (any of its recruiters). */
export interface WaitlistOwner {
  kind: 'recruiter' | 'company';
  id: string;
}

/** Joining or leaving a waitlist; joining may bring an offer at once, so the event's lists refresh. */
export function useSetWaitlisted(eventId: string) {
  const changed = useChatChanged(eventId);
  return useMutation({
    mutationFn: ({ owner, waiting }: { owner: WaitlistOwner; waiting: boolean }) =>
      owner.kind === 'company'
        ? call(waiting ? chatsApi.joinCompanyWaitlist : chatsApi.leaveCompanyWaitlist, {
            params: { id: eventId, companyId: owner.id },
          })
        : call(waiting ? chatsApi.joinWaitlist : chatsApi.leaveWaitlist, {
            params: { id: eventId, recruiterId: owner.id },
          }),
    onSettled: changed,
  });
}

/** The event is chosen in the invitation dialog, so it comes with each call rather than with the hook. */
export function useInviteTalent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, ...body }: BodyOf<typeof chatsApi.invite> & { eventId: string }) =>
      call(chatsApi.invite, { params: { id: eventId }, body }),
    onSuccess: (chat) => queryClient.invalidateQueries({ queryKey: ['events', chat.eventId] }),
  });
}

/** Changes to a chat that may hold a slot: cancel (either side), reschedule (either side), move (recruiter side). */
export function useChatChanges(eventId: string) {
  const changed = useChatChanged(eventId);
  return {
    cancel: useMutation({
      mutationFn: ({ chatId, message }: { chatId: string; message?: string }) =>
        call(chatsApi.cancel, { params: { chatId }, body: { message } }),
      onSuccess: changed,
    }),
    reschedule: useMutation({
      mutationFn: ({ chatId, message }: { chatId: string; message?: string }) =>
        call(chatsApi.reschedule, { params: { chatId }, body: { message } }),
      onSuccess: changed,
    }),
    // As with a booking, a lost race refreshes the slots so the list shows what is really left.
    move: useMutation({
      mutationFn: ({ chatId, ...body }: BodyOf<typeof chatsApi.move> & { chatId: string }) =>
        call(chatsApi.move, { params: { chatId }, body }),
      onSettled: changed,
    }),
  };
}

/** `I'm here`, `Running … minutes late` and `Mark no-show` around a booked chat. */
export function useAttendance(eventId: string) {
  const changed = useChatChanged(eventId);
  return {
    checkIn: useMutation({
      mutationFn: (chatId: string) => call(chatsApi.checkIn, { params: { chatId } }),
      onSuccess: changed,
    }),
    runningLate: useMutation({
      mutationFn: ({ chatId, ...body }: BodyOf<typeof chatsApi.runningLate> & { chatId: string }) =>
        call(chatsApi.runningLate, { params: { chatId }, body }),
      onSuccess: changed,
    }),
    markNoShow: useMutation({
      mutationFn: (chatId: string) => call(chatsApi.markNoShow, { params: { chatId } }),
      onSuccess: changed,
    }),
  };
}

/** The organizer's list of the event's no-shows. */
export function useNoShows(eventId: string) {
  return useQuery({
    queryKey: ['events', eventId, 'no-shows'],
    queryFn: () => call(chatsApi.noShows, { params: { id: eventId } }),
  });
}
