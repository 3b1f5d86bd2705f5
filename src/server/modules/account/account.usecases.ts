import {
  DATA_EXPORT_FORMAT,
  type DataExport,
  REMOVED_WORDS,
} from '../../../shared/schemas/account.schemas.js';
import type { AppContext, SessionUser } from '../../context.js';
import { readdressMail } from '../../infra/mail/mail.repository.js';
import { anonymiseAccount, confirmPassword, deletedAccount, lockUser } from '../auth/index.js';
import { deleteFavouritesOf } from '../availability/index.js';
import { deleteQueueEntriesOf } from '../booths/index.js';
import { callOffChatsOfLeavingTalent } from '../chats/index.js';
import { deleteNotificationsOf } from '../notifications/index.js';
import { removeWordsOf } from '../rooms/index.js';
import { deleteSafetyChoicesOf } from '../safety/index.js';
import { deleteConsentsOf } from '../handoff/index.js';
import { deleteConversationsOf } from '../support/index.js';
import { deleteTalentData } from '../talents/index.js';
import { requestTranslator } from '../../i18n/index.js';
import { accountErrors } from './account.errors.js';
import * as repo from './account.repository.js';

/** Stored rows as JSON keeps them: times become ISO 8601 strings. */
const asJson = <T>(rows: T): Record<string, unknown>[] => JSON.parse(JSON.stringify(rows));

/** What the file holds and what it leaves out, in the language of the page that asked for it. */
function exportNotes(): string[] {
  const { t } = requestTranslator();
  return [
    t('account.export.about'),
    t('account.export.cv'),
    t('account.export.recruiterNotes'),
    t('account.export.blocks'),
  ];
}

/** Everything Parley holds about the person asking, whatever their role; read in one snapshot. */
export async function exportData(input: { ctx: AppContext; user: SessionUser }): Promise<DataExport> {
  const { ctx, user } = input;
  return ctx.db.transaction(async (q) => {
    const account = (await repo.findAccount(q, user.id))!;
    const chats = await repo.listChats(q, user.id);
    const chatIds = chats.map((chat) => chat.id);
    const history = asJson(await repo.listHistory(q, chatIds));
    const roomMessages = asJson(await repo.listRoomMessages(q, chatIds));
    const profile = await repo.findProfile(q, user.id);
    const cv = await repo.findCvFacts(q, user.id);
    return {
      format: DATA_EXPORT_FORMAT,
      exportedAt: ctx.now().toISOString(),
      notes: exportNotes(),
      account: {
        id: account.id,
        name: account.name,
        email: account.email,
        role: account.role,
        company:
          account.companyId && account.companyName
            ? { id: account.companyId, name: account.companyName }
            : null,
        timeZone: account.timeZone,
        browserTimeZone: account.browserTimeZone,
        createdAt: account.createdAt.toISOString(),
      },
      talentProfile: profile ? asJson([profile])[0]! : null,
      cv: cv
        ? {
            fileName: cv.fileName,
            size: cv.size,
            uploadedAt: cv.uploadedAt.toISOString(),
            download: `${ctx.publicUrl}/api/me/cv`,
          }
        : null,
      registrations: asJson(await repo.listRegistrations(q, account)),
      chats: chats.map((chat) => ({
        id: chat.id,
        event: { id: chat.eventId, name: chat.eventName },
        talent: { id: chat.talentId, name: chat.talentName },
        recruiter: { id: chat.recruiterId, name: chat.recruiterName, company: chat.companyName },
        state: chat.state,
        initiatedBy: chat.initiatedBy,
        talentAnswer: chat.talentAnswer,
        startsAt: chat.startsAt?.toISOString() ?? null,
        endsAt: chat.endsAt?.toISOString() ?? null,
        createdAt: chat.createdAt.toISOString(),
        history: history.filter((entry) => entry.chatId === chat.id),
        roomMessages: roomMessages.filter((message) => message.chatId === chat.id),
      })),
      companyRequests: asJson(await repo.listCompanyRequests(q, user.id)),
      roomMessagesWritten: asJson(await repo.listRoomMessagesWritten(q, user.id)),
      roomAttendance: asJson(await repo.listRoomAttendance(q, user.id)),
      supportConversations: (await repo.listSupport(q, user.id)).map((entry) => ({
        conversation: asJson([entry.conversation])[0]!,
        messages: asJson(entry.messages),
      })),
      recruiterDetails: asJson(await repo.listRecruiterDetails(q, user.id)),
      availability: asJson(await repo.listAvailability(q, user.id)),
      notifications: asJson(await repo.listNotifications(q, user.id)),
      emailPreferencesOff: asJson(await repo.listEmailOptOuts(q, user.id)),
      favourites: asJson(await repo.listFavourites(q, user.id)),
      waitlists: asJson(await repo.listWaitlists(q, user.id)),
      companyWaitlists: asJson(await repo.listCompanyWaitlists(q, user.id)),
      boothQueues: asJson(await repo.listBoothQueues(q, user.id)),
      invitationOptOuts: asJson(await repo.listInvitationOptOuts(q, user.id)),
      blocksMade: asJson(await repo.listBlocksMade(q, user.id)),
      reportsFiled: asJson(await repo.listReportsFiled(q, user.id)),
      dataSharingConsents: asJson(await repo.listDataSharingConsents(q, user.id)),
    };
  });
}

/**
 * A talent deletes their account, in one transaction: chats still to come are called off as the talent would (the
 * recruiters are told), what is only theirs is deleted, and the account row stays as "Deleted talent" for the past
 * chats and reports others keep, with no way to sign in and an address that receives nothing. Recruiters and
 * organizers belong to an organisation, which removes them.
 */
export async function deleteAccount(input: { ctx: AppContext; user: SessionUser; password: string }) {
  const { ctx, user } = input;
  if (user.role !== 'talent') throw accountErrors.managed_by_organisation();
  await confirmPassword(ctx, user, input.password);
  const afterCommit: (() => void)[] = [];
  const sessionsEnded = await ctx.db.transaction(async (tx) => {
    await lockUser(tx, user.id);
    await callOffChatsOfLeavingTalent({
      ctx,
      user,
      within: { tx, afterCommit: (work) => afterCommit.push(work) },
    });
    await deleteFavouritesOf(tx, user.id);
    await deleteQueueEntriesOf(tx, user.id);
    await deleteTalentData(tx, user.id);
    await removeWordsOf(tx, user.id, REMOVED_WORDS);
    await deleteConversationsOf(tx, user.id);
    await deleteNotificationsOf(tx, user.id);
    await deleteSafetyChoicesOf(tx, user.id);
    await deleteConsentsOf(tx, user.id);
    // After the cancellations, whose copies for the talent were queued to the old address.
    await readdressMail(tx, user.email, deletedAccount(user.id).email);
    return anonymiseAccount(ctx, tx, user.id, ctx.now());
  });
  for (const work of afterCommit) work();
  await sessionsEnded();
}
