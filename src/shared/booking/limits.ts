/** Bounds of what an organizer sets, read by the schemas and the rules alike (so this module imports nothing). */

/** The shortest chat an organizer may allow, so the shortest worth offering or starting on the spot. */
export const MIN_CHAT_MINUTES = 5;
export const MAX_CHAT_MINUTES = 120;

/** An offer's hold, in minutes: on the event's own days and before them. */
export const offerHoldBounds = { min: 1, max: 1440 } as const;
