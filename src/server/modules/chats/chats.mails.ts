import type { OutgoingMail } from '../mail/mail.repository.js';
import { renderMail } from '../mail/mail.templates.js';
import { buildChatCalendar } from './chats.calendar.js';
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

/** Both sides get the same calendar entry (same UID and SEQUENCE), each with their own wording. */
export function confirmedMails(ctx: MailContext, view: ChatView): OutgoingMail[] {
  const { chat } = view;
  const startsAt = chat.startsAt!;
  const endsAt = chat.endsAt!;
  const when = formatChatTime(startsAt, endsAt, ctx.event.timeZone);
  const place = meetingPlace(view);
  const joinUrl = chatsUrl(ctx);
  const where = place
    ? `Where: ${place} (in person).`
    : `Where: online. Join from Parley's 1-1 Chats or My Schedule tab: ${joinUrl}`;
  const calendar = {
    method: 'REQUEST' as const,
    content: buildChatCalendar({
      uid: `${chat.id}@parley`,
      sequence: chat.sequence,
      method: 'REQUEST',
      startsAt,
      endsAt,
      summary: `1-1 chat: ${view.talent.name} × ${view.recruiter.name} (${view.company.name})`,
      description: `Your 1-1 chat at ${ctx.event.name}.\n${where}`,
      location: place ?? joinUrl,
      url: joinUrl,
      organizer: sender(ctx.mailFrom),
      attendees: [
        { name: view.talent.name, email: view.talent.email },
        { name: view.recruiter.name, email: view.recruiter.email },
      ],
      stamp: ctx.now,
    }),
  };
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
