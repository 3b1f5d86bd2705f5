import { useNavigate } from 'react-router';
import type { CurrentUser } from '../../shared/schemas/auth.schemas';
import { useSession } from './session';

const roleLabel = {
  organizer: 'Organizer',
  recruiter: 'Recruiter',
  talent: 'Talent',
  support: 'Support',
} as const;

export const roleLine = (user: CurrentUser) =>
  user.company ? `${roleLabel[user.role]} · ${user.company.name}` : roleLabel[user.role];

/** The app's places for the user's role: in the header on a wide screen, in the menu on a phone. */
export function navigation(user: CurrentUser): { to: string; label: string }[] {
  return [
    { to: '/', label: 'Events' },
    ...(user.role === 'talent' ? [{ to: '/profile', label: 'My profile' }] : []),
    ...(user.role === 'support' ? [{ to: '/support', label: 'Support console' }] : []),
  ];
}

export function useLogOut(): () => Promise<void> {
  const { logout } = useSession();
  const navigate = useNavigate();
  return async () => {
    await logout();
    navigate('/login');
  };
}
