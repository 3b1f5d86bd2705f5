import type { NotificationKind, NotificationParams } from '../../../shared/schemas/notifications.schemas.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import type { Notice } from '../notifications/index.js';
import { buildChatCalendar, type CalendarChat } from './chats.calendar.js';
import { meetingPlace } from './chats.presenters.js';
import type { ChatView } from './chats.repository.js';

/**
 * What each person concerned by a chat's change is told, in the app and by email, from where they stand: the
 * talent reads about the recruiter and company, the recruiter about the talent, and every time is on the reader's
 * own clock with the event's beside it when they differ.
 */

export interface MailContext {
  publicUrl: string;
  mailFrom: string;
  event: { id: string; name: string; timeZone: string };
  now: Date;
}

type Person = ChatView['talent'];

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const cached = (
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  make: () => Intl.DateTimeFormat,
) => {
  const format = cache.get(timeZone) ?? make();
  cache.set(timeZone, format);
  return format;
};
const dayOf = (instant: Date, timeZone: string) =>
  cached(
    dayFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }),
  ).format(instant);
const clockOf = (instant: Date, timeZone: string) =>
  cached(
    timeFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(instant);

/**
 * `Thu 3 Dec, 10:00–10:30 (Europe/London) · 11:00–11:30 event time, Europe/Berlin`: the reader's clock first, the
 * event's beside it only when it reads differently (its day too when that differs).
 */
export function formatChatTime(
  startsAt: Date,
  endsAt: Date,
  zones: { reader: string; event: string },
): string {
  const range = (zone: string) => `${clockOf(startsAt, zone)}–${clockOf(endsAt, zone)}`;
  const readerDay = dayOf(startsAt, zones.reader);
  const readerText = `${readerDay}, ${range(zones.reader)} (${zones.reader})`;
  if (range(zones.reader) === range(zones.event) && readerDay === dayOf(startsAt, zones.event))
    return readerText;
  const eventDay = dayOf(startsAt, zones.event);
  const eventText = eventDay === readerDay ? range(zones.event) : `${eventDay}, ${range(zones.event)}`;
  return `${readerText} · ${eventText} event time, ${zones.event}`;
}

const zonesOf = (ctx: MailContext, reader: Person) => ({
  reader: reader.timeZone ?? ctx.event.timeZone,
  event: ctx.event.timeZone,
});

const chatTimeFor = (
  ctx: MailContext,
  reader: Person,
  chat: { startsAt: Date | null; endsAt: Date | null },
) => formatChatTime(chat.startsAt!, chat.endsAt!, zonesOf(ctx, reader));

const chatsUrl = (ctx: MailContext) => `${ctx.publicUrl}/events/${ctx.event.id}/chats`;
const sender = (from: string) => {
  const match = /<([^>]+)>/.exec(from);
  return { name: from.replace(/<[^>]+>/, '').trim() || 'Parley', email: match?.[1] ?? from };
};

/** Whom the reader meets: the recruiter and company for the talent, the talent for anyone of the company. */
const otherSideFor = (view: ChatView, reader: Person) =>
  reader.id === view.talent.id ? `${view.recruiter.name} (${view.company.name})` : view.talent.name;

/** `1-1 chat with Alex Morgan (Acme Robotics)`, or `… with Dana Costa`; a colleague reads whose chat it is. */
const chatTitleFor = (view: ChatView, reader: Person) => {
  const inChat = reader.id === view.talent.id || reader.id === view.recruiter.id;
  return inChat
    ? `1-1 chat with ${otherSideFor(view, reader)}`
    : `1-1 chat of ${view.recruiter.name} with ${view.talent.name}`;
};

function notice(
  ctx: MailContext,
  view: ChatView,
  reader: Person,
  kind: NotificationKind,
  input: { actorId: string | null; params?: Partial<NotificationParams>; mail?: Notice['mail'] },
): Notice {
  const booked = view.chat.startsAt && { startsAt: view.chat.startsAt.toISOString() };
  const readerIsTalent = reader.id === view.talent.id;
  return {
    userId: reader.id,
    notification: {
      kind,
      eventId: ctx.event.id,
      chatId: view.chat.id,
      actorId: input.actorId,
      params: {
        eventName: ctx.event.name,
        otherName: readerIsTalent ? view.recruiter.name : view.talent.name,
        ...(readerIsTalent ? { companyName: view.company.name } : {}),
        ...booked,
        eventTimeZone: ctx.event.timeZone,
        ...input.params,
      },
    },
    ...(input.mail ? { mail: input.mail } : {}),
  };
}

export function requestReceivedNotices(ctx: MailContext, view: ChatView): Notice[] {
  const { chat } = view;
  const paragraphs = [`${view.talent.name} would like a private 1-1 chat with you at ${ctx.event.name}.`];
  if (view.talentHeadline) paragraphs.push(`${view.talent.name}: ${view.talentHeadline}`);
  if (view.customQuestion && chat.talentAnswer)
    paragraphs.push(`Your question: ${view.customQuestion}`, `Answer: ${chat.talentAnswer}`);
  if (chat.requestMessage) paragraphs.push(`Message: ${chat.requestMessage}`);
  paragraphs.push('Approve it so they can pick one of your free slots, or decline it with a short message.');
  return [
    notice(ctx, view, view.recruiter, 'chat_requested', {
      actorId: view.talent.id,
      mail: renderMail(view.recruiter.email, `New 1-1 chat request from ${view.talent.name}`, {
        heading: `${view.talent.name} requested a 1-1 chat`,
        paragraphs,
        action: { label: 'Review the request', url: chatsUrl(ctx) },
      }),
    }),
  ];
}

/** The recruiter hears in the app when a colleague answered a request for them; the talent has the email. */
function onYourBehalf(
  ctx: MailContext,
  view: ChatView,
  actor: { id: string; name: string },
  kind: NotificationKind,
): Notice[] {
  return actor.id === view.recruiter.id
    ? []
    : [notice(ctx, view, view.recruiter, kind, { actorId: actor.id, params: { actorName: actor.name } })];
}

export function approvedNotices(
  ctx: MailContext,
  view: ChatView,
  actor: { id: string; name: string },
): Notice[] {
  return [
    notice(ctx, view, view.talent, 'chat_approved', {
      actorId: actor.id,
      mail: renderMail(view.talent.email, `${view.recruiter.name} approved your 1-1 chat request`, {
        heading: 'Your request was approved',
        paragraphs: [
          `${view.recruiter.name} (${view.company.name}) approved your 1-1 chat request at ${ctx.event.name}.`,
          'Please pick a time now: slots go to whoever books first.',
        ],
        action: { label: 'Pick a Time Slot', url: `${chatsUrl(ctx)}?tab=in_scheduling` },
      }),
    }),
    ...onYourBehalf(ctx, view, actor, 'chat_approved_for_you'),
  ];
}

export function declinedNotices(
  ctx: MailContext,
  view: ChatView,
  actor: { id: string; name: string },
): Notice[] {
  const paragraphs = [
    `${view.recruiter.name} (${view.company.name}) declined your 1-1 chat request at ${ctx.event.name}.`,
  ];
  if (view.chat.declineMessage) paragraphs.push(`Their message: ${view.chat.declineMessage}`);
  if (view.suggestedRecruiter?.id) {
    paragraphs.push(
      `They suggest you talk to their colleague ${view.suggestedRecruiter.name} instead: you can request a chat in one click.`,
    );
  }
  return [
    notice(ctx, view, view.talent, 'chat_declined', {
      actorId: actor.id,
      mail: renderMail(view.talent.email, `Your 1-1 chat request to ${view.recruiter.name}`, {
        heading: 'Your request was declined',
        paragraphs,
        action: { label: 'See your requests', url: `${chatsUrl(ctx)}?tab=declined` },
      }),
    }),
    ...onYourBehalf(ctx, view, actor, 'chat_declined_for_you'),
  ];
}

/** The recruiter hears that the talent took a request back, so it leaves their list without a mystery. */
export function withdrawnNotices(ctx: MailContext, view: ChatView): Notice[] {
  return [
    notice(ctx, view, view.recruiter, 'chat_withdrawn', {
      actorId: view.talent.id,
      mail: renderMail(view.recruiter.email, `${view.talent.name} withdrew their 1-1 chat request`, {
        heading: 'A request was withdrawn',
        paragraphs: [
          `${view.talent.name} withdrew their request for a 1-1 chat with you at ${ctx.event.name}.`,
          'Nothing else is needed from you.',
        ],
        action: { label: 'Open your 1-1 chats', url: chatsUrl(ctx) },
      }),
    }),
  ];
}

/** The invited recruiter, and the colleague who sent the invitation for them, hear that the talent declined it. */
export function invitationDeclinedNotices(ctx: MailContext, view: ChatView): Notice[] {
  const recipients = [view.recruiter, ...(view.createdBy.id === view.recruiter.id ? [] : [view.createdBy])];
  return recipients.map((reader) => {
    const withWhom = reader.id === view.recruiter.id ? 'you' : view.recruiter.name;
    const paragraphs = [
      `${view.talent.name} declined the invitation to a 1-1 chat with ${withWhom} at ${ctx.event.name}.`,
    ];
    if (view.chat.declineMessage) paragraphs.push(`Their message: ${view.chat.declineMessage}`);
    return notice(ctx, view, reader, 'invitation_declined', {
      actorId: view.talent.id,
      params: reader.id === view.recruiter.id ? {} : { colleagueName: view.recruiter.name },
      mail: renderMail(reader.email, `${view.talent.name} declined the 1-1 chat invitation`, {
        heading: 'An invitation was declined',
        paragraphs,
        action: { label: 'Open your 1-1 chats', url: `${chatsUrl(ctx)}?tab=declined` },
      }),
    });
  });
}

/** Tells the talent who invites them, and who sent it when a colleague did so on the recruiter's behalf. */
export function invitationNotices(ctx: MailContext, view: ChatView): Notice[] {
  const { recruiter, company, createdBy, talent } = view;
  const onBehalf = createdBy.id !== recruiter.id;
  const paragraphs = [
    `${recruiter.name} (${company.name}) invites you to a private 1-1 chat at ${ctx.event.name}.`,
  ];
  if (onBehalf)
    paragraphs.push(`${createdBy.name}, a colleague, sent this invitation on ${recruiter.name}'s behalf.`);
  if (view.chat.requestMessage) paragraphs.push(`Message: ${view.chat.requestMessage}`);
  paragraphs.push('Pick one of their free time slots, or decline the invitation.');
  const toTalent = notice(ctx, view, talent, 'chat_invited', {
    actorId: createdBy.id,
    mail: renderMail(talent.email, `${recruiter.name} invites you to a 1-1 chat`, {
      heading: 'You are invited to a 1-1 chat',
      paragraphs,
      action: { label: 'Pick a Time Slot', url: `${chatsUrl(ctx)}?tab=requests` },
    }),
  });
  if (!onBehalf) return [toTalent];
  // The recruiter a colleague invited a talent for learns of it before the talent books their time.
  const toRecruiter = [
    `${createdBy.name} invited ${talent.name} to a 1-1 chat with you at ${ctx.event.name}.`,
    `${talent.name} picks one of your free time slots; you will hear when they do.`,
  ];
  if (view.chat.requestMessage) toRecruiter.push(`Message sent with it: ${view.chat.requestMessage}`);
  return [
    toTalent,
    notice(ctx, view, recruiter, 'chat_invited_for_you', {
      actorId: createdBy.id,
      params: { actorName: createdBy.name },
      mail: renderMail(recruiter.email, `${createdBy.name} invited ${talent.name} to a 1-1 chat with you`, {
        heading: 'A colleague invited a talent for you',
        paragraphs: toRecruiter,
        action: { label: 'Open your 1-1 chats', url: chatsUrl(ctx) },
      }),
    }),
  ];
}

const whereOf = (ctx: MailContext, view: ChatView) => {
  const place = meetingPlace(view);
  return place
    ? `Where: ${place} (in person).`
    : `Where: online. Join from Parley's 1-1 Chats or My Schedule tab: ${chatsUrl(ctx)}`;
};

/**
 * The chat's one calendar entry, at the view's time and with its SEQUENCE (also in the personal calendar feed),
 * titled for its reader: the same UID and SEQUENCE for both sides, each naming whom they meet.
 */
export function chatCalendarEntry(
  ctx: MailContext,
  view: ChatView,
  method: 'REQUEST' | 'CANCEL',
  readerId: string,
): CalendarChat {
  const joinUrl = chatsUrl(ctx);
  const place = meetingPlace(view);
  const reader = readerId === view.talent.id ? view.talent : view.recruiter;
  return {
    uid: `${view.chat.id}@parley`,
    sequence: view.chat.sequence,
    method,
    startsAt: view.chat.startsAt!,
    endsAt: view.chat.endsAt!,
    summary: `1-1 chat with ${otherSideFor(view, reader)}`,
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

function chatCalendar(ctx: MailContext, view: ChatView, method: 'REQUEST' | 'CANCEL', reader: Person) {
  return { method, content: buildChatCalendar(chatCalendarEntry(ctx, view, method, reader.id)) };
}

/** Both sides get the chat's calendar entry, each with their own wording and clock. */
export function confirmedNotices(ctx: MailContext, view: ChatView): Notice[] {
  const joinUrl = chatsUrl(ctx);
  const where = whereOf(ctx, view);
  const footnote = 'The attached invitation adds the chat to your calendar.';
  const forTalent = chatTimeFor(ctx, view.talent, view.chat);
  const forRecruiter = chatTimeFor(ctx, view.recruiter, view.chat);
  const mails = [
    {
      reader: view.talent,
      mail: renderMail(view.talent.email, `Confirmed: 1-1 chat with ${view.recruiter.name}, ${forTalent}`, {
        heading: 'Your 1-1 chat is confirmed',
        paragraphs: [
          `You meet ${view.recruiter.name} (${view.company.name}) at ${ctx.event.name}.`,
          `When: ${forTalent}.`,
          where,
        ],
        action: { label: 'Open your 1-1 chats', url: joinUrl },
        footnote,
      }),
    },
    {
      reader: view.recruiter,
      mail: renderMail(
        view.recruiter.email,
        `Confirmed: 1-1 chat with ${view.talent.name}, ${forRecruiter}`,
        {
          heading: `${view.talent.name} booked a 1-1 chat`,
          paragraphs: [
            `${view.talent.name} picked a time for your 1-1 chat at ${ctx.event.name}.`,
            `When: ${forRecruiter}.`,
            where,
          ],
          action: { label: 'Open your 1-1 chats', url: joinUrl },
          footnote,
        },
      ),
    },
  ];
  return mails.map(({ reader, mail }) =>
    notice(ctx, view, reader, 'chat_confirmed', {
      actorId: view.talent.id,
      mail: { ...mail, calendar: chatCalendar(ctx, view, 'REQUEST', reader) },
    }),
  );
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

const changeWording: Record<ChatChange, { subject: string; heading: string; actorHeading: string }> = {
  cancelled: { subject: 'Cancelled', heading: 'was cancelled', actorHeading: 'You cancelled the 1-1 chat' },
  rescheduled: {
    subject: 'Rescheduled',
    heading: 'needs a new time',
    actorHeading: 'You released the time of the 1-1 chat',
  },
  moved: {
    subject: 'Moved',
    heading: 'was moved to a new time',
    actorHeading: 'You moved the 1-1 chat to a new time',
  },
};

/** What happens next, said to the one who does it or to those who wait for it. */
function nextStep(change: ChatChange, view: ChatView, reader: Person): string {
  if (change === 'cancelled') return 'The time slot is free again.';
  if (change === 'moved') return 'Your calendar entry is updated.';
  return reader.id === view.talent.id
    ? 'Please pick a new time under In Scheduling in your 1-1 chats.'
    : `${view.talent.name} picks a new time; you will hear when they do.`;
}

const changeKind: Record<ChatChange, NotificationKind> = {
  cancelled: 'chat_cancelled',
  rescheduled: 'chat_rescheduled',
  moved: 'chat_moved',
};

/**
 * The other side hears of a change (and the recruiter too when a colleague acted for them). A booked chat's mail
 * carries its calendar entry: cancelled when the old time is gone, the new time when it moved. The one who acted,
 * when they attend, gets the same entry without a notification: their calendar must follow their own change.
 */
export function chatChangedNotices(ctx: MailContext, input: ChatChangeMail): Notice[] {
  const { before, after, actor, change } = input;
  const recipients =
    actor.side === 'talent'
      ? [after.recruiter]
      : [after.talent, ...(actor.id === after.recruiter.id ? [] : [after.recruiter])];
  const booked = Boolean(before.chat.startsAt && before.chat.endsAt);
  // A removed entry names its old time and place, under the new SEQUENCE.
  const calendarFor = (reader: Person) =>
    change === 'moved'
      ? chatCalendar(ctx, after, 'REQUEST', reader)
      : booked
        ? chatCalendar(
            ctx,
            { ...before, chat: { ...before.chat, sequence: after.chat.sequence } },
            'CANCEL',
            reader,
          )
        : null;
  const wording = changeWording[change];
  const detailsFor = (reader: Person) => [
    ...(booked ? [`It was: ${chatTimeFor(ctx, reader, before.chat)}.`] : []),
    ...(change === 'moved'
      ? [`New time: ${chatTimeFor(ctx, reader, after.chat)}.`, whereOf(ctx, after)]
      : []),
  ];
  const said = (whose: string) => (input.message ? [`${whose} message: ${input.message}`] : []);
  const mailTo = (reader: Person, content: { heading: string; paragraphs: string[] }) => {
    const calendar = calendarFor(reader);
    return {
      ...renderMail(reader.email, `${wording.subject}: ${chatTitleFor(after, reader)}`, {
        ...content,
        action: { label: 'Open your 1-1 chats', url: chatsUrl(ctx) },
        ...(calendar ? { footnote: 'The attached file updates the entry in your calendar.' } : {}),
      }),
      calendar,
    };
  };
  const notices = recipients.map((reader) =>
    notice(ctx, after, reader, changeKind[change], {
      actorId: actor.id,
      params: {
        ...(reader.id === after.recruiter.id && actor.side === 'recruiter' ? { actorName: actor.name } : {}),
        ...(booked ? { startsAt: before.chat.startsAt!.toISOString() } : {}),
      },
      mail: mailTo(reader, {
        heading: `Your 1-1 chat ${wording.heading}`,
        paragraphs: [
          `${actor.name} changed your ${chatTitleFor(after, reader)} at ${ctx.event.name}.`,
          ...detailsFor(reader),
          ...said('Their'),
          nextStep(change, after, reader),
        ],
      }),
    }),
  );
  const actorAttends =
    actor.side === 'talent' ? after.talent : actor.id === after.recruiter.id ? after.recruiter : null;
  if (actorAttends && calendarFor(actorAttends)) {
    notices.push({
      userId: actorAttends.id,
      mail: {
        ...mailTo(actorAttends, {
          heading: wording.actorHeading,
          paragraphs: [
            `This confirms your change to the ${chatTitleFor(after, actorAttends)} at ${ctx.event.name}.`,
            ...detailsFor(actorAttends),
            ...said('Your'),
            nextStep(change, after, actorAttends),
          ],
        }),
        about: {
          recipientId: actorAttends.id,
          kind: changeKind[change],
          eventId: ctx.event.id,
          chatId: after.chat.id,
        },
      },
    });
  }
  return notices;
}

/** `hour_before` and `ten_minutes_before`, the reminder kinds of `chat_reminders`, as notifications. */
const reminderKind = { hour_before: 'reminder_hour', ten_minutes_before: 'reminder_ten_minutes' } as const;

/** Both sides are reminded, each naming the other on their own clock. */
export function reminderNotices(
  ctx: MailContext,
  view: ChatView,
  kind: keyof typeof reminderKind,
  links: { join: string; schedule: string; opensMinutesBefore: number },
): Notice[] {
  const place = meetingPlace(view);
  return [view.talent, view.recruiter].map((reader) => {
    const other = otherSideFor(view, reader);
    const when = chatTimeFor(ctx, reader, view.chat);
    const mail =
      kind === 'ten_minutes_before'
        ? renderMail(reader.email, `Starting soon: 1-1 chat with ${other}`, {
            heading: 'Your 1-1 chat is about to start',
            paragraphs: [
              `Your 1-1 chat with ${other} at ${ctx.event.name} starts soon: ${when}.`,
              'The room is open. Join now to check your camera and microphone.',
            ],
            action: { label: 'Join', url: links.join },
          })
        : renderMail(reader.email, `Reminder: 1-1 chat with ${other}, ${when}`, {
            heading: 'Your 1-1 chat is coming up',
            paragraphs: [
              `You meet ${other} at ${ctx.event.name}.`,
              `When: ${when}.`,
              place
                ? `Where: ${place} (in person).`
                : `Where: online. Join from ${links.opensMinutesBefore} minutes before the start: ${links.join}`,
            ],
            action: { label: 'Open My Schedule', url: links.schedule },
          });
    return notice(ctx, view, reader, reminderKind[kind], { actorId: null, mail });
  });
}

/** A company request as its notices need it: the talent, the company and what was said. */
export interface CompanyRequestMail {
  requestId: string;
  talent: Person;
  talentHeadline: string | null;
  company: { id: string; name: string };
  message: string | null;
  declineMessage: string | null;
}

const companyNotice = (
  ctx: MailContext,
  request: CompanyRequestMail,
  reader: Person,
  kind: NotificationKind,
  input: { actorId: string; params: Partial<NotificationParams>; mail: Notice['mail'] },
): Notice => ({
  userId: reader.id,
  notification: {
    kind,
    eventId: ctx.event.id,
    actorId: input.actorId,
    params: { eventName: ctx.event.name, companyName: request.company.name, ...input.params },
  },
  mail: input.mail,
});

/** Every recruiter of the company who takes requests hears of it once, in the app and by email. */
export function companyRequestedNotices(
  ctx: MailContext,
  request: CompanyRequestMail,
  recruiters: Person[],
): Notice[] {
  const { talent } = request;
  const paragraphs = [
    `${talent.name} would like a private 1-1 chat with anyone of ${request.company.name} at ${ctx.event.name}.`,
  ];
  if (request.talentHeadline) paragraphs.push(`${talent.name}: ${request.talentHeadline}`);
  if (request.message) paragraphs.push(`Message: ${request.message}`);
  paragraphs.push(
    'The first of your team to accept it gets the chat (or gives it to a colleague); the talent then picks one of their free slots.',
  );
  return recruiters.map((reader) =>
    companyNotice(ctx, request, reader, 'company_requested', {
      actorId: talent.id,
      params: { otherName: talent.name },
      mail: renderMail(reader.email, `New company request from ${talent.name}`, {
        heading: `${talent.name} asks to talk to anyone at ${request.company.name}`,
        paragraphs,
        action: { label: 'Review the company request', url: `${chatsUrl(ctx)}/manage` },
      }),
    }),
  );
}

/** The recruiters who take requests hear that the talent took the company request back, so it leaves their list. */
export function companyRequestWithdrawnNotices(
  ctx: MailContext,
  request: CompanyRequestMail,
  recruiters: Person[],
): Notice[] {
  const { talent } = request;
  return recruiters.map((reader) =>
    companyNotice(ctx, request, reader, 'company_request_withdrawn', {
      actorId: talent.id,
      params: { otherName: talent.name },
      mail: renderMail(reader.email, `${talent.name} withdrew their company request`, {
        heading: 'A company request was withdrawn',
        paragraphs: [
          `${talent.name} withdrew their request to talk to anyone of ${request.company.name} at ${ctx.event.name}.`,
          'Nothing else is needed from you.',
        ],
        action: { label: 'Open Manage 1-1 Chats', url: `${chatsUrl(ctx)}/manage` },
      }),
    }),
  );
}

/** The talent hears that the company declined their request, with the reason. */
export function companyRequestDeclinedNotices(
  ctx: MailContext,
  request: CompanyRequestMail,
  actor: { id: string },
): Notice[] {
  const paragraphs = [`${request.company.name} declined your 1-1 chat request at ${ctx.event.name}.`];
  if (request.declineMessage) paragraphs.push(`Their message: ${request.declineMessage}`);
  return [
    companyNotice(ctx, request, request.talent, 'company_request_declined', {
      actorId: actor.id,
      params: {},
      mail: renderMail(request.talent.email, `Your 1-1 chat request to ${request.company.name}`, {
        heading: 'Your company request was declined',
        paragraphs,
        action: { label: 'See your requests', url: `${chatsUrl(ctx)}?tab=declined` },
      }),
    }),
  ];
}

/**
 * The talent hears that they were marked a no-show (by the recruiter's side, or by the clock when the event says so),
 * and what it means at an event that limits no-shows.
 */
export function noShowNotices(
  ctx: MailContext,
  view: ChatView,
  actor: { id: string } | null,
  noShowLimit: number | null,
): Notice[] {
  const paragraphs = [
    `You did not check in for your 1-1 chat with ${view.recruiter.name} (${view.company.name}) at ${ctx.event.name}, ${chatTimeFor(ctx, view.talent, view.chat)}, so it was marked as a no-show and the time was given back.`,
    noShowLimit === null
      ? 'If you are there after all, talk to the recruiter at their booth or write to them.'
      : `After ${noShowLimit === 1 ? 'one no-show' : `${noShowLimit} no-shows`} at this event you can no longer request or book chats there. If this is a mistake, write to the organizer.`,
  ];
  return [
    notice(ctx, view, view.talent, 'chat_no_show', {
      actorId: actor?.id ?? null,
      mail: renderMail(view.talent.email, `Missed 1-1 chat with ${view.recruiter.name}`, {
        heading: 'You were marked as a no-show',
        paragraphs,
        action: { label: 'Open your 1-1 chats', url: `${chatsUrl(ctx)}?tab=completed` },
      }),
    }),
  ];
}

/**
 * A freed time offered to the talent from a waitlist: held for them alone until `offerExpiresAt`, with the way to
 * accept it in one click.
 */
export function offerNotices(ctx: MailContext, view: ChatView): Notice[] {
  const reader = view.talent;
  const expiresAt = view.chat.offerExpiresAt!;
  const when = chatTimeFor(ctx, reader, view.chat);
  const acceptBy = clockOf(expiresAt, zonesOf(ctx, reader).reader);
  return [
    notice(ctx, view, reader, 'waitlist_offer', {
      actorId: null,
      params: { acceptBy: expiresAt.toISOString() },
      mail: renderMail(reader.email, `A slot with ${view.recruiter.name} is free: ${when}`, {
        heading: `A slot with ${view.recruiter.name} is free`,
        paragraphs: [
          `You are on the waitlist of ${view.recruiter.name} (${view.company.name}) at ${ctx.event.name}, and a time just freed up: ${when}.`,
          `It is held for you alone until ${acceptBy}. Accept it before then, or it goes to the next person waiting.`,
        ],
        action: { label: 'Accept slot', url: `${chatsUrl(ctx)}?tab=in_scheduling` },
      }),
    }),
  ];
}

/** The recruiter hears in the app, not by email, that the talent is running a few minutes late. */
export function runningLateNotices(ctx: MailContext, view: ChatView, minutes: number): Notice[] {
  return [
    notice(ctx, view, view.recruiter, 'chat_running_late', { actorId: view.talent.id, params: { minutes } }),
  ];
}

/** The talent let an offered time go, or its hold lapsed: they are off that waitlist and may join again. */
export function offerEndedNotices(ctx: MailContext, view: ChatView, lapsed: boolean): Notice[] {
  const reader = view.talent;
  const what = lapsed ? 'The slot held for you lapsed' : 'You let the offered slot go';
  return [
    notice(ctx, view, reader, 'waitlist_offer_lapsed', {
      actorId: lapsed ? null : reader.id,
      mail: renderMail(reader.email, `${what}: 1-1 chat with ${view.recruiter.name}`, {
        heading: what,
        paragraphs: [
          `The time offered to you with ${view.recruiter.name} (${view.company.name}) at ${ctx.event.name} went to the next person waiting, and you left that waitlist.`,
          'You may join the waitlist again from the list of recruiters.',
        ],
        action: { label: 'Open the recruiters', url: `${ctx.publicUrl}/events/${ctx.event.id}` },
      }),
    }),
  ];
}
