/**
 * A change one module tells others of without depending on them: the listening module registers where the app is
 * put together. Listeners are kept per app (its live hub stands for it), since tests build many apps in one
 * process; they hear of a change after it committed, and a listener's failure is its own: the change stands.
 */
export function appSignal<Ctx extends { live: object }, Change>() {
  type Listener = (ctx: Ctx, change: Change) => Promise<void>;
  const listenersByApp = new WeakMap<object, Set<Listener>>();
  return {
    /** Listens to the app's changes; returns the function that stops listening. */
    listen(ctx: Pick<Ctx, 'live'>, listener: Listener): () => void {
      let listeners = listenersByApp.get(ctx.live);
      if (!listeners) {
        listeners = new Set();
        listenersByApp.set(ctx.live, listeners);
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Tells the app's listeners of a change; called after commit. */
    async emit(ctx: Ctx, change: Change): Promise<void> {
      const listeners = [...(listenersByApp.get(ctx.live) ?? [])];
      await Promise.allSettled(listeners.map((listener) => listener(ctx, change)));
    },
  };
}
