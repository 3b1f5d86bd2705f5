/** What decides whether a talent and a recruiter may start a chat, read in one statement. */
export interface ContactFacts {
  talentName: string;
  recruiterName: string;
  talentBlockedRecruiter: boolean;
  recruiterBlockedTalent: boolean;
  /** The talent opted out of invitations at this event. */
  optedOutHere: boolean;
  /** The talent opted out of invitations at every event. */
  optedOutEverywhere: boolean;
}

/** Who starts the chat: a side, or the system offering freed time from a waitlist. */
export type ContactStarter = 'talent' | 'recruiter' | 'system';

export interface ContactRefusal {
  key: 'blocked' | 'blocked_by_you' | 'invitations_off';
  message: string;
}

/**
 * The one rule of who may start a chat with whom. A block stops everything between the two, whoever blocked; an
 * opt-out stops recruiters' invitations only (the talent may still ask). The sentence is written for the starter,
 * never telling a blocked person more than that the other does not accept chats with them.
 */
export function contactRefusal(
  facts: ContactFacts,
  start: { by: ContactStarter; invitation: boolean },
): ContactRefusal | null {
  const { by } = start;
  const ownBlock = by === 'talent' ? facts.talentBlockedRecruiter : facts.recruiterBlockedTalent;
  const otherBlock = by === 'talent' ? facts.recruiterBlockedTalent : facts.talentBlockedRecruiter;
  const other = by === 'talent' ? facts.recruiterName : facts.talentName;
  if (by !== 'system' && ownBlock) {
    return {
      key: 'blocked_by_you',
      message: `You blocked ${other}. Unblock them on your Account page to chat with them.`,
    };
  }
  if (otherBlock || (by === 'system' && (facts.talentBlockedRecruiter || facts.recruiterBlockedTalent))) {
    return { key: 'blocked', message: `${other} does not accept 1-1 chats with you.` };
  }
  if (start.invitation && facts.optedOutHere) {
    return {
      key: 'invitations_off',
      message: `${facts.talentName} does not accept invitations at this event.`,
    };
  }
  if (start.invitation && facts.optedOutEverywhere) {
    return {
      key: 'invitations_off',
      message: `${facts.talentName} does not accept invitations from recruiters.`,
    };
  }
  return null;
}
