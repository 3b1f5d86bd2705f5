import type { TooltipProps } from '@mantine/core';
import { type ReactElement, Suspense } from 'react';
import { lazyNamed } from '../app/lazyPage';

// A tooltip's positioning code (Floating UI) weighs more than the header it sits in, for a hint nobody needs before
// the page shows.
const Tooltip = lazyNamed(() => import('./tooltip'), 'Tooltip');

/** Mantine's `Tooltip`, its code fetched once the page shows; until then its target shows alone. */
export function LazyTooltip({ children, ...props }: TooltipProps & { children: ReactElement }) {
  return (
    <Suspense fallback={children}>
      <Tooltip {...props}>{children}</Tooltip>
    </Suspense>
  );
}
