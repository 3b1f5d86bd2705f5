import { tabOf } from '../../../shared/booking/chat-phase.js';
import type { Chat, ChatAttendance, ChatHistoryEntry } from '../../../shared/schemas/chats.schemas.js';
import type { CompanyRequest } from '../../../shared/schemas/company-requests.schemas.js';
import type { CompanyRequestView } from './chats.company-requests.repository.js';
import type { ChatView, HistoryRow } from './chats.repository.js';

export function meetingPlace(view: ChatView): string | null {
  if (view.day?.mode !== 'in_person') return null;
  return view.booth ? `${view.company.name}, ${view.booth}` : `${view.company.name} (ask at the entrance)`;
}

/** The database's JSON spells instants in its session's zone: the API spells them in UTC. */
const iso = (instant: string) => new Date(instant).toISOString();

function presentHistoryEntry(row: HistoryRow): ChatHistoryEntry {
  return {
    ...row,
    fromStartsAt: row.fromStartsAt && iso(row.fromStartsAt),
    toStartsAt: row.toStartsAt && iso(row.toStartsAt),
    at: iso(row.at),
  };
}

function presentAttendance(view: ChatView): ChatAttendance {
  const side = (name: 'talent' | 'recruiter') => {
    const row = view.checkIns.find((checkIn) => checkIn.side === name);
    return row ? { by: row.by, at: iso(row.at) } : null;
  };
  return {
    talent: side('talent'),
    recruiter: side('recruiter'),
    runningLateMinutes: view.chat.runningLateMinutes,
    noShowAfterMinutes: view.noShowAfterMinutes,
  };
}

export function presentChat(view: ChatView, now: Date): Chat {
  const { chat } = view;
  return {
    id: chat.id,
    eventId: chat.eventId,
    state: chat.state,
    tab: tabOf(chat, now),
    initiatedBy: chat.initiatedBy,
    talent: { id: view.talent.id, name: view.talent.name, headline: view.talentHeadline ?? '' },
    recruiter: { id: view.recruiter.id, name: view.recruiter.name },
    company: { id: view.company.id, name: view.company.name, booth: view.booth ?? '' },
    createdBy: view.createdBy,
    requestMessage: chat.requestMessage,
    customQuestion: view.customQuestion ?? null,
    talentAnswer: chat.talentAnswer,
    declineMessage: chat.declineMessage,
    suggestedRecruiter: view.suggestedRecruiter?.id ? view.suggestedRecruiter : null,
    day: view.day?.id ? view.day : null,
    startsAt: chat.startsAt?.toISOString() ?? null,
    endsAt: chat.endsAt?.toISOString() ?? null,
    location: meetingPlace(view),
    rescheduledAt: chat.rescheduledAt?.toISOString() ?? null,
    offerExpiresAt: chat.offerExpiresAt?.toISOString() ?? null,
    createdAt: chat.createdAt.toISOString(),
    updatedAt: chat.updatedAt.toISOString(),
    history: view.history.map(presentHistoryEntry),
    attendance: presentAttendance(view),
  };
}

export function presentCompanyRequest(view: CompanyRequestView): CompanyRequest {
  const { request } = view;
  return {
    id: request.id,
    eventId: request.eventId,
    company: view.company,
    talent: { id: view.talent.id, name: view.talent.name, headline: view.talentHeadline ?? '' },
    state: request.state,
    message: request.message,
    decidedBy: view.decidedBy,
    recruiter: view.recruiter,
    chatId: request.chatId,
    declineMessage: request.declineMessage,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}
