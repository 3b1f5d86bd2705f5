import { chosenClock, type Clock, DEFAULT_CLOCK, TIME_OF_DAY } from '../../../shared/i18n/clocks.js';
import { FORMAT_LOCALES, type Locale } from '../../../shared/i18n/locales.js';
import type { NotificationKind, NotificationParams } from '../../../shared/schemas/notifications.schemas.js';
import { type MessageKey, recipientLocale, type ServerTranslator, translatorFor } from '../../i18n/index.js';
import { renderMail } from '../../infra/mail/mail.templates.js';
import type { Notice } from '../notifications/index.js';
import { buildChatCalendar, type CalendarChat } from './chats.calendar.js';
import { meetingPlace } from './chats.presenters.js';
import type { ChatView } from './chats.repository.js';

/**
 * What each person concerned by a chat's change is told, in the app and by email, from where they stand: the
 * talent reads about the recruiter and company, the recruiter about the talent, and every time is on the reader's
 * own clock with the event's beside it when they differ, and in their own language.
 */

export interface MailContext {
  publicUrl: string;
  mailFrom: string;
  event: { id: string; name: string; timeZone: string };
  now: Date;
}

/**
 * A person as their mails need them: `timeZone` and `language` are their own choice, else their browser's; `clock`
 * their choice of a 24-hour or 12-hour clock.
 */
type Person = ChatView['talent'];

/** The reader's words: their language, else their browser's, else English. */
const wordsOf = (reader: Pick<Person, 'language'>): ServerTranslator =>
  translatorFor(recipientLocale(reader.language));

/** Building a format is slow next to using one: one per language, zone and style (a day, or a clock's time). */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(locale: Locale, timeZone: string, style: 'day' | Clock): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_LOCALES[locale], {
      timeZone,
      ...(style === 'day' ? { weekday: 'short', day: 'numeric', month: 'short' } : TIME_OF_DAY[style]),
    });
    formats.set(key, format);
  }
  return format;
}
const dayOf = (locale: Locale, instant: Date, timeZone: string) =>
  formatOf(locale, timeZone, 'day').format(instant);
const timeOf = (locale: Locale, clock: Clock, instant: Date, timeZone: string) =>
  formatOf(locale, timeZone, clock).format(instant);

/**
 * `Thu 3 Dec, 10:00–10:30 (Europe/London) · 11:00–11:30 event time, Europe/Berlin` (in German `Do., 3. Dez.,
 * 10:00–10:30 (Europe/London) · 11:00–11:30 (Ortszeit Europe/Berlin)`): the reader's clock first, the event's beside
 * it only when it reads differently (its day too when that differs), in the reader's language and on the 24-hour or
 * 12-hour clock they read (`10:00 am–10:30 am`).
 */
export function formatChatTime(
  startsAt: Date,
  endsAt: Date,
  zones: { reader: string; event: string },
  tr: ServerTranslator = translatorFor('en'),
  clock: Clock = DEFAULT_CLOCK,
): string {
  const { locale } = tr;
  const range = (zone: string) =>
    `${timeOf(locale, clock, startsAt, zone)}–${timeOf(locale, clock, endsAt, zone)}`;
  const readerDay = dayOf(locale, startsAt, zones.reader);
  const readerText = tr.t('chats.time.inZone', {
    time: tr.t('chats.time.dayAndRange', { day: readerDay, range: range(zones.reader) }),
    zone: zones.reader,
  });
  if (range(zones.reader) === range(zones.event) && readerDay === dayOf(locale, startsAt, zones.event))
    return readerText;
  const eventDay = dayOf(locale, startsAt, zones.event);
  const eventText =
    eventDay === readerDay
      ? range(zones.event)
      : tr.t('chats.time.dayAndRange', { day: eventDay, range: range(zones.event) });
  return tr.t('chats.time.withEventTime', { time: readerText, eventTime: eventText, zone: zones.event });
}

const zonesOf = (ctx: MailContext, reader: Person) => ({
  reader: reader.timeZone ?? ctx.event.timeZone,
  event: ctx.event.timeZone,
});

const chatTimeFor = (
  ctx: MailContext,
  reader: Person,
  chat: { startsAt: Date | null; endsAt: Date | null },
) =>
  formatChatTime(
    chat.startsAt!,
    chat.endsAt!,
    zonesOf(ctx, reader),
    wordsOf(reader),
    chosenClock(reader.clock),
  );

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
    ? wordsOf(reader).t('chats.title.withOther', { other: otherSideFor(view, reader) })
    : wordsOf(reader).t('chats.title.ofColleague', {
        recruiter: view.recruiter.name,
        talent: view.talent.name,
      });
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
  const tr = wordsOf(view.recruiter);
  const talent = view.talent.name;
  const paragraphs = [tr.t('chats.requested.intro', { talent, event: ctx.event.name })];
  if (view.talentHeadline)
    paragraphs.push(tr.t('chats.mail.headline', { name: talent, headline: view.talentHeadline }));
  if (view.customQuestion && chat.talentAnswer)
    paragraphs.push(
      tr.t('chats.requested.question', { question: view.customQuestion }),
      tr.t('chats.requested.answer', { answer: chat.talentAnswer }),
    );
  if (chat.requestMessage) paragraphs.push(tr.t('chats.mail.message', { message: chat.requestMessage }));
  paragraphs.push(tr.t('chats.requested.next'));
  return [
    notice(ctx, view, view.recruiter, 'chat_requested', {
      actorId: view.talent.id,
      mail: renderMail(tr, view.recruiter.email, tr.t('chats.requested.subject', { talent }), {
        heading: tr.t('chats.requested.heading', { talent }),
        paragraphs,
        action: { label: tr.t('chats.requested.action'), url: chatsUrl(ctx) },
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
  const tr = wordsOf(view.talent);
  const recruiter = view.recruiter.name;
  return [
    notice(ctx, view, view.talent, 'chat_approved', {
      actorId: actor.id,
      mail: renderMail(tr, view.talent.email, tr.t('chats.approved.subject', { recruiter }), {
        heading: tr.t('chats.approved.heading'),
        paragraphs: [
          tr.t('chats.approved.intro', { recruiter, company: view.company.name, event: ctx.event.name }),
          tr.t('chats.approved.next'),
        ],
        action: { label: tr.t('chats.mail.pickSlot'), url: `${chatsUrl(ctx)}?tab=in_scheduling` },
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
  const tr = wordsOf(view.talent);
  const recruiter = view.recruiter.name;
  const paragraphs = [
    tr.t('chats.declined.intro', { recruiter, company: view.company.name, event: ctx.event.name }),
  ];
  if (view.chat.declineMessage)
    paragraphs.push(tr.t('chats.mail.theirMessage', { message: view.chat.declineMessage }));
  if (view.suggestedRecruiter?.id)
    paragraphs.push(tr.t('chats.declined.suggestion', { colleague: view.suggestedRecruiter.name }));
  return [
    notice(ctx, view, view.talent, 'chat_declined', {
      actorId: actor.id,
      mail: renderMail(tr, view.talent.email, tr.t('chats.mail.requestTo', { name: recruiter }), {
        heading: tr.t('chats.declined.heading'),
        paragraphs,
        action: { label: tr.t('chats.mail.seeRequests'), url: `${chatsUrl(ctx)}?tab=declined` },
      }),
    }),
    ...onYourBehalf(ctx, view, actor, 'chat_declined_for_you'),
  ];
}

/** The recruiter hears that the talent took a request back, so it leaves their list without a mystery. */
export function withdrawnNotices(ctx: MailContext, view: ChatView): Notice[] {
  const tr = wordsOf(view.recruiter);
  const talent = view.talent.name;
  return [
    notice(ctx, view, view.recruiter, 'chat_withdrawn', {
      actorId: view.talent.id,
      mail: renderMail(tr, view.recruiter.email, tr.t('chats.withdrawn.subject', { talent }), {
        heading: tr.t('chats.withdrawn.heading'),
        paragraphs: [
          tr.t('chats.withdrawn.intro', { talent, event: ctx.event.name }),
          tr.t('chats.mail.nothingNeeded'),
        ],
        action: { label: tr.t('chats.mail.openChats'), url: chatsUrl(ctx) },
      }),
    }),
  ];
}

/** The invited recruiter, and the colleague who sent the invitation for them, hear that the talent declined it. */
export function invitationDeclinedNotices(ctx: MailContext, view: ChatView): Notice[] {
  const recipients = [view.recruiter, ...(view.createdBy.id === view.recruiter.id ? [] : [view.createdBy])];
  const talent = view.talent.name;
  return recipients.map((reader) => {
    const tr = wordsOf(reader);
    const paragraphs = [
      reader.id === view.recruiter.id
        ? tr.t('chats.invitationDeclined.withYou', { talent, event: ctx.event.name })
        : tr.t('chats.invitationDeclined.withColleague', {
            talent,
            recruiter: view.recruiter.name,
            event: ctx.event.name,
          }),
    ];
    if (view.chat.declineMessage)
      paragraphs.push(tr.t('chats.mail.theirMessage', { message: view.chat.declineMessage }));
    return notice(ctx, view, reader, 'invitation_declined', {
      actorId: view.talent.id,
      params: reader.id === view.recruiter.id ? {} : { colleagueName: view.recruiter.name },
      mail: renderMail(tr, reader.email, tr.t('chats.invitationDeclined.subject', { talent }), {
        heading: tr.t('chats.invitationDeclined.heading'),
        paragraphs,
        action: { label: tr.t('chats.mail.openChats'), url: `${chatsUrl(ctx)}?tab=declined` },
      }),
    });
  });
}

/** Tells the talent who invites them, and who sent it when a colleague did so on the recruiter's behalf. */
export function invitationNotices(ctx: MailContext, view: ChatView): Notice[] {
  const { recruiter, company, createdBy, talent } = view;
  const onBehalf = createdBy.id !== recruiter.id;
  const forTalent = wordsOf(talent);
  const paragraphs = [
    forTalent.t('chats.invited.intro', {
      recruiter: recruiter.name,
      company: company.name,
      event: ctx.event.name,
    }),
  ];
  if (onBehalf)
    paragraphs.push(
      forTalent.t('chats.invited.onBehalf', { colleague: createdBy.name, recruiter: recruiter.name }),
    );
  if (view.chat.requestMessage)
    paragraphs.push(forTalent.t('chats.mail.message', { message: view.chat.requestMessage }));
  paragraphs.push(forTalent.t('chats.invited.next'));
  const toTalent = notice(ctx, view, talent, 'chat_invited', {
    actorId: createdBy.id,
    mail: renderMail(
      forTalent,
      talent.email,
      forTalent.t('chats.invited.subject', { recruiter: recruiter.name }),
      {
        heading: forTalent.t('chats.invited.heading'),
        paragraphs,
        action: { label: forTalent.t('chats.mail.pickSlot'), url: `${chatsUrl(ctx)}?tab=requests` },
      },
    ),
  });
  if (!onBehalf) return [toTalent];
  // The recruiter a colleague invited a talent for learns of it before the talent books their time.
  const tr = wordsOf(recruiter);
  const names = { colleague: createdBy.name, talent: talent.name };
  const toRecruiter = [
    tr.t('chats.invitedForYou.intro', { ...names, event: ctx.event.name }),
    tr.t('chats.invitedForYou.next', { talent: talent.name }),
  ];
  if (view.chat.requestMessage)
    toRecruiter.push(tr.t('chats.invitedForYou.message', { message: view.chat.requestMessage }));
  return [
    toTalent,
    notice(ctx, view, recruiter, 'chat_invited_for_you', {
      actorId: createdBy.id,
      params: { actorName: createdBy.name },
      mail: renderMail(tr, recruiter.email, tr.t('chats.invitedForYou.subject', names), {
        heading: tr.t('chats.invitedForYou.heading'),
        paragraphs: toRecruiter,
        action: { label: tr.t('chats.mail.openChats'), url: chatsUrl(ctx) },
      }),
    }),
  ];
}

const whereOf = (ctx: MailContext, view: ChatView, tr: ServerTranslator) => {
  const place = meetingPlace(view);
  return place ? tr.t('chats.where.inPerson', { place }) : tr.t('chats.where.online', { url: chatsUrl(ctx) });
};

/**
 * The chat's one calendar entry, at the view's time and with its SEQUENCE (also in the personal calendar feed),
 * titled for its reader in their language: the same UID and SEQUENCE for both sides, each naming whom they meet.
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
  const tr = wordsOf(reader);
  return {
    uid: `${view.chat.id}@parley`,
    sequence: view.chat.sequence,
    method,
    startsAt: view.chat.startsAt!,
    endsAt: view.chat.endsAt!,
    summary: tr.t('chats.title.withOther', { other: otherSideFor(view, reader) }),
    description: `${tr.t('chats.calendar.description', { event: ctx.event.name })}\n${whereOf(ctx, view, tr)}`,
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

/** Both sides get the chat's calendar entry, each with their own wording, language and clock. */
export function confirmedNotices(ctx: MailContext, view: ChatView): Notice[] {
  const joinUrl = chatsUrl(ctx);
  const event = ctx.event.name;
  const talent = view.talent.name;
  const mailTo = (reader: Person, tr: ServerTranslator, heading: string, intro: string, other: string) => {
    const when = chatTimeFor(ctx, reader, view.chat);
    return renderMail(tr, reader.email, tr.t('chats.confirmed.subject', { name: other, time: when }), {
      heading,
      paragraphs: [intro, tr.t('chats.mail.when', { time: when }), whereOf(ctx, view, tr)],
      action: { label: tr.t('chats.mail.openChats'), url: joinUrl },
      footnote: tr.t('chats.confirmed.footnote'),
    });
  };
  const forTalent = wordsOf(view.talent);
  const forRecruiter = wordsOf(view.recruiter);
  const mails = [
    {
      reader: view.talent,
      mail: mailTo(
        view.talent,
        forTalent,
        forTalent.t('chats.confirmed.heading'),
        forTalent.t('chats.mail.youMeet', { other: otherSideFor(view, view.talent), event }),
        view.recruiter.name,
      ),
    },
    {
      reader: view.recruiter,
      mail: mailTo(
        view.recruiter,
        forRecruiter,
        forRecruiter.t('chats.confirmed.bookedHeading', { talent }),
        forRecruiter.t('chats.confirmed.booked', { talent, event }),
        talent,
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

const changeWording: Record<
  ChatChange,
  { subject: MessageKey; heading: MessageKey; actorHeading: MessageKey }
> = {
  cancelled: {
    subject: 'chats.changed.cancelledSubject',
    heading: 'chats.changed.cancelledHeading',
    actorHeading: 'chats.changed.cancelledByYou',
  },
  rescheduled: {
    subject: 'chats.changed.rescheduledSubject',
    heading: 'chats.changed.rescheduledHeading',
    actorHeading: 'chats.changed.rescheduledByYou',
  },
  moved: {
    subject: 'chats.changed.movedSubject',
    heading: 'chats.changed.movedHeading',
    actorHeading: 'chats.changed.movedByYou',
  },
};

/** What happens next, said to the one who does it or to those who wait for it. */
function nextStep(change: ChatChange, view: ChatView, reader: Person): string {
  const tr = wordsOf(reader);
  if (change === 'cancelled') return tr.t('chats.changed.slotFree');
  if (change === 'moved') return tr.t('chats.changed.calendarUpdated');
  return reader.id === view.talent.id
    ? tr.t('chats.changed.pickNewTime')
    : tr.t('chats.changed.talentPicks', { talent: view.talent.name });
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
  const detailsFor = (reader: Person) => {
    const tr = wordsOf(reader);
    return [
      ...(booked ? [tr.t('chats.changed.wasAt', { time: chatTimeFor(ctx, reader, before.chat) })] : []),
      ...(change === 'moved'
        ? [
            tr.t('chats.changed.newTime', { time: chatTimeFor(ctx, reader, after.chat) }),
            whereOf(ctx, after, tr),
          ]
        : []),
    ];
  };
  const said = (reader: Person, whose: 'chats.mail.theirMessage' | 'chats.mail.yourMessage') =>
    input.message ? [wordsOf(reader).t(whose, { message: input.message })] : [];
  const mailTo = (reader: Person, content: { heading: string; paragraphs: string[] }) => {
    const calendar = calendarFor(reader);
    const tr = wordsOf(reader);
    return {
      ...renderMail(tr, reader.email, tr.t(wording.subject, { title: chatTitleFor(after, reader) }), {
        ...content,
        action: { label: tr.t('chats.mail.openChats'), url: chatsUrl(ctx) },
        ...(calendar ? { footnote: tr.t('chats.changed.footnote') } : {}),
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
        heading: wordsOf(reader).t(wording.heading),
        paragraphs: [
          wordsOf(reader).t('chats.changed.intro', {
            actor: actor.name,
            title: chatTitleFor(after, reader),
            event: ctx.event.name,
          }),
          ...detailsFor(reader),
          ...said(reader, 'chats.mail.theirMessage'),
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
          heading: wordsOf(actorAttends).t(wording.actorHeading),
          paragraphs: [
            wordsOf(actorAttends).t('chats.changed.confirmsYours', {
              title: chatTitleFor(after, actorAttends),
              event: ctx.event.name,
            }),
            ...detailsFor(actorAttends),
            ...said(actorAttends, 'chats.mail.yourMessage'),
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
    const tr = wordsOf(reader);
    const other = otherSideFor(view, reader);
    const when = chatTimeFor(ctx, reader, view.chat);
    const event = ctx.event.name;
    const mail =
      kind === 'ten_minutes_before'
        ? renderMail(tr, reader.email, tr.t('chats.reminder.soonSubject', { other }), {
            heading: tr.t('chats.reminder.soonHeading'),
            paragraphs: [
              tr.t('chats.reminder.soon', { other, event, time: when }),
              tr.t('chats.reminder.roomOpen'),
            ],
            action: { label: tr.t('chats.reminder.join'), url: links.join },
          })
        : renderMail(tr, reader.email, tr.t('chats.reminder.subject', { other, time: when }), {
            heading: tr.t('chats.reminder.heading'),
            paragraphs: [
              tr.t('chats.mail.youMeet', { other, event }),
              tr.t('chats.mail.when', { time: when }),
              place
                ? tr.t('chats.where.inPerson', { place })
                : tr.t('chats.where.onlineFrom', { minutes: links.opensMinutesBefore, url: links.join }),
            ],
            action: { label: tr.t('chats.reminder.openSchedule'), url: links.schedule },
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
  const talent = request.talent.name;
  const company = request.company.name;
  return recruiters.map((reader) => {
    const tr = wordsOf(reader);
    const paragraphs = [tr.t('chats.companyRequested.intro', { talent, company, event: ctx.event.name })];
    if (request.talentHeadline)
      paragraphs.push(tr.t('chats.mail.headline', { name: talent, headline: request.talentHeadline }));
    if (request.message) paragraphs.push(tr.t('chats.mail.message', { message: request.message }));
    paragraphs.push(tr.t('chats.companyRequested.next'));
    return companyNotice(ctx, request, reader, 'company_requested', {
      actorId: request.talent.id,
      params: { otherName: talent },
      mail: renderMail(tr, reader.email, tr.t('chats.companyRequested.subject', { talent }), {
        heading: tr.t('chats.companyRequested.heading', { talent, company }),
        paragraphs,
        action: { label: tr.t('chats.companyRequested.action'), url: `${chatsUrl(ctx)}/manage` },
      }),
    });
  });
}

/** The recruiters who take requests hear that the talent took the company request back, so it leaves their list. */
export function companyRequestWithdrawnNotices(
  ctx: MailContext,
  request: CompanyRequestMail,
  recruiters: Person[],
): Notice[] {
  const talent = request.talent.name;
  const company = request.company.name;
  return recruiters.map((reader) => {
    const tr = wordsOf(reader);
    return companyNotice(ctx, request, reader, 'company_request_withdrawn', {
      actorId: request.talent.id,
      params: { otherName: talent },
      mail: renderMail(tr, reader.email, tr.t('chats.companyWithdrawn.subject', { talent }), {
        heading: tr.t('chats.companyWithdrawn.heading'),
        paragraphs: [
          tr.t('chats.companyWithdrawn.intro', { talent, company, event: ctx.event.name }),
          tr.t('chats.mail.nothingNeeded'),
        ],
        action: { label: tr.t('chats.companyWithdrawn.action'), url: `${chatsUrl(ctx)}/manage` },
      }),
    });
  });
}

/** The talent hears that the company declined their request, with the reason. */
export function companyRequestDeclinedNotices(
  ctx: MailContext,
  request: CompanyRequestMail,
  actor: { id: string },
): Notice[] {
  const tr = wordsOf(request.talent);
  const company = request.company.name;
  const paragraphs = [tr.t('chats.companyDeclined.intro', { company, event: ctx.event.name })];
  if (request.declineMessage)
    paragraphs.push(tr.t('chats.mail.theirMessage', { message: request.declineMessage }));
  return [
    companyNotice(ctx, request, request.talent, 'company_request_declined', {
      actorId: actor.id,
      params: {},
      mail: renderMail(tr, request.talent.email, tr.t('chats.mail.requestTo', { name: company }), {
        heading: tr.t('chats.companyDeclined.heading'),
        paragraphs,
        action: { label: tr.t('chats.mail.seeRequests'), url: `${chatsUrl(ctx)}?tab=declined` },
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
  const tr = wordsOf(view.talent);
  const recruiter = view.recruiter.name;
  const paragraphs = [
    tr.t('chats.noShow.intro', {
      recruiter,
      company: view.company.name,
      event: ctx.event.name,
      time: chatTimeFor(ctx, view.talent, view.chat),
    }),
    noShowLimit === null ? tr.t('chats.noShow.noLimit') : tr.t('chats.noShow.limit', { limit: noShowLimit }),
  ];
  return [
    notice(ctx, view, view.talent, 'chat_no_show', {
      actorId: actor?.id ?? null,
      mail: renderMail(tr, view.talent.email, tr.t('chats.noShow.subject', { recruiter }), {
        heading: tr.t('chats.noShow.heading'),
        paragraphs,
        action: { label: tr.t('chats.mail.openChats'), url: `${chatsUrl(ctx)}?tab=completed` },
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
  const tr = wordsOf(reader);
  const expiresAt = view.chat.offerExpiresAt!;
  const when = chatTimeFor(ctx, reader, view.chat);
  const acceptBy = timeOf(tr.locale, chosenClock(reader.clock), expiresAt, zonesOf(ctx, reader).reader);
  const recruiter = view.recruiter.name;
  return [
    notice(ctx, view, reader, 'waitlist_offer', {
      actorId: null,
      params: { acceptBy: expiresAt.toISOString() },
      mail: renderMail(tr, reader.email, tr.t('chats.offer.subject', { recruiter, time: when }), {
        heading: tr.t('chats.offer.heading', { recruiter }),
        paragraphs: [
          tr.t('chats.offer.intro', {
            recruiter,
            company: view.company.name,
            event: ctx.event.name,
            time: when,
          }),
          tr.t('chats.offer.held', { acceptBy }),
        ],
        action: { label: tr.t('chats.offer.action'), url: `${chatsUrl(ctx)}?tab=in_scheduling` },
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
  const tr = wordsOf(reader);
  const recruiter = view.recruiter.name;
  return [
    notice(ctx, view, reader, 'waitlist_offer_lapsed', {
      actorId: lapsed ? null : reader.id,
      mail: renderMail(
        tr,
        reader.email,
        lapsed
          ? tr.t('chats.offerEnded.lapsedSubject', { recruiter })
          : tr.t('chats.offerEnded.releasedSubject', { recruiter }),
        {
          heading: lapsed ? tr.t('chats.offerEnded.lapsed') : tr.t('chats.offerEnded.released'),
          paragraphs: [
            tr.t('chats.offerEnded.intro', { recruiter, company: view.company.name, event: ctx.event.name }),
            tr.t('chats.offerEnded.joinAgain'),
          ],
          action: { label: tr.t('chats.offerEnded.action'), url: `${ctx.publicUrl}/events/${ctx.event.id}` },
        },
      ),
    }),
  ];
}
