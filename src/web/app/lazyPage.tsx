import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/i18n';
import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
  useState,
} from 'react';

type ComponentOf<T> = T extends ComponentType<infer Props> ? ComponentType<Props> : never;

/**
 * A page whose code is fetched when it is first shown, so a screen does not carry the code of every other one.
 * Our modules export components by name; `React.lazy` wants a default export.
 */
export function lazyNamed<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<ComponentOf<Module[Name]>> {
  return lazy(async () => ({ default: (await load())[name] as ComponentOf<Module[Name]> }));
}

/**
 * What shows while a page or its code loads: a named spinner where the page will be. `fill` takes the whole window
 * (nothing around it yet); inside the app's layout it holds half the window, so the header stays put and the page
 * grows from where the spinner was.
 */
export function PageLoader({ label, fill = false }: { label?: string; fill?: boolean }) {
  const { t } = useT();
  return (
    <Center h={fill ? '100vh' : undefined} mih={fill ? undefined : '50vh'}>
      <Loader aria-label={label ?? t('shell.loading')} />
    </Center>
  );
}

/**
 * Lazily loaded `children` (a drawer, a panel) mounted from the first time `when` holds, then kept, so their
 * closing transition still plays. Until then their code is not fetched at all.
 */
export function OnceShown({ when, children }: { when: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(when);
  if (when && !shown) setShown(true);
  return shown ? <Suspense fallback={null}>{children}</Suspense> : null;
}
