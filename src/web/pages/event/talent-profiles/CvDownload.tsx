import { Button, Stack, Text } from '@mantine/core';
import type { TalentCv } from '../../../../shared/schemas/talents.schemas';
import { fileSizeLabel } from '../../../../shared/talents/cv-file';
import { cvDownloadUrl } from '../../../api/cvs';
import { useT } from '../../../i18n/i18n';
import { formatDay, viewerTimeZone } from '../../../time';

/** `Download CV` for a recruiter at an event, with what the file is: on the talent's profile and beside chat notes. */
export function CvDownload({ eventId, talentId, cv }: { eventId: string; talentId: string; cv: TalentCv }) {
  const { t, locale } = useT();
  return (
    <Stack gap={4} align="flex-start">
      <Button
        component="a"
        href={cvDownloadUrl.atEvent(eventId, talentId)}
        download={cv.fileName}
        variant="light"
        size="xs"
      >
        {t('talentProfiles.cv.download')}
      </Button>
      <Text size="xs" c="dark.6">
        {t('talentProfiles.cv.facts', {
          size: fileSizeLabel(cv.size, locale),
          date: formatDay(cv.uploadedAt, viewerTimeZone()),
        })}
      </Text>
    </Stack>
  );
}
