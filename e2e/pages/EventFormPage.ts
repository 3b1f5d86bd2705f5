import { dayName } from '../support/chats-setup.js';
import type { Locator } from 'playwright-core';
import { field } from '../support/locators.js';
import { AppHeader } from './AppHeader.js';

/** Every chat duration an event day may offer, in minutes. */
export const CHAT_DURATIONS = [5, 10, 15, 20, 25, 30, 45, 60, 90, 120] as const;

const REQUEST_POLICIES = [
  'Talents may request chats',
  'Recruiters may invite talents',
  'Both: talents request and recruiters invite',
] as const;
export type RequestPolicy = (typeof REQUEST_POLICIES)[number];

const MODES = ['Virtual', 'In-person'] as const;

export interface DayInput {
  /** `YYYY-MM-DD` */
  date: string;
  mode: (typeof MODES)[number];
  /** `HH:MM` */
  opensAt: string;
  /** `HH:MM`, or `24:00` for "Open until midnight". */
  closesAt: string;
  durations: (typeof CHAT_DURATIONS)[number][];
}

export interface EventInput {
  name: string;
  description: string;
  /** A fragment to type into the searchable select, and the option to pick, e.g. `Berlin` → `Europe/Berlin`. */
  timeZone: { search: string; option: string };
  requestPolicy: RequestPolicy;
  days: DayInput[];
}

/** Which of the radios named `options` within `scope` is checked. */
async function checkedRadio<T extends string>(scope: Locator, options: readonly T[]): Promise<T | undefined> {
  for (const option of options) {
    if (await scope.getByRole('radio', { name: option, exact: true }).isChecked()) return option;
  }
  return undefined;
}

/** What the form shows, to compare with what was typed. */
export type EventValues = Omit<EventInput, 'timeZone'> & { timeZone: string };

/** The event form: `/events/new` and the organizer's `Event setup` tab. */
export class EventFormPage extends AppHeader {
  async waitUntilShown(): Promise<this> {
    await field(this.page, 'Event name').waitFor();
    return this;
  }

  day(number: number): Locator {
    return this.page.getByRole('group', { name: `Day ${number}`, exact: true });
  }

  async fill(event: EventInput): Promise<void> {
    await field(this.page, 'Event name').fill(event.name);
    await field(this.page, 'Description').fill(event.description);
    await this.chooseTimeZone(event.timeZone);
    await this.page
      .getByRole('radiogroup', { name: 'Who may send requests' })
      .getByRole('radio', { name: event.requestPolicy, exact: true })
      .check();
    for (const [index, day] of event.days.entries()) {
      if (!(await this.day(index + 1).isVisible()))
        await this.page.getByRole('button', { name: 'Add day', exact: true }).click();
      await this.fillDay(this.day(index + 1), day);
    }
    while (await this.day(event.days.length + 1).isVisible())
      await this.day(event.days.length + 1)
        .getByRole('button', { name: 'Remove day', exact: true })
        .click();
  }

  /** By role: Mantine labels the select's option list with the field's label too. */
  private get timeZone(): Locator {
    return this.page.getByRole('combobox', { name: 'Time zone', exact: true });
  }

  private async chooseTimeZone(zone: EventInput['timeZone']): Promise<void> {
    const input = this.timeZone;
    await input.click();
    await input.fill(zone.search);
    await this.page.getByRole('option', { name: zone.option, exact: true }).click();
  }

  private async fillDay(day: Locator, input: DayInput): Promise<void> {
    await field(day, 'Date').fill(input.date);
    // The chosen date reads as the rest of the app writes dates, whatever the browser's own date format.
    await day.getByText(dayName(input.date), { exact: true }).waitFor();
    await day.getByRole('radio', { name: input.mode, exact: true }).check();
    await field(day, 'Opens at').fill(input.opensAt);
    const midnight = day.getByRole('checkbox', { name: 'Open until midnight', exact: true });
    await midnight.setChecked(input.closesAt === '24:00');
    if (input.closesAt !== '24:00') await field(day, 'Closes at').fill(input.closesAt);
    const durations = day.getByRole('group', { name: 'Chat durations' });
    // Wanted ones first, so the day never passes through "no duration at all".
    const order = [...CHAT_DURATIONS].sort(
      (a, b) => Number(input.durations.includes(b)) - Number(input.durations.includes(a)),
    );
    for (const minutes of order) {
      await durations
        .getByRole('checkbox', { name: `${minutes} min`, exact: true })
        .setChecked(input.durations.includes(minutes));
    }
  }

  async read(): Promise<EventValues> {
    const policy = this.page.getByRole('radiogroup', { name: 'Who may send requests' });
    const days: DayInput[] = [];
    for (let number = 1; await this.day(number).isVisible(); number++)
      days.push(await this.readDay(this.day(number)));
    return {
      name: await field(this.page, 'Event name').inputValue(),
      description: await field(this.page, 'Description').inputValue(),
      timeZone: await this.timeZone.inputValue(),
      requestPolicy: (await checkedRadio(policy, REQUEST_POLICIES))!,
      days,
    };
  }

  private async readDay(day: Locator): Promise<DayInput> {
    const durations = day.getByRole('group', { name: 'Chat durations' });
    const midnight = await day
      .getByRole('checkbox', { name: 'Open until midnight', exact: true })
      .isChecked();
    const checked: DayInput['durations'] = [];
    for (const minutes of CHAT_DURATIONS) {
      if (await durations.getByRole('checkbox', { name: `${minutes} min`, exact: true }).isChecked())
        checked.push(minutes);
    }
    return {
      date: await field(day, 'Date').inputValue(),
      mode: (await checkedRadio(day, MODES))!,
      opensAt: await field(day, 'Opens at').inputValue(),
      closesAt: midnight ? '24:00' : await field(day, 'Closes at').inputValue(),
      durations: checked,
    };
  }

  /** A number field of the `Fair-use rules` section, by its label (`Minimum notice (hours)`); empty for no limit. */
  rule(label: string): Locator {
    return field(this.page, label);
  }

  async submit(label: 'Create event' | 'Save changes'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }
}
