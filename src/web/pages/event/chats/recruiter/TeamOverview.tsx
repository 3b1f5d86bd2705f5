import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconList } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { Event } from '../../../../../shared/schemas/events.schemas';
import { useTeamOverview } from '../../../../api/availability';
import { useWaitlists } from '../../../../api/chats';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { useT } from '../../../../i18n/i18n';
import { CompanyRequestsSection } from './CompanyRequestsSection';
import { BoothQueuePanel } from './BoothQueuePanel';
import { boldFigure, MemberCard } from './MemberCard';
import { recruiterPaths } from './paths';

/** Step 1 of the recruiter's journey (docs/DOMAIN.md): the recruiter's and each colleague's availability and requests at this event. */
export function TeamOverview({ event }: { event: Event }) {
  const { t } = useT();
  const team = useTeamOverview(event.id);
  const waitlists = useWaitlists(event.id);
  const navigate = useNavigate();
  // Oneself first, then colleagues by name.
  const members = [...(team.data?.members ?? [])].sort(
    (a, b) => Number(b.isMe) - Number(a.isMe) || a.recruiter.name.localeCompare(b.recruiter.name),
  );
  return (
    <Stack>
      <Anchor component={Link} to={recruiterPaths.chats(event.id)} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> {t('recruiter.team.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('recruiter.manage')}</Title>
          <Text c="dark.6">
            {team.data
              ? t('recruiter.team.introOfCompany', { company: team.data.company.name, event: event.name })
              : t('recruiter.team.intro')}
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconList size={16} aria-hidden />}
          onClick={() => navigate(recruiterPaths.allChats(event.id))}
        >
          {t('recruiter.allChats.title')}
        </Button>
      </Group>
      <CompanyWaitlistCount
        waiting={waitlists.data?.companyWaiting ?? 0}
        companyName={team.data?.company.name ?? t('recruiter.team.yourCompany')}
      />
      <CompanyRequestsSection eventId={event.id} members={members} />
      <BoothQueuePanel event={event} />
      {team.isPending && <Loader aria-label={t('recruiter.team.loading')} />}
      <ApiErrorAlert error={team.error} title={t('recruiter.team.couldNotLoad')} />
      {members.map((member) => (
        <MemberCard
          key={member.recruiter.id}
          eventId={event.id}
          member={member}
          waiting={waitlists.data?.counts.find((c) => c.recruiterId === member.recruiter.id)?.waiting ?? 0}
        />
      ))}
    </Stack>
  );
}

/** How many talents wait for anyone of the company: whoever of the team frees time offers it to the first of them. */
function CompanyWaitlistCount({ waiting, companyName }: { waiting: number; companyName: string }) {
  const { rich } = useT();
  if (waiting === 0) return null;
  return (
    <Text size="sm" c="dark.6">
      {rich('recruiter.team.companyWaitlist', { count: waiting, company: companyName, b: boldFigure })}
    </Text>
  );
}
