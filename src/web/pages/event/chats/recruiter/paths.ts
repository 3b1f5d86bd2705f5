/** The recruiter's places under the event's `1-1 Chats` tab; everything below `/chats` stays in that tab. */
export const recruiterPaths = {
  chats: (eventId: string) => `/events/${eventId}/chats`,
  manage: (eventId: string) => `/events/${eventId}/chats/manage`,
  availability: (eventId: string, recruiterId: string) =>
    `/events/${eventId}/chats/availability/${recruiterId}`,
  /** The request lists of the whole team: "All 1-1 Chats" of the seed, filtered by status with the tabs. */
  teamChats: (eventId: string) => `/events/${eventId}/chats?show=team`,
};
