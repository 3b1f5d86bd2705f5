/**
 * Who receives a live message is named by topics. A socket is subscribed to its user's and its session's topics on
 * connect, and to an event's topics while it watches that event (after an access check). Chat rooms will add
 * `room:<chatId>` here and to the pattern below.
 */
export type Topic =
  | `user:${string}`
  | `session:${string}`
  | `event:${string}`
  | `company:${string}:event:${string}`;

export const topics = {
  /** Everything about one person: their own chats, their invitations. */
  user: (userId: string): Topic => `user:${userId}`,
  /** One login: ends with it (`session.ended`). Keyed by the token's hash, never the token itself. */
  session: (tokenHash: string): Topic => `session:${tokenHash}`,
  /** What everyone at an event may see, such as free slot counts. */
  event: (eventId: string): Topic => `event:${eventId}`,
  /** A company's recruiters at one event: their team's chats and availability. */
  companyAtEvent: (companyId: string, eventId: string): Topic => `company:${companyId}:event:${eventId}`,
};

const TOPIC_PATTERN = /^(?:(?:user|session|event):[\w-]+|company:[\w-]+:event:[\w-]+)$/;

/** Publishers may spell topics by hand: a misspelt one would reach no one without a word. */
export function isTopic(topic: string): topic is Topic {
  return TOPIC_PATTERN.test(topic);
}
