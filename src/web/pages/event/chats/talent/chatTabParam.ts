import { useSearchParams } from 'react-router';
import { ChatTab } from '../../../../../shared/schemas/chats.schemas';

/** The anchor of the talent's request lists, scrolled to from a recruiter's card. */
export const YOUR_CHATS_ID = 'your-1-1-chats';

/**
 * The open request-list tab lives in `?tab=` (e.g. `?tab=in_scheduling`), so emails link straight to it and the
 * back button returns to it. `tab` is null until someone chose one.
 */
export function useChatTabParam() {
  const [params, setParams] = useSearchParams();
  const tab = ChatTab.safeParse(params.get('tab')).data ?? null;
  const show = (next: ChatTab, options: { scroll?: boolean } = {}) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('tab', next);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
    if (options.scroll) document.getElementById(YOUR_CHATS_ID)?.scrollIntoView({ behavior: 'smooth' });
  };
  return { tab, show };
}
