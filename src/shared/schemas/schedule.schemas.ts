import { z } from 'zod';

/** The personal calendar feed's address: secret, so it is shown only to its owner. */
export const CalendarFeedLinks = z.object({
  /** `https://…/calendar/<userId>/<token>.ics`, to paste into a calendar app. */
  url: z.url(),
  /** The same address as `webcal://…`, which opens the calendar app's subscribe dialog. */
  subscribeUrl: z.string(),
});
export type CalendarFeedLinks = z.infer<typeof CalendarFeedLinks>;
