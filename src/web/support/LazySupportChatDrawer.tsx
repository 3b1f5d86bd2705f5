import type { ComponentProps } from 'react';
import { lazyNamed, OnceShown } from '../app/lazyPage';

const SupportChatDrawer = lazyNamed(() => import('./SupportChatDrawer'), 'SupportChatDrawer');

/** The header's way to the support conversation: the drawer's code comes the first time someone opens it. */
export function LazySupportChatDrawer(props: ComponentProps<typeof SupportChatDrawer>) {
  return (
    <OnceShown when={props.opened}>
      <SupportChatDrawer {...props} />
    </OnceShown>
  );
}
