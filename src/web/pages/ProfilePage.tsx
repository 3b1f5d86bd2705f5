import { Loader, Stack, Text, Title } from '@mantine/core';
import { useUser } from '../app/session';
import { useMyProfile } from '../api/talents';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EmptyState } from '../components/EmptyState';
import { useT } from '../i18n/i18n';
import { CvField } from './profile/CvField';
import { ProfileForm } from './profile/ProfileForm';

/** The talent's own profile: what recruiters at their events read before asking them for a 1-1 chat. */
export function ProfilePage() {
  const { t } = useT();
  const user = useUser();
  const profile = useMyProfile();
  if (user.role !== 'talent') {
    return (
      <EmptyState title={t('talent.profile.onlyTalents')}>{t('talent.profile.onlyTalentsText')}</EmptyState>
    );
  }
  return (
    <Stack maw={760}>
      <div>
        <Title order={1}>{t('talent.profile.title')}</Title>
        <Text c="dark.6">{t('talent.profile.intro')}</Text>
      </div>
      {profile.isPending && <Loader aria-label={t('talent.profile.loading')} />}
      <ApiErrorAlert error={profile.error} title={t('talent.profile.couldNotLoad')} />
      {profile.data && <ProfileForm profile={profile.data} />}
      {profile.data && <CvField cv={profile.data.cv} />}
    </Stack>
  );
}
