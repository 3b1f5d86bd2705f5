import { describe, expect, it } from 'vitest';
import { type ContactFacts, contactRefusal } from './safety.rules.js';

const none: ContactFacts = {
  talentName: 'Alex Doe',
  recruiterName: 'Sam Lee',
  talentBlockedRecruiter: false,
  recruiterBlockedTalent: false,
  optedOutHere: false,
  optedOutEverywhere: false,
};

describe('contactRefusal', () => {
  it('lets either side start a chat when nothing stands between them', () => {
    for (const by of ['talent', 'recruiter', 'system'] as const)
      expect(contactRefusal(none, { by, invitation: by === 'recruiter' })).toBeNull();
  });

  it("stops both sides after either side's block, telling the blocked one only that chats are not accepted", () => {
    const talentBlocked = { ...none, talentBlockedRecruiter: true };
    expect(contactRefusal(talentBlocked, { by: 'recruiter', invitation: true })).toEqual({
      key: 'blocked',
      message: 'Alex Doe does not accept 1-1 chats with you.',
    });
    expect(contactRefusal(talentBlocked, { by: 'talent', invitation: false })?.key).toBe('blocked_by_you');
    expect(contactRefusal(talentBlocked, { by: 'system', invitation: false })?.key).toBe('blocked');
    const recruiterBlocked = { ...none, recruiterBlockedTalent: true };
    expect(contactRefusal(recruiterBlocked, { by: 'talent', invitation: false })?.message).toBe(
      'Sam Lee does not accept 1-1 chats with you.',
    );
    expect(contactRefusal(recruiterBlocked, { by: 'recruiter', invitation: true })?.key).toBe(
      'blocked_by_you',
    );
    expect(contactRefusal(recruiterBlocked, { by: 'system', invitation: false })?.key).toBe('blocked');
  });

  it('refuses invitations, not requests, of a talent who opted out here or everywhere', () => {
    expect(
      contactRefusal({ ...none, optedOutHere: true }, { by: 'recruiter', invitation: true })?.message,
    ).toBe('Alex Doe does not accept invitations at this event.');
    expect(
      contactRefusal({ ...none, optedOutEverywhere: true }, { by: 'recruiter', invitation: true })?.message,
    ).toBe('Alex Doe does not accept invitations from recruiters.');
    expect(contactRefusal({ ...none, optedOutHere: true }, { by: 'talent', invitation: false })).toBeNull();
    expect(
      contactRefusal({ ...none, optedOutEverywhere: true }, { by: 'system', invitation: false }),
    ).toBeNull();
  });
});
