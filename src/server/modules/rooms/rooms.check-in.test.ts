import { describe, expect, it } from 'vitest';
import { withChatScene } from '../../test/chat-scene.js';
import { loginAs, withTestApp } from '../../test/test-app.js';
import { enterRoom } from './rooms.usecases.js';

const t = withTestApp({ now: new Date('2030-03-04T07:55:00Z') });
const stage = withChatScene(t);

describe('entering the video room', () => {
  it("checks its person in for their side, as `I'm here` would", async () => {
    const { talent, chat } = await stage.bookedChat();
    const asTalent = await loginAs(t.app, talent.email);
    const user = { ...talent, companyId: null, role: 'talent' as const };
    await enterRoom({ ctx: t.ctx, user, chatId: chat.id });
    const seen = (await asTalent.get(`/api/chats/${chat.id}`)).json();
    expect(seen.attendance.talent).toMatchObject({ at: '2030-03-04T07:55:00.000Z' });
    expect(seen.attendance.recruiter).toBeNull();
  });
});
