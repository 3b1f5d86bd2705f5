/**
 * The notes' query keys, under the event's, so a colleague's change (`notes.changed` on the team's topic) refreshes
 * them. Apart from the hooks so the live handlers every page loads do not carry the notes' schemas.
 */
export const noteKeys = {
  all: (eventId: string) => ['events', eventId, 'notes'] as const,
  chat: (eventId: string, chatId: string) => ['events', eventId, 'notes', chatId] as const,
};
