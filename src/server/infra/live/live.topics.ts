/**
 * Who receives a live message is named by topics. A socket is subscribed to its user's and its session's topics on
 * connect, to an event's topics while it watches that event (after an access check), and to a room's and its own
 * peer's topics while it is in a room. Support agents also hear the support team's topic.
 */
export type Topic =
  | `user:${string}`
  | `session:${string}`
  | `event:${string}`
  | `company:${string}:event:${string}`
  | `room:${string}`
  | `peer:${string}`
  | 'support:agents';

export const topics = {
  /** Everything about one person: their own chats, their invitations. */
  user: (userId: string): Topic => `user:${userId}`,
  /** One login: ends with it (`session.ended`). Keyed by the token's hash, never the token itself. */
  session: (tokenHash: string): Topic => `session:${tokenHash}`,
  /** What everyone at an event may see, such as free slot counts. */
  event: (eventId: string): Topic => `event:${eventId}`,
  /** A company's recruiters at one event: their team's chats and availability. */
  companyAtEvent: (companyId: string, eventId: string): Topic => `company:${companyId}:event:${eventId}`,
  /** Everyone in a chat's room: presence, media state, text messages. */
  room: (chatId: string): Topic => `room:${chatId}`,
  /** One socket in a room: the WebRTC signals addressed to it. */
  peer: (peerId: string): Topic => `peer:${peerId}`,
  /** Every support agent: a conversation opened, was answered or closed. */
  supportAgents: (): Topic => 'support:agents',
};

const TOPIC_PATTERN =
  /^(?:(?:user|session|event|room|peer):[\w-]+|company:[\w-]+:event:[\w-]+|support:agents)$/;

/** Publishers may spell topics by hand: a misspelt one would reach no one without a word. */
export function isTopic(topic: string): topic is Topic {
  return TOPIC_PATTERN.test(topic);
}
