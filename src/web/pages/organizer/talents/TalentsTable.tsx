import { Badge, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { Person } from '../../../../shared/schemas/registrations.schemas';
import { useRemoveTalent } from '../../../api/registrations';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useT } from '../../../i18n/i18n';

export function TalentsTable({
  eventId,
  eventName,
  talents,
}: {
  eventId: string;
  eventName: string;
  talents: Person[];
}) {
  const remove = useRemoveTalent(eventId);
  const { t } = useT();
  return (
    <ResponsiveTable
      label={t('organizer.talents.title')}
      minWidth={600}
      rows={talents}
      rowKey={(talent) => talent.id}
      columns={[
        {
          label: t('organizer.form.name'),
          cell: (talent) => (
            <Text span fw={500} inherit>
              {talent.name}
            </Text>
          ),
        },
        { label: t('organizer.form.email'), cell: (talent) => <Text size="sm">{talent.email}</Text> },
        {
          label: t('organizer.talentsTable.account'),
          cell: (talent) =>
            talent.activated ? (
              <Badge variant="light" color="green" size="sm">
                {t('organizer.talentsTable.active')}
              </Badge>
            ) : (
              <Badge variant="light" color="orange" size="sm" title={t('organizer.person.invitedHint')}>
                {t('organizer.person.invited')}
              </Badge>
            ),
        },
        {
          label: t('organizer.table.actions'),
          hideLabel: true,
          align: 'right',
          cell: (talent) => (
            <ConfirmButton
              buttonProps={{
                variant: 'subtle',
                color: 'red.8',
                size: 'compact-sm',
                leftSection: <IconTrash size={14} aria-hidden />,
              }}
              ariaLabel={t('organizer.talentsTable.removeLabel', { name: talent.name })}
              title={t('organizer.talentsTable.removeTitle', { name: talent.name })}
              message={t('organizer.talentsTable.removeMessage', { name: talent.name, event: eventName })}
              confirmLabel={t('organizer.talentsTable.removeConfirm')}
              onConfirm={async () => {
                await remove.mutateAsync(talent.id);
                notifications.show({
                  color: 'green',
                  title: t('organizer.talentsTable.removed.title'),
                  message: t('organizer.talentsTable.removed.message', {
                    name: talent.name,
                    event: eventName,
                  }),
                });
              }}
            >
              {t('organizer.action.remove')}
            </ConfirmButton>
          ),
        },
      ]}
    />
  );
}
