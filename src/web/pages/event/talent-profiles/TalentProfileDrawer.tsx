import { Anchor, Badge, Drawer, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { SharesDataBadge } from '../../../handoff/HandoffPanel';
import { type ReactNode, useRef } from 'react';
import { DIRECTIONS } from '../../../../shared/i18n/locales';
import type { TalentProfile } from '../../../../shared/schemas/talents.schemas';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/i18n';
import { CvDownload } from './CvDownload';
import { experienceLevelKeys } from './levelLabels';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={3} fz="sm" tt="uppercase" c="dark.6" lts={0.5}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function NotGiven() {
  const { t } = useT();
  return (
    <Text size="sm" c="dark.6">
      {t('talentProfiles.drawer.notGiven')}
    </Text>
  );
}
const notGiven = <NotGiven />;

function Tags({ values, variant }: { values: string[]; variant: 'light' | 'outline' }) {
  if (values.length === 0) return notGiven;
  return (
    <Group gap={6}>
      {values.map((value) => (
        <Badge
          key={value}
          variant={variant}
          color={variant === 'light' ? 'gray' : 'indigo.7'}
          c={variant === 'light' ? 'dark.7' : undefined}
          tt="none"
        >
          {value}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * The whole profile. The right column holds the facts a recruiter scans first; it is also where the action to
 * request a chat belongs.
 */
function TalentProfileView({
  eventId,
  profile,
  action,
}: {
  eventId: string;
  profile: TalentProfile;
  action?: ReactNode;
}) {
  const { t } = useT();
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Stack gap="lg">
          <SharesDataBadge eventId={eventId} talentId={profile.id} />
          {profile.headline && (
            <Text fz="lg" fw={500}>
              {profile.headline}
            </Text>
          )}
          <Section title={t('talentProfiles.drawer.bio')}>
            {profile.bio ? <Text style={{ whiteSpace: 'pre-line' }}>{profile.bio}</Text> : notGiven}
          </Section>
          <Section title={t('talentProfiles.topics')}>
            <Tags values={profile.topics} variant="outline" />
          </Section>
          <Section title={t('talentProfiles.drawer.links')}>
            {profile.links.length === 0
              ? notGiven
              : profile.links.map((link) => (
                  <Anchor
                    key={link}
                    href={link}
                    target="_blank"
                    rel="noopener noreferrer"
                    size="sm"
                    style={{ wordBreak: 'break-all' }}
                  >
                    {link}
                  </Anchor>
                ))}
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        {action && <Group mb="md">{action}</Group>}
        <Paper withBorder p="md" bg="gray.0">
          <Stack gap="md">
            <Section title={t('talentProfiles.drawer.background')}>
              {profile.background ? <Text size="sm">{profile.background}</Text> : notGiven}
            </Section>
            <Section title={t('talentProfiles.level')}>
              {profile.level ? <Text size="sm">{t(experienceLevelKeys[profile.level])}</Text> : notGiven}
            </Section>
            <Section title={t('talentProfiles.languages')}>
              <Tags values={profile.languages} variant="light" />
            </Section>
            <Section title={t('talentProfiles.drawer.cv')}>
              {profile.cv ? <CvDownload eventId={eventId} talentId={profile.id} cv={profile.cv} /> : notGiven}
            </Section>
            {profile.email && (
              <Section title={t('talentProfiles.drawer.email')}>
                <Anchor href={`mailto:${profile.email}`} size="sm">
                  {profile.email}
                </Anchor>
              </Section>
            )}
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

/** Opens over the results, so the recruiter keeps their search; the URL names the talent, so it can be shared. */
export function TalentProfileDrawer({
  eventId,
  opened,
  profile,
  loading,
  error,
  onClose,
  action,
}: {
  /** The event the profile is read at: the CV is downloaded there. */
  eventId: string;
  opened: boolean;
  profile: TalentProfile | undefined;
  loading: boolean;
  error: unknown;
  onClose: () => void;
  /** What the viewer may do with this talent, e.g. invite them to a chat. */
  action?: (profile: TalentProfile) => ReactNode;
}) {
  const { t, locale } = useT();
  // While the drawer slides away the URL no longer names the talent; it keeps showing who it showed.
  const shown = useRef(profile);
  if (profile) shown.current = profile;
  const current = opened ? profile : shown.current;
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      // From the end of the line: the right in English and German, the left in a right-to-left language.
      position={DIRECTIONS[locale] === 'rtl' ? 'left' : 'right'}
      size="xl"
      title={current?.name ?? t('talentProfiles.drawer.title')}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': t('talentProfiles.drawer.close') }}
    >
      {loading && !current && <Loader aria-label={t('talentProfiles.drawer.loading')} />}
      <ApiErrorAlert error={error} title={t('talentProfiles.drawer.couldNotOpen')} />
      {current && <TalentProfileView eventId={eventId} profile={current} action={action?.(current)} />}
    </Drawer>
  );
}
