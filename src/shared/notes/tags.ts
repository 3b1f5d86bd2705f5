/** A chat carries at most this many tags: enough to sort talents, few enough to read at a glance. */
export const MAX_TAGS_PER_CHAT = 10;
export const MAX_TAG_LENGTH = 30;

/**
 * The tags as kept: each once, whatever its case or inner spacing (`Rust` and `rust ` are one tag), spelt as it was
 * first written, in the order given. Colleagues tagging the same talent then never see near-twins side by side.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const kept = new Map<string, string>();
  for (const tag of tags) {
    const spelling = tag.trim().replace(/\s+/g, ' ');
    const key = spelling.toLocaleLowerCase('en');
    if (spelling && !kept.has(key)) kept.set(key, spelling);
  }
  return [...kept.values()];
}
