/** The picture behind a person on camera. Uploads are not offered: only these, shipped with the app. */
export type BackgroundId = 'none' | 'blur' | 'semi-blur' | (typeof backgroundImages)[number]['id'];

const backgroundImages = [
  { id: 'sunrise', url: '/backgrounds/sunrise.svg' },
  { id: 'ocean', url: '/backgrounds/ocean.svg' },
  { id: 'forest', url: '/backgrounds/forest.svg' },
  { id: 'studio', url: '/backgrounds/studio.svg' },
] as const;

/** In the order offered; their names are in the room's catalog. */
export const backgroundChoices: { id: BackgroundId; url?: string }[] = [
  { id: 'none' },
  { id: 'blur' },
  { id: 'semi-blur' },
  ...backgroundImages,
];

/** How strongly the background is blurred, as a share of the frame's width (so small and large videos look alike). */
export function blurShare(id: BackgroundId): number | null {
  if (id === 'blur') return 0.03;
  if (id === 'semi-blur') return 0.01;
  return null;
}

export function backgroundImageUrl(id: BackgroundId): string | null {
  return backgroundImages.find((image) => image.id === id)?.url ?? null;
}
