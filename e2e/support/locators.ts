import type { Locator, Page } from 'playwright-core';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A form field by its exact label. Mantine puts the asterisk of a required field inside the <label> (hidden from
 * screen readers, but part of the text `getByLabel` reads), so an exact label would miss every required field.
 */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*\\*?$`));
}

/** What is attached to a field for screen readers: its description (with a length counter, if any) and its error. */
export async function describedBy(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}
