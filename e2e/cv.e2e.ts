import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { LoginPage } from './pages/LoginPage.js';
import { TalentProfilesPage } from './pages/TalentProfilesPage.js';
import { DEMO_EVENT } from './support/accounts.js';
import { describe, expect, test } from './support/browser.js';
import { field } from './support/locators.js';
import { newDemoTalent } from './support/newcomers.js';

const ALEX = 'recruiter1@demo.parley.test';

/** A small but whole PDF: the magic at the start, the end marker at the end. */
const cvBytes = (owner: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% CV of ${owner}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

async function openMyProfile(page: Page, email: string): Promise<void> {
  await new LoginPage(page).loginAs(email);
  await page.getByRole('link', { name: 'My profile', exact: true }).first().click();
  await page.getByRole('heading', { name: 'My profile', exact: true }).waitFor();
}

describe('CV on the talent profile', () => {
  test('a talent uploads a PDF CV and a recruiter of their event downloads the same bytes', async ({
    openPage,
  }) => {
    const talent = await newDemoTalent('Carmen');
    const talentPage = await openPage();
    await openMyProfile(talentPage, talent.email);
    const cvField = field(talentPage, 'CV (PDF)');

    // A text file named .pdf is refused by its bytes, on the field.
    await cvField.setInputFiles({
      name: 'not-really.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Plain text pretending to be a PDF.'),
    });
    await expect
      .poll(() => talentPage.getByText('This file is not a PDF. Choose your CV as a PDF file.').isVisible())
      .toBe(true);

    const bytes = cvBytes(talent.name);
    await cvField.setInputFiles({ name: 'Carmen CV.pdf', mimeType: 'application/pdf', buffer: bytes });
    const ownCv = talentPage.getByRole('link', { name: 'Carmen CV.pdf', exact: true });
    await ownCv.waitFor();
    await expect.poll(() => talentPage.getByRole('button', { name: 'Delete CV' }).isVisible()).toBe(true);

    const recruiterPage = await openPage();
    const events = await new LoginPage(recruiterPage).loginAs(ALEX);
    const eventPage = await events.openEvent(DEMO_EVENT);
    await eventPage.openTab('Talent Profiles');
    const profile = await new TalentProfilesPage(recruiterPage).openProfile(talent.name);
    const downloading = recruiterPage.waitForEvent('download');
    await profile.getByRole('link', { name: 'Download CV', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Carmen CV.pdf');
    const received = await readFile(await download.path());
    expect(Buffer.compare(received, bytes)).toBe(0);

    // Deleted, it is gone from the recruiter's view of the profile too.
    await talentPage.getByRole('button', { name: 'Delete CV', exact: true }).click();
    await ownCv.waitFor({ state: 'detached' });
    await recruiterPage.reload();
    await recruiterPage
      .getByRole('dialog', { name: talent.name, exact: true })
      .getByRole('heading', { name: 'CV', exact: true })
      .waitFor();
    expect(await recruiterPage.getByRole('link', { name: 'Download CV' }).count()).toBe(0);
  });
});
