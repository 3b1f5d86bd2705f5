/** A job the clock runs every round; the context is the app's. */
export type ClockJob<Ctx> = (input: { ctx: Ctx }) => Promise<unknown>;

export interface Clock {
  /** Stops the timer and waits for a round under way, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Runs the time-driven jobs at start and then every `intervalMs`, one round at a time. Each job runs even if
 * another failed, and every failure is reported. The jobs themselves must be safe when several processes sharing a
 * database run a clock each (row locks, primary keys).
 */
export function startClock<Ctx>(input: {
  ctx: Ctx;
  jobs: ClockJob<Ctx>[];
  onError: (error: unknown) => void;
  intervalMs?: number;
}): Clock {
  let running: Promise<void> | null = null;
  let stopped = false;
  const runRound = async () => {
    for (const job of input.jobs) {
      try {
        await job({ ctx: input.ctx });
      } catch (error) {
        input.onError(error);
      }
    }
  };
  const round = () => {
    if (running || stopped) return;
    running = runRound().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(round, input.intervalMs ?? 30_000);
  round();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
