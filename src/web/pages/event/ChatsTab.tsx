import type { Event } from '../../../shared/schemas/events.schemas';
import { useUser } from '../../app/session';
import { RecruiterChats } from './chats/recruiter/RecruiterChats';
import { TalentChats } from './chats/talent/TalentChats';

export function ChatsTab({ event }: { event: Event }) {
  const user = useUser();
  return user.role === 'recruiter' ? <RecruiterChats event={event} /> : <TalentChats event={event} />;
}
