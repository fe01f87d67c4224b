// The record (issue 3): a worker finds and adds a youth, records a report with two exploitation allegations
// and their details, proposes a disposition that a supervisor approves, and sees it all on the youth's
// timeline. Then: the sensitive groups, the printed summary, a near-duplicate youth, a person of interest in
// the network view, "not found" for another county and for a partner, and the legacy import page.
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  PASSWORD,
  demoEmail,
  escapeRegExp,
  expectHeading,
  expectHeadingFocused,
  expectNoSeriousA11yViolations,
  screenshot,
  signIn,
  signOut,
  useBrowserPage,
  WAIT_MS,
} from './support';

/** Letters only, so the invented names never look like a reference or a phone number to the search. */
const stamp = Date.now()
  .toString(26)
  .split('')
  .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
  .join('')
  .slice(-5);
const YOUTH = {
  first: 'Bexley',
  last: `Quintrell${stamp}`,
  dob: '2011-05-14',
  phone: '510-555-0142',
};
const YOUTH_NAME = `${YOUTH.first} ${YOUTH.last}`;
/** A near-duplicate: one letter missing from the first name, the same family name and date of birth. */
const TWIN_FIRST = 'Bexly';
const PERSON_MONIKER = `Dex Vantorro ${stamp}`;

const CSE = 'Commercial sexual exploitation';
const CRIMINAL = 'Involving a child in criminal activity';

/** What the journey learns as it goes (each test builds on the ones before it, like a person's day). */
const journey = { youthUrl: '', reportUrl: '', reportRef: '', allegationUrl: '' };

/** Polls until the assertion holds, as long as any single wait on the page may take. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: WAIT_MS });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** A form control by its label, with or without the " (optional)" marker after it. */
const field = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\(optional\\))?$`));

/**
 * Ticks a USWDS checkbox or radio button the way a person does: by clicking its label (the input itself is
 * drawn off-screen and the label carries the visible box).
 */
async function tick(box: Locator): Promise<void> {
  const id = await box.getAttribute('id');
  expect(id, 'the checkbox or radio button has an id its label points at').toBeTruthy();
  await box.page().locator(`label[for="${id}"]`).click();
  await eventually(() => box.isChecked()).toBe(true);
}

/** The success message (role=status) containing `text`. */
async function expectStatus(page: Page, text: string): Promise<void> {
  await eventually(() => page.getByRole('status').allInnerTexts()).toContainEqual(
    expect.stringContaining(text),
  );
}

/** Local date (YYYY-MM-DD) and a local date-time `hoursAgo` hours back, as the browser's inputs hold them. */
async function browserClock(page: Page, hoursAgo: number): Promise<{ today: string; earlier: string }> {
  return page.evaluate((hours) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const now = new Date();
    const then = new Date(now.getTime() - hours * 3_600_000);
    return { today: day(now), earlier: `${day(then)}T${pad(then.getHours())}:${pad(then.getMinutes())}` };
  }, hoursAgo);
}

/**
 * Opens a record's page and checks that the server answered 404 for it (as for a record that does not
 * exist) and that the page says "Page not found" without a trace of the youth.
 */
async function expectNotFound(page: Page, path: string): Promise<void> {
  const id = path.split('/').pop()!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/') && r.url().includes(id));
  await page.goto(path);
  expect((await answered).status()).toBe(404);
  await expectHeading(page, 'Page not found');
  expect(await page.getByText(YOUTH.last).count()).toBe(0);
}

/**
 * Uploads one of test/fixtures/imports from the import page. Checks that the server took it to import in
 * the background (202) and that the page showed its progress bar, then returns the import's status section
 * once the import has finished.
 */
async function uploadExtract(page: Page, fixture: string): Promise<Locator> {
  const path = fileURLToPath(new URL(`../fixtures/imports/${fixture}`, import.meta.url));
  const form = page.getByRole('form', { name: 'Upload a file' });
  await field(form, 'CSV file').setInputFiles(path);
  // The progress bar may come and go within a second for a small file: note that it was drawn at all.
  await page.evaluate(() => {
    const w = window as unknown as { lanternSawProgress?: boolean };
    w.lanternSawProgress = false;
    const seen = () => document.querySelector('[data-testid="import-progress"]') !== null;
    new MutationObserver((_, observer) => {
      if (seen()) {
        w.lanternSawProgress = true;
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  const accepted = page.waitForResponse(
    (r) => r.url().includes('/api/v1/imports/referrals') && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Upload and import', exact: true }).click();
  const response = await accepted;
  expect(response.status()).toBe(202);
  const status = page.getByTestId('import-status');
  await eventually(() => status.getByRole('heading', { level: 2 }).innerText()).toMatch(
    new RegExp(`^Import of ${escapeRegExp(fixture)}`),
  );
  await eventually(() =>
    page.evaluate(() => (window as unknown as { lanternSawProgress?: boolean }).lanternSawProgress),
  ).toBe(true);
  // Finished: the heading's tag says how it ended, and the result replaces the progress bar.
  await eventually(() => status.getByRole('heading', { level: 2 }).textContent()).toMatch(
    /\s(Imported|Rejected|Failed)$/,
  );
  expect(await status.getByTestId('import-progress').count()).toBe(0);
  return status;
}

/** The "Records" table of a finished import: [record, created, already in Lantern] per row. */
async function countsOf(status: Locator): Promise<string[][]> {
  const rows = status.getByRole('table', { name: 'Records' }).getByRole('row');
  const texts = await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim())),
  );
  return texts;
}

interface ExploitationFacts {
  subcategory: string;
  setting: string;
  means: { kind: 'Force' | 'Fraud' | 'Coercion'; label: string };
  relationship: string;
  startDate: string;
  age: string;
  careTiming: string;
}

/** Fills one allegation block of the intake form: Exploitation, its form, and its exploitation details. */
async function fillExploitationAllegation(block: Locator, facts: ExploitationFacts): Promise<void> {
  // The youth comes from the youth page the report was started from.
  await eventually(() => block.getByTestId('chosen-youth').innerText()).toContain(YOUTH_NAME);
  await field(block, 'Category').selectOption({ label: 'Exploitation' });
  await field(block, 'Form of exploitation').selectOption({ label: facts.subcategory });
  await field(block, 'Alleged perpetrator').selectOption({ label: 'Unknown' });

  const details = block.getByRole('group', { name: 'Exploitation details', exact: true });
  await tick(details.getByRole('checkbox', { name: facts.setting, exact: true }));
  await tick(
    details
      .getByRole('group', { name: facts.means.kind, exact: true })
      .getByRole('checkbox', { name: facts.means.label, exact: true }),
  );
  await field(details, "Exploiter's relationship to the youth").selectOption({ label: facts.relationship });
  await field(details, 'Start date').fill(facts.startDate);
  await field(details, 'Age at first known occurrence').fill(facts.age);
  await field(details, 'When it happened relative to foster care').selectOption({ label: facts.careTiming });
}

describe(
  'the record: a youth, a report with two exploitation allegations, a reviewed disposition',
  { timeout: 120_000 },
  () => {
    const browserPage = useBrowserPage();
    let page: Page;
    beforeAll(() => {
      page = browserPage.page;
    });

    test('a worker searches for a youth who is not in Lantern, then adds them', async () => {
      await signIn(page, demoEmail('worker.alameda'), PASSWORD);
      await nav(page).getByRole('link', { name: 'Youth', exact: true }).click();
      await expectHeading(page, 'Find a youth');
      await expectHeadingFocused(page);

      const search = page.getByRole('form', { name: 'Find a youth' });
      await field(search, 'Name, other name, phone or handle').fill(YOUTH_NAME);
      await search.getByRole('button', { name: 'Find', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === YOUTH_NAME);
      await expectStatus(page, 'No youth match this search.');
      await eventually(() => page.getByRole('table', { name: 'Youth found' }).count()).toBe(0);
      await screenshot(page, 'record-01-search-none');
      await expectNoSeriousA11yViolations(page, 'find a youth (no match)');

      await page.getByRole('link', { name: 'Add a youth', exact: true }).click();
      await expectHeading(page, 'Add a youth');
      const form = page.getByRole('form', { name: 'Add a youth' });
      await field(form, 'Legal first name').fill(YOUTH.first);
      await field(form, 'Legal last name').fill(YOUTH.last);
      await field(form, 'Date of birth').fill(YOUTH.dob);
      await field(form, 'Gender').selectOption({ label: 'Female' });
      // A worker may record identifiers (a sensitive group): a phone number the youth uses.
      const identifiers = form.getByRole('group', { name: 'Identifying details', exact: true });
      await identifiers.getByRole('button', { name: 'Add a phone number', exact: true }).click();
      await field(identifiers, 'Phone number 1').fill(YOUTH.phone);
      // Sexual orientation and gender identity are not the worker's to record.
      await eventually(() =>
        form.getByRole('group', { name: 'Sexual orientation, gender identity and expression' }).count(),
      ).toBe(0);
      await screenshot(page, 'record-02-new-youth-filled');
      await expectNoSeriousA11yViolations(page, 'add a youth');

      await form.getByRole('button', { name: 'Save youth', exact: true }).click();
      await page.waitForURL((url) => /^\/youth\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectHeading(page, YOUTH_NAME);
      await expectStatus(page, `${YOUTH_NAME} was added.`);
      // Nobody like them was in the county, so there was no duplicate warning on the way.
      expect(await page.getByTestId('duplicate-warning').count()).toBe(0);
      journey.youthUrl = new URL(page.url()).pathname;
      await eventually(() => page.getByRole('region', { name: 'Record', exact: true }).innerText()).toContain(
        'Nothing has been recorded about this youth yet.',
      );
      await screenshot(page, 'record-03-youth-created');
      await expectNoSeriousA11yViolations(page, 'youth page (new youth)');
    });

    test('from the youth page, the worker records a report with two exploitation allegations', async () => {
      await page
        .getByRole('group', { name: 'Actions for this youth' })
        .getByRole('link', { name: 'New report', exact: true })
        .click();
      await expectHeading(page, 'Record a report');
      const { earlier } = await browserClock(page, 3);

      const report = page.getByRole('region', { name: 'The report', exact: true });
      await field(report, 'Date and time received').fill(earlier);
      await field(report, 'Reporter type').selectOption({ label: 'Education' });
      await field(report, 'What was reported').fill(
        'A school counselor reports that the youth has been seen getting into cars after school with adults ' +
          'she met online, and that older teens have had her carry packages across town for them.',
      );
      const screening = page.getByRole('region', { name: 'Screening', exact: true });
      await tick(screening.getByRole('radio', { name: 'Screened in', exact: true }));
      await field(screening, 'Response time').selectOption({ label: 'Within 3 days' });
      await tick(screening.getByRole('checkbox', { name: 'Assign to me', exact: true }));

      const allegations = page.getByRole('region', { name: 'Allegations', exact: true });
      await fillExploitationAllegation(
        allegations.getByRole('group', { name: 'Allegation 1', exact: true }),
        {
          subcategory: CSE,
          setting: 'Exchange arranged on the internet or social media',
          means: { kind: 'Coercion', label: 'Isolation' },
          relationship: 'Boyfriend, girlfriend or intimate partner',
          startDate: '2025-06-01',
          age: '14',
          careTiming: 'While absent from placement',
        },
      );
      await allegations.getByRole('button', { name: 'Add allegation', exact: true }).click();
      await fillExploitationAllegation(
        allegations.getByRole('group', { name: 'Allegation 2', exact: true }),
        {
          subcategory: CRIMINAL,
          setting: 'Drug smuggling',
          means: { kind: 'Coercion', label: 'Threats to the youth' },
          relationship: 'Gang member',
          startDate: '2026-02-01',
          age: '14',
          careTiming: 'While in care',
        },
      );
      await screenshot(page, 'record-04-report-filled');
      await expectNoSeriousA11yViolations(page, 'record a report (two allegations filled)');

      await page.getByRole('button', { name: 'Save report', exact: true }).click();
      await page.waitForURL((url) => /^\/reports\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectHeading(page, /^Report \S+$/);
      await expectStatus(page, 'The report was saved.');
      journey.reportUrl = new URL(page.url()).pathname;
      journey.reportRef = (await page.getByRole('heading', { level: 1 }).innerText()).replace(/^Report /, '');

      const details = page.getByRole('region', { name: 'About the report', exact: true });
      await eventually(() => details.innerText()).toMatch(/Reporter type\s*Education/);
      const decision = page.getByRole('region', { name: 'Screening decision', exact: true });
      await eventually(() => decision.innerText()).toMatch(
        /Screened in[\s\S]*Within 3 days[\s\S]*Demo Worker Alameda/,
      );
      const rows = page.getByRole('table').getByRole('row');
      for (const form of [CSE, CRIMINAL]) {
        const row = rows.filter({ has: page.getByRole('link', { name: form, exact: true }) });
        await eventually(() => row.count()).toBe(1);
        await eventually(() => row.innerText()).toMatch(
          new RegExp(`${YOUTH_NAME}[\\s\\S]*Unknown[\\s\\S]*Open`),
        );
      }
      await screenshot(page, 'record-05-report-saved');
      await expectNoSeriousA11yViolations(page, 'report page');
    });

    test('the worker opens one allegation, sees its details and the prima facie rule, and proposes a disposition', async () => {
      await page.getByRole('link', { name: CSE, exact: true }).click();
      await expectHeading(page, `${CSE}: ${YOUTH_NAME}`);
      journey.allegationUrl = new URL(page.url()).pathname;

      const details = page.getByRole('region', { name: 'Exploitation details', exact: true });
      await eventually(() => details.innerText()).toContain(
        'Exchange arranged on the internet or social media',
      );
      const text = await details.innerText();
      expect(text).toMatch(/Coercion\s*Isolation/);
      expect(text).toMatch(
        /Exploiter's relationship to the youth\s*Boyfriend, girlfriend or intimate partner/,
      );
      expect(text).toMatch(/Age at first known occurrence\s*14/);
      expect(text).toMatch(/When relative to foster care\s*While absent from placement/);

      const disposition = page.getByRole('region', { name: 'Disposition', exact: true });
      const rule = disposition.getByRole('note', { name: 'The prima facie rule' });
      await rule.waitFor();
      expect(await rule.isVisible()).toBe(true);
      const ruleText = await rule.innerText();
      expect(ruleText).toContain('the allegation can be substantiated, even when:');
      expect(ruleText).toContain('the youth denies that the exploitation happened;');
      expect(ruleText).toContain('the youth does not identify or name the exploiter;');

      const { today } = await browserClock(page, 0);
      const form = disposition.getByRole('form', { name: 'Propose disposition' });
      await tick(form.getByRole('radio', { name: 'Substantiated', exact: true }));
      await field(form, 'Disposition date').fill(today);
      await field(form, 'Rationale').fill(
        'Collateral contacts with the school and the placement confirm the online contacts and the trips; ' +
          'the youth denies it, which under the prima facie rule does not prevent substantiation.',
      );
      await screenshot(page, 'record-06-propose-disposition');
      await expectNoSeriousA11yViolations(page, 'allegation page (propose disposition)');

      await form.getByRole('button', { name: 'Propose disposition', exact: true }).click();
      await expectStatus(page, 'The disposition was proposed.');
      await eventually(() => disposition.innerText()).toMatch(/Disposition status\s*Proposed/);
      await eventually(() => disposition.innerText()).toContain(
        "This disposition is waiting for a supervisor's review.",
      );
      expect(await disposition.getByRole('form', { name: 'Propose disposition' }).count()).toBe(0);
      await screenshot(page, 'record-07-disposition-proposed');
    });

    test('a supervisor approves the proposal from the review queue', async () => {
      await signOut(page);
      await signIn(page, demoEmail('supervisor.alameda'), PASSWORD);
      await nav(page).getByRole('link', { name: 'Review', exact: true }).click();
      await expectHeading(page, 'Dispositions to review');
      // The queue is a table, newest proposal first: the one just proposed heads it.
      const queue = page.getByRole('table', { name: /^Dispositions waiting for review, newest first/ });
      const first = queue.getByRole('row').nth(1);
      await eventually(() => first.innerText()).toMatch(
        new RegExp(`${escapeRegExp(YOUTH_NAME)}[\\s\\S]*${escapeRegExp(CSE)}[\\s\\S]*Substantiated`),
      );
      await first.getByRole('link', { name: `Review ${CSE}: ${YOUTH_NAME}`, exact: true }).click();
      const proposal = page.getByRole('region', { name: `${CSE}: ${YOUTH_NAME}`, exact: true });
      await proposal.waitFor();
      await eventually(() => proposal.innerText()).toMatch(/Proposed disposition\s*Substantiated/);
      await eventually(() => proposal.innerText()).toContain(journey.reportRef);
      await screenshot(page, 'record-08-review-queue');
      await expectNoSeriousA11yViolations(page, 'review queue');

      await proposal.getByRole('button', { name: 'Approve', exact: true }).click();
      await expectStatus(page, `Approved: ${CSE}: ${YOUTH_NAME}.`);
      await eventually(() => proposal.count()).toBe(0);
      // It has left the queue too: nothing of this youth is waiting for review any more.
      await eventually(() => queue.getByRole('row').filter({ hasText: YOUTH_NAME }).count()).toBe(0);
      await screenshot(page, 'record-09-approved');
    });

    test('the supervisor records and then reveals the sexual orientation and gender identity group', async () => {
      await page.goto(journey.youthUrl);
      await expectHeading(page, YOUTH_NAME);
      const sogie = page.getByRole('region', {
        name: 'Sexual orientation, gender identity and expression',
        exact: true,
      });
      await eventually(() => sogie.innerText()).toContain('Nothing recorded.');
      await sogie.getByRole('button', { name: /^Add\b/ }).click();
      const editor = page.getByTestId('edit-sogie-panel');
      await field(editor, 'Gender identity').selectOption({ label: 'Nonbinary' });
      await field(editor, 'Pronouns').fill('they/them');
      await editor.getByRole('button', { name: 'Save changes', exact: true }).click();
      await eventually(() => editor.getByRole('status').allInnerTexts()).toContainEqual('Changes saved.');
      await editor.getByRole('button', { name: 'Close', exact: true }).click();
      await eventually(() => editor.count()).toBe(0);

      // Hidden again, the group says only that something is recorded; showing it asks the server (audited).
      await sogie.getByRole('button', { name: /^Hide\b/ }).click();
      await eventually(() => sogie.innerText()).not.toContain('they/them');
      await eventually(() => sogie.innerText()).toContain('Showing it is logged.');
      const revealed = page.waitForResponse(
        (r) => r.url().endsWith('/sensitive/sogie') && r.status() === 200,
      );
      await sogie.getByRole('button', { name: /^Show\b/ }).click();
      await revealed;
      await eventually(() => sogie.innerText()).toMatch(/Gender identity\s*Nonbinary/);
      await eventually(() => sogie.innerText()).toMatch(/Pronouns\s*they\/them/);
      await screenshot(page, 'record-10-supervisor-sogie-revealed');
      await expectNoSeriousA11yViolations(page, 'youth page (supervisor, SOGIE shown)');
    });

    test("the worker sees the report, both allegations and the approved disposition on the youth's timeline", async () => {
      await signOut(page);
      await signIn(page, demoEmail('worker.alameda'), PASSWORD);
      await nav(page).getByRole('link', { name: 'Youth', exact: true }).click();
      await expectHeading(page, 'Find a youth');
      const search = page.getByRole('form', { name: 'Find a youth' });
      await field(search, 'Name, other name, phone or handle').fill(`${YOUTH.last} ${YOUTH.first}`);
      await search.getByRole('button', { name: 'Find', exact: true }).click();
      const results = page.getByRole('table', { name: 'Youth found' });
      await results.getByRole('link', { name: YOUTH_NAME, exact: true }).click();
      await expectHeading(page, YOUTH_NAME);

      const record = page.getByRole('region', { name: 'Record', exact: true });
      await eventually(() => record.innerText()).toContain(
        'Reports: 1. Allegations: 2. Contacts: 0. Newest first.',
      );
      const entries = record.getByRole('list', { name: 'Record' }).getByRole('listitem');
      const reportEntry = entries.filter({
        has: page.getByRole('link', { name: `Report ${journey.reportRef}`, exact: true }),
      });
      const reportText = () => reportEntry.innerText();
      await eventually(reportText).toContain('Reported by: Education.');
      expect(await reportText()).toMatch(/Screened in\b.*\bWithin 3 days\b/);
      expect(await reportText()).toContain('2 allegations.');
      const entryFor = (form: string) =>
        entries.filter({ has: page.getByRole('link', { name: form, exact: true }) });
      await eventually(() => entryFor(CSE).innerText()).toMatch(/Disposition: Substantiated \(.+\)\./);
      await eventually(() => entryFor(CRIMINAL).innerText()).toContain('No disposition yet.');
      for (const form of [CSE, CRIMINAL]) {
        await eventually(() => entryFor(form).innerText()).toContain(`On report ${journey.reportRef}.`);
        // The "Exploitation" tag (its CSS shows it in capitals, so read the text itself).
        await eventually(() => entryFor(form).textContent()).toContain('Exploitation');
      }
      // The timeline reads newest first: the report, then its allegations in the order of the forms.
      const titles = await record.getByRole('heading', { level: 3 }).allInnerTexts();
      expect(titles).toEqual([`Report ${journey.reportRef}`, CSE, CRIMINAL]);

      // Sexual orientation and gender identity are recorded, but not the worker's to see.
      const sogie = page.getByRole('region', {
        name: 'Sexual orientation, gender identity and expression',
        exact: true,
      });
      await eventually(() => sogie.innerText()).toContain(
        'Something is recorded here. Your role does not include seeing it.',
      );
      expect(await sogie.getByRole('button').count()).toBe(0);

      // The worker may see identifiers: showing them is one click, and the phone number appears.
      const identifiers = page.getByRole('region', { name: 'Identifying details', exact: true });
      expect(await identifiers.innerText()).not.toContain('0142');
      await identifiers.getByRole('button', { name: /^Show\b/ }).click();
      await eventually(() => identifiers.innerText()).toMatch(/Phone numbers\s*510\D*555\D*0142/);
      await screenshot(page, 'record-11-timeline');
      await expectNoSeriousA11yViolations(page, 'youth page (timeline, identifiers shown)');
    });

    test('the youth page prints a summary with the allegations and what is shown on screen', async () => {
      const summary = page.getByTestId('print-summary');
      expect(await summary.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      try {
        await eventually(() => summary.isVisible()).toBe(true);
        expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
        expect(await nav(page).isVisible()).toBe(false);
        const text = await summary.innerText();
        expect(text).toContain('Confidential');
        expect(text).toContain(`${YOUTH_NAME} (`);
        expect(text).toMatch(/510\D*555\D*0142/);
        expect(text).toContain(`Exploitation: ${CSE}`);
        expect(text).toContain(`Exploitation: ${CRIMINAL}`);
        // The Disposition column holds the disposition and its date (its heading names it once).
        const cseRow = summary.getByRole('row').filter({ hasText: `Exploitation: ${CSE}` });
        expect(await cseRow.getByRole('cell').last().innerText()).toMatch(/^Substantiated \(.+\)\.$/);
        // Each exploitation allegation's details are printed too.
        expect(text).toContain('Exchange arranged on the internet or social media');
        expect(text).toMatch(/Coercion\s*Isolation/);
        expect(text).toMatch(/Age at first known occurrence\s*14/);
        expect(text).toMatch(/When relative to foster care\s*While absent from placement/);
        expect(text).not.toContain('they/them');
        await screenshot(page, 'record-12-print-summary');
      } finally {
        await page.emulateMedia({ media: null });
      }
    });

    test('the allegation history shows it was recorded, proposed and approved', async () => {
      await page.getByRole('link', { name: CSE, exact: true }).click();
      await expectHeading(page, `${CSE}: ${YOUTH_NAME}`);
      const disposition = page.getByRole('region', { name: 'Disposition', exact: true });
      await eventually(() => disposition.innerText()).toMatch(/Disposition status\s*Approved/);
      await eventually(() => disposition.innerText()).toMatch(/Reviewed by\s*.+/);
      expect(await disposition.getByRole('form', { name: 'Propose disposition' }).count()).toBe(0);

      const history = page.getByRole('region', { name: 'History', exact: true });
      const titles = () => history.getByRole('heading', { level: 3 }).allInnerTexts();
      await eventually(async () => (await titles()).length).toBe(3);
      const [approved, proposed, recorded] = await titles();
      expect(approved).toMatch(/^Disposition approved by .+/);
      expect(proposed).toMatch(/^Disposition proposed by .+/);
      expect(recorded).toMatch(/^Recorded by .+/);
      await screenshot(page, 'record-13-allegation-history');
      await expectNoSeriousA11yViolations(page, 'allegation page (approved, history)');
    });

    test('a near-duplicate youth gets the duplicate warning, and "Create anyway" adds them', async () => {
      await page.goto('/youth/new');
      await expectHeading(page, 'Add a youth');
      const form = page.getByRole('form', { name: 'Add a youth' });
      await field(form, 'Legal first name').fill(TWIN_FIRST);
      await field(form, 'Legal last name').fill(YOUTH.last);
      await field(form, 'Date of birth').fill(YOUTH.dob);
      await form.getByRole('button', { name: 'Save youth', exact: true }).click();

      const warning = page.getByRole('region', { name: /^This youth may already be in Lantern/ });
      await warning.waitFor();
      await eventually(() => page.evaluate(() => document.activeElement?.id ?? null)).toBe(
        'youth-duplicates-heading',
      );
      await warning.getByRole('link', { name: YOUTH_NAME, exact: true }).waitFor();
      expect(await form.getByRole('button', { name: 'Save youth' }).count()).toBe(0);
      expect(page.url()).toMatch(/\/youth\/new$/);
      await screenshot(page, 'record-14-duplicate-warning');
      await expectNoSeriousA11yViolations(page, 'add a youth (duplicate warning)');

      await warning.getByRole('button', { name: 'Create anyway', exact: true }).click();
      await page.waitForURL((url) => /^\/youth\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectHeading(page, `${TWIN_FIRST} ${YOUTH.last}`);
      await expectStatus(page, `${TWIN_FIRST} ${YOUTH.last} was added.`);
      expect(new URL(page.url()).pathname).not.toBe(journey.youthUrl);
    });

    test('a person of interest who shares the youth’s phone and is linked to them shows in the network view', async () => {
      await nav(page).getByRole('link', { name: 'Persons of interest', exact: true }).click();
      await expectHeading(page, 'Persons of interest');
      await page.getByRole('link', { name: 'Record a person of interest', exact: true }).click();
      await expectHeading(page, 'Record a person of interest');
      const form = page.getByRole('form', { name: 'Record a person of interest' });
      const name1 = form.getByRole('group', { name: 'Name 1', exact: true });
      await field(name1, 'Kind of name').selectOption({ label: 'Moniker' });
      await field(name1, 'Name or moniker').fill(PERSON_MONIKER);
      await field(form, 'Approximate age').fill('24');
      await form.getByRole('button', { name: 'Add a phone number', exact: true }).click();
      await field(form.getByRole('group', { name: 'Phone 1', exact: true }), 'Phone number').fill(
        YOUTH.phone,
      );
      await form.getByRole('button', { name: 'Save person', exact: true }).click();
      await page.waitForURL((url) => /^\/persons\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectHeading(page, new RegExp(`^${escapeRegExp(PERSON_MONIKER)}\\b`));

      const linked = page.getByRole('region', { name: 'Linked youth', exact: true });
      await field(linked, 'Find the youth').fill(YOUTH_NAME);
      await linked.getByRole('button', { name: 'Search', exact: true }).click();
      await linked.getByRole('button', { name: `Choose ${YOUTH_NAME}`, exact: true }).click();
      await field(linked, 'Relationship to the youth').selectOption({
        label: 'Boyfriend, girlfriend or intimate partner',
      });
      await linked.getByRole('button', { name: 'Link youth', exact: true }).click();
      await expectStatus(page, `${YOUTH_NAME} is now linked to this person.`);
      // Focus moves to the message, and the last search's results (with their "Choose" buttons) are gone.
      await eventually(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
        `${YOUTH_NAME} is now linked to this person.`,
      );
      expect(await linked.getByRole('button', { name: /^Choose / }).count()).toBe(0);
      await linked.getByRole('table').getByRole('link', { name: YOUTH_NAME, exact: true }).waitFor();
      await screenshot(page, 'record-15-person-linked');
      await expectNoSeriousA11yViolations(page, 'person of interest page');

      await page.goto(journey.youthUrl);
      await expectHeading(page, YOUTH_NAME);
      await page
        .getByRole('group', { name: 'Actions for this youth' })
        .getByRole('link', { name: 'Network', exact: true })
        .click();
      await expectHeading(page, `Connections of ${YOUTH_NAME}`);
      const table = page.getByRole('table', { name: 'Connections, nearest first' });
      const withPerson = table.getByRole('row').filter({ hasText: PERSON_MONIKER });
      await eventually(() => withPerson.allInnerTexts()).toEqual(
        expect.arrayContaining([
          expect.stringContaining('is linked, as Boyfriend, girlfriend or intimate partner, to'),
          expect.stringContaining('shares a phone number with'),
        ]),
      );
      await screenshot(page, 'record-16-network');
      await expectNoSeriousA11yViolations(page, 'network view');
    });

    test('a worker in another county gets "not found" for the youth, the report and the allegation', async () => {
      await signOut(page);
      await signIn(page, demoEmail('worker.tulare'), PASSWORD);
      for (const url of [journey.youthUrl, journey.reportUrl, journey.allegationUrl])
        await expectNotFound(page, url);
      await screenshot(page, 'record-17-other-county-not-found');
      await expectNoSeriousA11yViolations(page, 'not-found page (other county)');
    });

    test('a county administrator imports a legacy extract: a bad file is rejected line by line, a good one is imported, and again adds nothing', async () => {
      await signOut(page);
      await signIn(page, demoEmail('countyadmin.alameda'), PASSWORD);
      await nav(page).getByRole('link', { name: 'Import referrals', exact: true }).click();
      await expectHeading(page, 'Import legacy referrals');
      await screenshot(page, 'record-19-imports');
      await expectNoSeriousA11yViolations(page, 'import referrals page');

      const bad = await uploadExtract(page, 'referrals-bad.csv');
      await eventually(() => bad.textContent()).toContain('Rejected');
      await eventually(() => bad.getByRole('status').innerText()).toBe(
        'Nothing was imported: 5 of 6 lines have problems. Correct them and upload the file again, or import only the valid lines.',
      );
      const problems = bad.getByRole('table', { name: /^Problems, in file order/ }).getByRole('row');
      await eventually(() => problems.filter({ hasText: 'Atlantis' }).innerText()).toMatch(
        /^3\s+county\s+“Atlantis” is not a county Lantern knows/,
      );
      await eventually(() => problems.filter({ hasText: 'never closed' }).innerText()).toMatch(
        /^7\s+The whole line\s+The quote opened on line 7 is never closed\./,
      );
      await screenshot(page, 'record-20-import-rejected');
      await expectNoSeriousA11yViolations(page, 'import referrals page (rejected file)');

      const good = await uploadExtract(page, 'referrals-example.csv');
      await eventually(() => good.textContent()).toContain('Imported');
      await eventually(() => good.getByRole('status').innerText()).toBe('The file was imported: 6 lines.');
      expect(await countsOf(good)).toEqual([
        ['Youth', '3', '0'],
        ['Reports (referrals)', '4', '0'],
        ['Allegations', '6', '0'],
      ]);
      await screenshot(page, 'record-21-import-completed');
      await expectNoSeriousA11yViolations(page, 'import referrals page (imported file)');

      const again = await uploadExtract(page, 'referrals-example.csv');
      await eventually(() => again.textContent()).toContain('Imported');
      await eventually(() => again.getByRole('status').innerText()).toBe('The file was imported: 6 lines.');
      expect(await countsOf(again)).toEqual([
        ['Youth', '0', '3'],
        ['Reports (referrals)', '0', '4'],
        ['Allegations', '0', '6'],
      ]);
      const recent = page.getByRole('table', { name: 'Imports into your jurisdiction, newest first' });
      await eventually(() =>
        recent.getByRole('row').filter({ hasText: 'referrals-example.csv' }).count(),
      ).toBe(2);
      await screenshot(page, 'record-22-import-again');
    });

    test('a partner with nothing shared gets "not found" too', async () => {
      await signOut(page);
      await signIn(page, demoEmail('partner.alameda'), PASSWORD);
      for (const url of [journey.youthUrl, journey.reportUrl, journey.allegationUrl])
        await expectNotFound(page, url);
      await screenshot(page, 'record-18-partner-not-found');
    });
  },
);
