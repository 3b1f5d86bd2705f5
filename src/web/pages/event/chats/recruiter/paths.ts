/** The recruiter's places under the event's `1-1 Chats` tab; everything below `/chats` stays in that tab. */
export const recruiterPaths = {
  chats: (eventId: string) => `/events/${eventId}/chats`,
  manage: (eventId: string) => `/events/${eventId}/chats/manage`,
  availability: (eventId: string, recruiterId: string) =>
    `/events/${eventId}/chats/availability/${recruiterId}`,
  /** `All 1-1 Chats`: every chat of the company at the event, with filters by status and recruiter. */
  allChats: (eventId: string) => `/events/${eventId}/chats/all`,
  /** One chat of the company, opened from `All 1-1 Chats`. */
  chat: (eventId: string, chatId: string) => `/events/${eventId}/chats/all/${chatId}`,
};
