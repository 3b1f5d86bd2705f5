import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { handoffExportUrl, useHandoffSummary } from '../api/handoff';
import { download } from '../app/download';
import { useUser } from '../app/session';
import { ApiErrorAlert } from '../components/ApiErrorAlert';

/**
 * `Hand-off to hiring` on the company's chats at an event: the export of its booked chats as CSV or JSON
 * (docs/HANDOFF.md), and how many it leaves out because their talent does not share their details.
 */
export function HandoffPanel({ eventId, companyName }: { eventId: string; companyName: string }) {
  const summary = useHandoffSummary(eventId);
  const leftOut = summary.data?.leftOut ?? 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="handoff-title">
      <Stack gap="xs">
        <Title order={3} fz="h5" id="handoff-title">
          Hand-off to hiring
        </Title>
        <Text size="sm" c="dark.6">
          Confirmed, completed and no-show chats with the team's notes, rating, tags, next step and the
          talent's contact details, for your applicant tracking system.
        </Text>
        <ApiErrorAlert error={summary.error} />
        {summary.data && (
          <Text size="sm" aria-live="polite">
            {summary.data.exported === 1 ? '1 chat' : `${summary.data.exported} chats`} in the export.
            {leftOut > 0 &&
              ` ${leftOut === 1 ? '1 chat is' : `${leftOut} chats are`} left out: the talent has not agreed to share their details with ${companyName}.`}
          </Text>
        )}
        <Group gap="sm">
          <Button
            onClick={() => download(handoffExportUrl(eventId, 'csv'))}
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Export CSV
          </Button>
          <Button
            onClick={() => download(handoffExportUrl(eventId, 'json'))}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Export JSON
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Beside a talent's name for the company's recruiters: the talent shares their details with the company. */
export function SharesDataBadge({ eventId, talentId }: { eventId: string; talentId: string }) {
  // Organizers read profiles too; what talents share with a company is its recruiters' alone.
  const summary = useHandoffSummary(eventId, useUser().role === 'recruiter');
  if (!summary.data?.sharingTalentIds.includes(talentId)) return null;
  return (
    <Badge variant="light" color="teal" size="sm" title="This talent shares their details with your company">
      Shares data
    </Badge>
  );
}
