import { useNavigate } from 'react-router';
import type { CurrentUser } from '../../shared/schemas/auth.schemas';
import { type MessageKey, t } from '../i18n/i18n';
import { useSession } from './session';

const roleLabel: Record<CurrentUser['role'], MessageKey> = {
  organizer: 'shell.role.organizer',
  recruiter: 'shell.role.recruiter',
  talent: 'shell.role.talent',
  support: 'shell.role.support',
};

// Read while a component draws: the app is drawn anew when the language changes.
export const roleLine = (user: CurrentUser) =>
  user.company
    ? t('shell.roleWithCompany', { role: t(roleLabel[user.role]), company: user.company.name })
    : t(roleLabel[user.role]);

/** The app's places for the user's role: in the header on a wide screen, in the menu on a phone. */
export function navigation(user: CurrentUser): { to: string; label: string }[] {
  return [
    { to: '/', label: t('shell.nav.events') },
    ...(user.role === 'talent' ? [{ to: '/profile', label: t('shell.nav.profile') }] : []),
    ...(user.role === 'support' ? [{ to: '/support', label: t('shell.nav.support') }] : []),
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
