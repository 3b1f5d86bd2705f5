import type { OutgoingMail } from '../../infra/mail/mail.repository.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import { buildChatCalendar, type CalendarChat } from './chats.calendar.js';
import { meetingPlace } from './chats.presenters.js';
import type { ChatView } from './chats.repository.js';

export interface MailContext {
  publicUrl: string;
  mailFrom: string;
  event: { id: string; name: string; timeZone: string };
  now: Date;
}

/** `Tuesday, 4 March 2030, 09:00–09:30 (Europe/Berlin)`: the event's own clock, named. */
export function formatChatTime(startsAt: Date, endsAt: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${date.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)} (${timeZone})`;
}

const chatsUrl = (ctx: MailContext) => `${ctx.publicUrl}/events/${ctx.event.id}/chats`;
const sender = (from: string) => {
  const match = /<([^>]+)>/.exec(from);
  return { name: from.replace(/<[^>]+>/, '').trim() || 'Parley', email: match?.[1] ?? from };
};

export function requestReceivedMail(ctx: MailContext, view: ChatView): OutgoingMail {
  const { chat } = view;
  const paragraphs = [`${view.talent.name} would like a private 1-1 chat with you at ${ctx.event.name}.`];
  if (view.talentHeadline) paragraphs.push(`${view.talent.name}: ${view.talentHeadline}`);
  if (view.customQuestion && chat.talentAnswer)
    paragraphs.push(`Your question: ${view.customQuestion}`, `Answer: ${chat.talentAnswer}`);
  if (chat.requestMessage) paragraphs.push(`Message: ${chat.requestMessage}`);
  paragraphs.push('Approve it so they can pick one of your free slots, or decline it with a short message.');
  return renderMail(view.recruiter.email, `New 1-1 chat request from ${view.talent.name}`, {
    heading: `${view.talent.name} requested a 1-1 chat`,
    paragraphs,
    action: { label: 'Review the request', url: chatsUrl(ctx) },
  });
}

export function approvedMail(ctx: MailContext, view: ChatView): OutgoingMail {
  return renderMail(view.talent.email, `${view.recruiter.name} approved your 1-1 chat request`, {
    heading: 'Your request was approved',
    paragraphs: [
      `${view.recruiter.name} (${view.company.name}) approved your 1-1 chat request at ${ctx.event.name}.`,
      'Pick a time slot now: slots go to whoever books first.',
    ],
    action: { label: 'Pick a Time Slot', url: `${chatsUrl(ctx)}?tab=in_scheduling` },
  });
}

export function declinedMail(ctx: MailContext, view: ChatView): OutgoingMail {
  const paragraphs = [
    `${view.recruiter.name} (${view.company.name}) declined your 1-1 chat request at ${ctx.event.name}.`,
  ];
  if (view.chat.declineMessage) paragraphs.push(`Their message: ${view.chat.declineMessage}`);
  if (view.suggestedRecruiter?.id) {
    paragraphs.push(
      `They suggest you talk to their colleague ${view.suggestedRecruiter.name} instead: you can request a chat in one click.`,
    );
  }
  return renderMail(view.talent.email, `Your 1-1 chat request to ${view.recruiter.name}`, {
    heading: 'Your request was declined',
    paragraphs,
    action: { label: 'See your requests', url: `${chatsUrl(ctx)}?tab=declined` },
  });
}

/** The recruiter hears that the talent took a request back, so it leaves their list without a mystery. */
export function withdrawnMail(ctx: MailContext, view: ChatView): OutgoingMail {
  return renderMail(view.recruiter.email, `${view.talent.name} withdrew their 1-1 chat request`, {
    heading: 'A request was withdrawn',
    paragraphs: [
      `${view.talent.name} withdrew their request for a 1-1 chat with you at ${ctx.event.name}.`,
      'Nothing else is needed from you.',
    ],
    action: { label: 'Open your 1-1 chats', url: chatsUrl(ctx) },
  });
}

/** The invited recruiter, and the colleague who sent the invitation for them, hear that the talent declined it. */
export function invitationDeclinedMails(ctx: MailContext, view: ChatView): OutgoingMail[] {
  const paragraphs = [
    `${view.talent.name} declined the invitation to a 1-1 chat with ${view.recruiter.name} at ${ctx.event.name}.`,
  ];
  if (view.chat.declineMessage) paragraphs.push(`Their message: ${view.chat.declineMessage}`);
  const recipients = [view.recruiter, ...(view.createdBy.id === view.recruiter.id ? [] : [view.createdBy])];
  return recipients.map((to) =>
    renderMail(to.email, `${view.talent.name} declined the 1-1 chat invitation`, {
      heading: 'An invitation was declined',
      paragraphs,
      action: { label: 'Open your 1-1 chats', url: `${chatsUrl(ctx)}?tab=declined` },
    }),
  );
}

const whereOf = (ctx: MailContext, view: ChatView) => {
  const place = meetingPlace(view);
  return place
    ? `Where: ${place} (in person).`
    : `Where: online. Join from Parley's 1-1 Chats or My Schedule tab: ${chatsUrl(ctx)}`;
};

/** The chat's one calendar entry, at the view's time and with its SEQUENCE (also in the personal calendar feed). */
export function chatCalendarEntry(
  ctx: MailContext,
  view: ChatView,
  method: 'REQUEST' | 'CANCEL',
): CalendarChat {
  const joinUrl = chatsUrl(ctx);
  const place = meetingPlace(view);
  return {
    uid: `${view.chat.id}@parley`,
    sequence: view.chat.sequence,
    method,
    startsAt: view.chat.startsAt!,
    endsAt: view.chat.endsAt!,
    summary: `1-1 chat: ${view.talent.name} × ${view.recruiter.name} (${view.company.name})`,
    description: `Your 1-1 chat at ${ctx.event.name}.\n${whereOf(ctx, view)}`,
    location: place ?? joinUrl,
    url: joinUrl,
    organizer: sender(ctx.mailFrom),
    attendees: [
      { name: view.talent.name, email: view.talent.email },
      { name: view.recruiter.name, email: view.recruiter.email },
    ],
    stamp: ctx.now,
  };
}

function chatCalendar(ctx: MailContext, view: ChatView, method: 'REQUEST' | 'CANCEL') {
  return { method, content: buildChatCalendar(chatCalendarEntry(ctx, view, method)) };
}

/** Both sides get the same calendar entry (same UID and SEQUENCE), each with their own wording. */
export function confirmedMails(ctx: MailContext, view: ChatView): OutgoingMail[] {
  const { chat } = view;
  const startsAt = chat.startsAt!;
  const endsAt = chat.endsAt!;
  const when = formatChatTime(startsAt, endsAt, ctx.event.timeZone);
  const joinUrl = chatsUrl(ctx);
  const where = whereOf(ctx, view);
  const calendar = chatCalendar(ctx, view, 'REQUEST');
  return [
    {
      ...renderMail(view.talent.email, `Confirmed: 1-1 chat with ${view.recruiter.name}, ${when}`, {
        heading: 'Your 1-1 chat is confirmed',
        paragraphs: [
          `You meet ${view.recruiter.name} (${view.company.name}) at ${ctx.event.name}.`,
          `When: ${when}.`,
          where,
        ],
        action: { label: 'Open your 1-1 chats', url: joinUrl },
        footnote: 'The attached invitation adds the chat to your calendar.',
      }),
      calendar,
    },
    {
      ...renderMail(view.recruiter.email, `Confirmed: 1-1 chat with ${view.talent.name}, ${when}`, {
        heading: `${view.talent.name} booked a 1-1 chat`,
        paragraphs: [
          `${view.talent.name} picked a slot for your 1-1 chat at ${ctx.event.name}.`,
          `When: ${when}.`,
          where,
        ],
        action: { label: 'Open your 1-1 chats', url: joinUrl },
        footnote: 'The attached invitation adds the chat to your calendar.',
      }),
      calendar,
    },
  ];
}

export type ChatChange = 'cancelled' | 'rescheduled' | 'moved';

export interface ChatChangeMail {
  change: ChatChange;
  /** The chat as it was: its old time is what a cancelled calendar entry names. */
  before: ChatView;
  after: ChatView;
  actor: { id: string; name: string; side: 'talent' | 'recruiter' };
  message: string | null;
}

const changeWording: Record<ChatChange, { subject: string; heading: string; next: string }> = {
  cancelled: { subject: 'Cancelled', heading: 'was cancelled', next: 'The time slot is free again.' },
  rescheduled: {
    subject: 'Rescheduled',
    heading: 'needs a new time',
    next: 'The old time is released: the talent picks a new slot under In Scheduling.',
  },
  moved: { subject: 'Moved', heading: 'was moved to a new time', next: 'Your calendar entry is updated.' },
};

/**
 * The other side hears of a change (and the recruiter too when a colleague acted for them). A booked chat's mail
 * carries its calendar entry: cancelled when the old time is gone, the new time when it moved.
 */
export function chatChangedMails(ctx: MailContext, input: ChatChangeMail): OutgoingMail[] {
  const { before, after, actor, change } = input;
  const recipients =
    actor.side === 'talent'
      ? [after.recruiter]
      : [after.talent, ...(actor.id === after.recruiter.id ? [] : [after.recruiter])];
  const oldTime =
    before.chat.startsAt && before.chat.endsAt
      ? { startsAt: before.chat.startsAt, endsAt: before.chat.endsAt }
      : null;
  // A removed entry names its old time and place, under the new SEQUENCE.
  const calendar =
    change === 'moved'
      ? chatCalendar(ctx, after, 'REQUEST')
      : oldTime &&
        chatCalendar(ctx, { ...before, chat: { ...before.chat, sequence: after.chat.sequence } }, 'CANCEL');
  const wording = changeWording[change];
  const title = `1-1 chat of ${after.talent.name} with ${after.recruiter.name} (${after.company.name})`;
  const details: string[] = [];
  if (oldTime)
    details.push(`It was: ${formatChatTime(oldTime.startsAt, oldTime.endsAt, ctx.event.timeZone)}.`);
  if (change === 'moved')
    details.push(
      `New time: ${formatChatTime(after.chat.startsAt!, after.chat.endsAt!, ctx.event.timeZone)}.`,
      whereOf(ctx, after),
    );
  const said = (whose: string) => (input.message ? [`${whose} message: ${input.message}`] : []);
  const paragraphs = [
    `${actor.name} changed your ${title} at ${ctx.event.name}.`,
    ...details,
    ...said('Their'),
    wording.next,
  ];
  const mails: OutgoingMail[] = recipients.map((to) => ({
    ...renderMail(to.email, `${wording.subject}: ${title}`, {
      heading: `Your 1-1 chat ${wording.heading}`,
      paragraphs,
      action: { label: 'Open your 1-1 chats', url: chatsUrl(ctx) },
      ...(calendar ? { footnote: 'The attached file updates the entry in your calendar.' } : {}),
    }),
    calendar,
  }));
  // The one who acted holds the same calendar entry: it must move or go from their calendar too.
  const actorAttends =
    actor.side === 'talent' ? after.talent : actor.id === after.recruiter.id ? after.recruiter : null;
  if (calendar && actorAttends) {
    mails.push({
      ...renderMail(actorAttends.email, `${wording.subject}: ${title}`, {
        heading: actorWording[change],
        paragraphs: [
          `This confirms your change to the ${title} at ${ctx.event.name}.`,
          ...details,
          ...said('Your'),
          wording.next,
        ],
        action: { label: 'Open your 1-1 chats', url: chatsUrl(ctx) },
        footnote: 'The attached file updates the entry in your calendar.',
      }),
      calendar,
    });
  }
  return mails;
}

const actorWording: Record<ChatChange, string> = {
  cancelled: 'You cancelled the 1-1 chat',
  rescheduled: 'You released the time of the 1-1 chat',
  moved: 'You moved the 1-1 chat to a new time',
};
