import type { Locator, Page } from 'playwright-core';

/**
 * The keyboard as a person uses it, counting every key pressed (each typed character is one), so a test can hold a
 * task to a number of keystrokes.
 */
export class KeyboardUser {
  presses = 0;

  constructor(private readonly page: Page) {}

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.presses++;
    }
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.presses += text.length;
  }

  /** Whether the focus is on the element or inside it. */
  hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate((element) => element.contains(element.ownerDocument.activeElement));
  }

  /** Presses Tab until the focus is on (or inside) the target; fails after `limit` presses. */
  async tabTo(target: Locator, limit = 40): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < limit; i++) {
      if (await this.hasFocus(target)) return;
      await this.press('Tab');
    }
    if (!(await this.hasFocus(target))) throw new Error(`Tab did not reach ${target} in ${limit} presses`);
  }
}
