import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: what the app promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const FAILING = new Set(['serious', 'critical']);

/** One violation per line: the rule, where, and axe's figures (contrast ratio, colours, font size). */
function describe(violations: axe.Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => {
        const details = [...node.any, ...node.all, ...node.none].map((check) => check.message).join(' ');
        return `- [${violation.impact}] ${violation.id} (${violation.help}) at ${node.target.join(' ')}: ${details}`;
      }),
    )
    .join('\n');
}

/** The serious and critical WCAG 2.1 AA violations axe-core finds on the page as it is now, one per line. */
async function violations(page: Page): Promise<string> {
  // A dialog or menu still fading in or out has half-transparent colours: judge the screen once it has settled.
  await page.evaluate('Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))');
  // Through the debugging protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: typeof axe }).axe.run({ runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return describe(results.violations.filter((violation) => FAILING.has(violation.impact ?? '')));
}

/**
 * Checks screen after screen and fails at the end with every violation of every screen, so one run shows all that
 * needs fixing.
 */
export class AccessibilitySweep {
  private readonly found: string[] = [];

  async check(page: Page, screen: string): Promise<void> {
    const text = await violations(page);
    if (text) this.found.push(`${screen}:\n${text}`);
  }

  assertClean(): void {
    if (this.found.length > 0) throw new Error(`Accessibility violations:\n${this.found.join('\n')}`);
  }
}
