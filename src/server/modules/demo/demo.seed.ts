import type { AppContext } from '../../context.js';

export interface SeededDemo {
  accounts: { email: string; name: string; label: string }[];
}

export async function seedDemoIfEmpty(_input: {
  ctx: AppContext;
  force: boolean | undefined;
}): Promise<SeededDemo | null> {
  return null;
}
