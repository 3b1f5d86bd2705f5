import { CompaniesTab } from './pages/CompaniesTab.js';
import { LoginPage } from './pages/LoginPage.js';
import { TalentsTab } from './pages/TalentsTab.js';
import { DEMO_EVENT, ORGANIZER, runTag } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';

describe('the organizer registers companies and talents', () => {
  test('registers a company with a recruiter by the form, then imports recruiters by CSV once', async ({
    page,
  }) => {
    const tag = runTag();
    const events = await new LoginPage(page).loginAs(ORGANIZER);
    const event = await events.openEvent(DEMO_EVENT);
    await event.openTab('Companies');
    const companies = new CompaniesTab(page);

    const initech = {
      name: `Initech ${tag}`,
      booth: 'Hall A, table 12',
      recruiters: [{ name: 'Peter Gibbons', email: `peter.${tag}@initech.e2e.test` }],
    };
    await companies.register(initech);
    const initechRow = companies.company(initech.name);
    await initechRow.getByText('Hall A, table 12').waitFor();
    await initechRow.getByText('Peter Gibbons').waitFor();
    await initechRow.getByText('Invited', { exact: true }).waitFor();

    const csv = [
      'company,booth,email,name',
      `Umbrella ${tag},C3,ada.${tag}@umbrella.e2e.test,Ada Wong`,
      `Umbrella ${tag},C3,leon.${tag}@umbrella.e2e.test,Leon Kennedy`,
      `Umbrella ${tag},C3,not-an-email,Bad Row`,
    ].join('\n');
    await companies.csv.templateLink.waitFor();
    expect(await companies.csv.importCsv('recruiters.csv', csv)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      withErrors: 1,
    });
    const failed = await companies.csv.failedRows();
    expect(failed).toHaveLength(1);
    expect(failed[0]!.row).toMatch(/^[34]$/);
    expect(failed[0]!.problem).not.toBe('');

    const umbrellaRow = companies.company(`Umbrella ${tag}`);
    await umbrellaRow.getByText('Ada Wong').waitFor();
    await umbrellaRow.getByText('Leon Kennedy').waitFor();

    const again = await companies.csv.importCsv('recruiters.csv', csv);
    expect(again.created).toBe(0);
    expect(again.updated + again.unchanged).toBe(2);
    expect(again.withErrors).toBe(1);
    await page.reload();
    await companies.company(`Umbrella ${tag}`).waitFor();
    expect(await companies.table.getByText(`ada.${tag}@umbrella.e2e.test`).count()).toBe(1);
    expect(await companies.table.getByText(`leon.${tag}@umbrella.e2e.test`).count()).toBe(1);
  });

  test('registers a talent by the form, then imports talents by CSV once', async ({ page }) => {
    const tag = runTag();
    const events = await new LoginPage(page).loginAs(ORGANIZER);
    const event = await events.openEvent(DEMO_EVENT);
    await event.openTab('Talents');
    const talents = new TalentsTab(page);

    const mia = { name: 'Mia Wallace', email: `mia.${tag}@talent.e2e.test` };
    await talents.register(mia);
    await talents.talent(mia.email).getByText('Invited', { exact: true }).waitFor();

    const csv = [
      'email,name,headline,background,level,languages,topics,bio,links',
      `noor.${tag}@talent.e2e.test,Noor Haddad,Backend developer,,,,,,`,
      `ivan.${tag}@talent.e2e.test,Ivan Petrov,Data analyst,,,,,,`,
      `nameless.${tag}@talent.e2e.test,,,,,,,,`,
    ].join('\n');
    expect(await talents.csv.importCsv('talents.csv', csv)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      withErrors: 1,
    });
    const failed = await talents.csv.failedRows();
    expect(failed).toHaveLength(1);
    expect(failed[0]!.problem).not.toBe('');
    await talents.talent(`noor.${tag}@talent.e2e.test`).getByText('Noor Haddad').waitFor();
    await talents.talent(`ivan.${tag}@talent.e2e.test`).getByText('Ivan Petrov').waitFor();

    const again = await talents.csv.importCsv('talents.csv', csv);
    expect(again.created).toBe(0);
    expect(again.updated + again.unchanged).toBe(2);
    await page.reload();
    await talents.talent(`noor.${tag}@talent.e2e.test`).waitFor();
    expect(await talents.talent(`noor.${tag}@talent.e2e.test`).count()).toBe(1);
    expect(await talents.talent(`ivan.${tag}@talent.e2e.test`).count()).toBe(1);
  });
});
