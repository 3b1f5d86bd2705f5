import { Anchor, Button, Group, Input, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import type { TalentCv } from '../../../shared/schemas/talents.schemas';
import { CV_MAX_BYTES, fileSizeLabel } from '../../../shared/talents/cv-file';
import { ApiError } from '../../api/client';
import { cvDownloadUrl, useDeleteMyCv, useUploadMyCv } from '../../api/cvs';
import { t as translate, useT } from '../../i18n/i18n';
import { formatDay, viewerTimeZone } from '../../time';

/** The server's sentence for a refused file; without an answer, what the talent can do about it. */
function problemOf(failure: unknown): string {
  if (failure instanceof ApiError) return failure.formErrors.cv ?? failure.message;
  return translate('talent.cv.uploadFailed');
}

/**
 * The talent's one CV, uploaded as soon as a PDF is chosen (apart from `Save profile`: a file is not a field one
 * edits and saves later). Recruiters at the talent's events may download it from the profile.
 */
export function CvField({ cv }: { cv: TalentCv | null }) {
  const { t, locale } = useT();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const upload = useUploadMyCv();
  const remove = useDeleteMyCv();
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    // The server says the same; a large file need not travel to hear it.
    if (file.size > CV_MAX_BYTES) setProblem(t('talent.cv.tooLarge'));
    else {
      setProblem(null);
      await upload.mutateAsync(file).catch((failure: unknown) => setProblem(problemOf(failure)));
    }
    if (fileRef.current) fileRef.current.value = '';
  };
  const deleteCv = () => {
    setProblem(null);
    remove.mutate(undefined, { onError: (failure) => setProblem(problemOf(failure)) });
  };
  return (
    <Paper withBorder p="lg">
      <Stack>
        <div>
          <Title order={2} fz="h4">
            {t('talent.cv.title')}
          </Title>
          <Text size="sm" c="dark.6">
            {t('talent.cv.intro')}
          </Text>
        </div>
        {cv && (
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" aria-live="polite">
              <Anchor href={cvDownloadUrl.own()} download={cv.fileName}>
                {cv.fileName}
              </Anchor>{' '}
              {t('talent.cv.details', {
                size: fileSizeLabel(cv.size, locale),
                day: formatDay(cv.uploadedAt, viewerTimeZone()),
              })}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => fileRef.current?.click()}>
                {t('talent.cv.replace')}
              </Button>
              <Button variant="subtle" color="red" size="xs" loading={remove.isPending} onClick={deleteCv}>
                {t('talent.cv.delete')}
              </Button>
            </Group>
          </Group>
        )}
        <Input.Wrapper
          label={t('talent.cv.label')}
          id={inputId}
          description={cv ? t('talent.cv.chooseAnother') : t('talent.cv.choose')}
          error={problem}
        >
          <Input
            id={inputId}
            component="input"
            type="file"
            accept="application/pdf"
            ref={fileRef}
            error={Boolean(problem)}
            disabled={upload.isPending}
            onChange={choose}
          />
        </Input.Wrapper>
        {upload.isPending && (
          <Text size="sm" role="status">
            {t('talent.cv.uploading')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
