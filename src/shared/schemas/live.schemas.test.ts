import { describe, expect, it } from 'vitest';
import { isLiveTopic, liveTopicMessages, liveTopics, topicsCarry } from './live.schemas.js';

const id = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const other = '0b3a9f2e-8c4d-4e6f-a1b2-c3d4e5f60718';

describe('live topics', () => {
  it('recognises every topic its builders spell, as the kind that built it', () => {
    for (const kind of Object.keys(liveTopics) as (keyof typeof liveTopics)[]) {
      const topic = liveTopics[kind](id, other);
      expect(isLiveTopic(topic)).toBe(true);
      for (const type of liveTopicMessages[kind]) expect(topicsCarry([topic], type)).toBe(true);
    }
  });

  it('refuses strings that are no topic, and messages a topic does not carry', () => {
    for (const topic of ['team:1', 'user:', `user:${id}:x`, 'support:everyone', `event:${id} `]) {
      expect(isLiveTopic(topic)).toBe(false);
      expect(topicsCarry([topic], 'chats.changed')).toBe(false);
    }
    expect(topicsCarry([liveTopics.event(id)], 'room.signal')).toBe(false);
    expect(topicsCarry([liveTopics.user(id), liveTopics.companyAtEvent(id, other)], 'chats.changed')).toBe(
      true,
    );
    expect(topicsCarry([liveTopics.user(id), liveTopics.event(other)], 'availability.changed')).toBe(false);
  });
});
