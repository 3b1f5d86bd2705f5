import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Chat } from '../src/shared/schemas/chats.schemas.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentChatsPage } from './pages/TalentChatsPage.js';
import { runTag } from './support/accounts.js';
import { ApiSession } from './support/api.js';
import { describe, expect, test } from './support/browser.js';
import { approveChat, createEventInAWeek, requestChat, zonedInstant } from './support/chats-setup.js';
import { field } from './support/locators.js';
import { listedRecruiter, newDemoTalent } from './support/newcomers.js';

/** The talent confirms the approved chat at `startsAt` (the first slot left for a second talent: the API way). */
async function confirm(email: string, chatId: string, startsAt: Date): Promise<Chat> {
  const api = await ApiSession.login(email);
  try {
    return await api.post<Chat>(`/api/chats/${chatId}/confirm`, { startsAt: startsAt.toISOString() });
  } finally {
    await api.dispose();
  }
}

describe('hand-off to hiring', () => {
  test('a talent who ticked the consent is in the CSV export with the note; one who did not is left out', async ({
    page,
    openPage,
  }) => {
    const { name, event } = await createEventInAWeek('Hand-off Fair');
    const recruiter = await listedRecruiter(event, name, ['09:00', '09:30']);
    const sharing = await newDemoTalent('Hana', name);
    const silent = await newDemoTalent('Ivo', name);
    const day = event.days[0]!;
    const at = (time: string) => zonedInstant(day.date, time, event.timeZone);

    // Hana asks in the browser and ticks the consent; Ivo asks without it.
    const eventPage = await (await new LoginPage(page).loginAs(sharing.email)).openEvent(name);
    await eventPage.openTab('1-1 Chats');
    const chatsPage = await new TalentChatsPage(page).waitUntilShown();
    await chatsPage
      .recruiter(recruiter.name)
      .getByRole('button', { name: 'Request 1-1 Chat', exact: true })
      .click();
    const dialog = chatsPage.requestDialog(recruiter.name);
    const consent = dialog.getByRole('checkbox', {
      name: `Share my profile and contact details with ${recruiter.company} for hiring`,
    });
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await chatsPage.sendRequest(recruiter.name);

    const recruiterApi = await ApiSession.login(recruiter.email);
    let sharedChat: Chat;
    try {
      const requests = await recruiterApi.get<{ chats: Chat[] }>(
        `/api/events/${event.id}/chats?status=requests`,
      );
      sharedChat = requests.chats.find((chat) => chat.talent.name === sharing.name)!;
      await approveChat(recruiterApi, sharedChat.id);
      const silentApi = await ApiSession.login(silent.email);
      const silentChat = await requestChat(silentApi, {
        eventId: event.id,
        recruiterId: recruiter.id,
      }).finally(() => silentApi.dispose());
      await approveChat(recruiterApi, silentChat.id);
      await confirm(sharing.email, sharedChat.id, at('09:00'));
      await confirm(silent.email, silentChat.id, at('09:30'));
    } finally {
      await recruiterApi.dispose();
    }

    // The recruiter writes a note on Hana's chat, then exports.
    const note = `Great SQL, =invite her back (${runTag()})`;
    const recruiterPage = await openPage();
    await new LoginPage(recruiterPage).loginAs(recruiter.email);
    await recruiterPage.goto(`/events/${event.id}/chats/all/${sharedChat.id}`);
    await recruiterPage.getByText('Shares data', { exact: true }).waitFor();
    await field(recruiterPage, 'New note').fill(note);
    await recruiterPage.getByRole('button', { name: 'Add note' }).click();
    await recruiterPage.getByRole('article').filter({ hasText: note }).waitFor();

    await recruiterPage.goto(`/events/${event.id}/chats/all`);
    const handoff = recruiterPage.getByRole('region', { name: 'Hand-off to hiring' });
    await handoff
      .getByText(
        `1 chat in the export. 1 chat is left out: the talent has not agreed to share their details with ${recruiter.company}.`,
      )
      .waitFor();
    const downloading = recruiterPage.waitForEvent('download');
    await handoff.getByRole('button', { name: 'Export CSV', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^parley-handoff-.*\.csv$/);
    const rows = parse(await readFile(await download.path()), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => row.talent_email)).toEqual([sharing.email]);
    expect(rows[0]!.talent_name).toBe(sharing.name);
    expect(rows[0]!.notes).toContain(note);
    expect(rows.some((row) => row.talent_email === silent.email)).toBe(false);
  });
});
