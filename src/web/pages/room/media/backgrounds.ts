/** The picture behind a person on camera. Uploads are not offered: only these, shipped with the app. */
export type BackgroundId = 'none' | 'blur' | 'semi-blur' | (typeof backgroundImages)[number]['id'];

const backgroundImages = [
  { id: 'sunrise', label: 'Sunrise', url: '/backgrounds/sunrise.svg' },
  { id: 'ocean', label: 'Ocean', url: '/backgrounds/ocean.svg' },
  { id: 'forest', label: 'Forest', url: '/backgrounds/forest.svg' },
  { id: 'studio', label: 'Studio', url: '/backgrounds/studio.svg' },
] as const;

export const backgroundChoices: { id: BackgroundId; label: string; url?: string }[] = [
  { id: 'none', label: 'None' },
  { id: 'blur', label: 'Blur' },
  { id: 'semi-blur', label: 'Semi-blur' },
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
