import { Loader, Stack, Text, Title } from '@mantine/core';
import { useUser } from '../app/session';
import { useMyProfile } from '../api/talents';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { EmptyState } from '../components/EmptyState';
import { CvField } from './profile/CvField';
import { ProfileForm } from './profile/ProfileForm';

/** The talent's own profile: what recruiters at their events read before asking them for a 1-1 chat. */
export function ProfilePage() {
  const user = useUser();
  const profile = useMyProfile();
  if (user.role !== 'talent') {
    return (
      <EmptyState title="Profiles are for talents">
        Talents describe themselves here for the recruiters at their events. Your account details are under
        your name in the header.
      </EmptyState>
    );
  }
  return (
    <Stack maw={760}>
      <div>
        <Title order={1}>My profile</Title>
        <Text c="dark.6">
          Recruiters at your events read this before they invite you to a 1-1 chat. A clear headline and the
          topics you want to talk about help them find you.
        </Text>
      </div>
      {profile.isPending && <Loader aria-label="Loading your profile" />}
      <ApiErrorAlert error={profile.error} title="Could not load your profile" />
      {profile.data && <ProfileForm profile={profile.data} />}
      {profile.data && <CvField cv={profile.data.cv} />}
    </Stack>
  );
}
