import { Button, VisuallyHidden } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useSetFavourite } from '../../../../api/availability';
import { useT } from '../../../../i18n/i18n';

/**
 * Marks the recruiter as one of the talent's favourites, to find again when booking opens. The mark shows at once and
 * goes back if it could not be saved; either way a screen reader hears what happened, without being interrupted.
 */
export function FavouriteButton({
  eventId,
  recruiter,
}: {
  eventId: string;
  recruiter: { id: string; name: string; favourite: boolean };
}) {
  const { t } = useT();
  const setFavourite = useSetFavourite(eventId);
  const [announcement, setAnnouncement] = useState('');
  const toggle = () => {
    const favourite = !recruiter.favourite;
    setAnnouncement('');
    setFavourite.mutate(
      { recruiterId: recruiter.id, favourite },
      {
        onSuccess: () =>
          setAnnouncement(
            favourite
              ? t('talent.favourite.added', { name: recruiter.name })
              : t('talent.favourite.removed', { name: recruiter.name }),
          ),
        onError: () => setAnnouncement(t('talent.favourite.failed', { name: recruiter.name })),
      },
    );
  };
  const Star = recruiter.favourite ? IconStarFilled : IconStar;
  return (
    <>
      <Button
        variant={recruiter.favourite ? 'light' : 'subtle'}
        size="compact-sm"
        aria-pressed={recruiter.favourite}
        leftSection={<Star size={16} aria-hidden />}
        onClick={toggle}
      >
        {t('talent.favourite.button')}
      </Button>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
