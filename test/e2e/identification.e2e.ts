// Identification (issue 4): a worker screens a new youth with the red-flags instrument, mostly from the
// keyboard; the result shows the indicators by form (a "not known" answer kept apart from "no"), the
// determinations with their reasons and the hotline duty, and prints without the navigation. "Document these
// allegations" opens a pre-filled report. The screening is on the youth's timeline. A coordinator adapts the
// at-risk instrument: an at-risk screening taken before keeps version 1 and its result, a new one uses
// version 2. Another county's worker gets "Page not found" for the screening.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  PASSWORD,
  demoEmail,
  escapeRegExp,
  expectHeading,
  expectNoSeriousA11yViolations,
  screenshot,
  signIn,
  signOut,
  useBrowserPage,
  WAIT_MS,
} from './support';

/** Letters only, so the invented name never looks like a reference or a phone number to the search. */
const stamp = Date.now()
  .toString(26)
  .split('')
  .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
  .join('')
  .slice(-5);
const YOUTH = { first: 'Marisol', last: `Okonkwe${stamp}`, dob: '2011-09-03' };
const YOUTH_NAME = `${YOUTH.first} ${YOUTH.last}`;

const RED_FLAGS = 'Red flags of sex trafficking and labor trafficking';
const AT_RISK = 'At risk of commercial sexual exploitation and of labor trafficking';
const AT_RISK_RULE = 'At risk of commercial sexual exploitation';
const SEX = 'Sex trafficking';
const EXPLOITING = "Labor trafficking: exploiting a child's labor";
const CRIMINAL = 'Labor trafficking: involving a child in criminal activity';
const CSE = 'Commercial sexual exploitation';
const CRIMINAL_SUB = 'Involving a child in criminal activity';

type Reply = 'yes' | 'no' | 'unknown' | 'declined';
/** Red flags: indicators present for every form, one not known, one declined; every other answer "no". */
const RED_FLAG_REPLIES: Record<string, Reply> = {
  time_in_exploitation_areas: 'yes',
  chronic_runaway: 'yes',
  someone_controls_money: 'yes',
  long_hours_exhausted_hungry: 'yes',
  owes_debt_to_employer: 'yes',
  survival_sex: 'yes',
  gang_or_crime_ties: 'yes',
  unexplained_injuries: 'unknown',
  tattoos_or_branding: 'declined',
};
/** At risk: two of D–H, which is "at risk" while the rule needs two of them and not once it needs three. */
const AT_RISK_REPLIES: Record<string, Reply> = {
  runaway_or_unstable_housing: 'yes',
  law_enforcement_involvement: 'yes',
};
/** How many times ArrowDown moves from a question's first radio button ("Yes") to the answer. */
const ARROWS: Record<Reply, number> = { yes: 0, no: 1, unknown: 2, declined: 3 };

/** What the journey learns as it goes (each test builds on the ones before it). */
const journey = { youthUrl: '', screeningUrl: '', atRiskV1Url: '' };

/** Polls until the assertion holds, as long as any single wait on the page may take. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: WAIT_MS });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const region = (page: Page | Locator, name: string) => page.getByRole('region', { name, exact: true });

/** A form control by its label, with or without the " (optional)" marker after it. */
const field = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\(optional\\))?$`));

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const checkedValue = (page: Page, key: string) =>
  page
    .locator(`input[name="q-${key}"]:checked`)
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

/** Ticks a USWDS checkbox or radio button by clicking its label, as a person with a mouse does. */
async function tick(box: Locator): Promise<void> {
  const id = await box.getAttribute('id');
  expect(id, 'the checkbox or radio button has an id its label points at').toBeTruthy();
  await box.page().locator(`label[for="${id}"]`).click();
  await eventually(() => box.isChecked()).toBe(true);
}

/** The runner's progress: the step and how many questions are answered, as its sentence says them. */
async function progress(
  page: Page,
): Promise<{ step: number; steps: number; answered: number; asked: number }> {
  const text = await region(page, 'Progress').innerText();
  const m = /Step (\d+) of (\d+)[\s\S]*?(\d+) of (\d+) questions answered/.exec(text);
  expect(m, `the progress reads "${text}"`).not.toBeNull();
  const [step, steps, answered, asked] = m!.slice(1).map(Number) as [number, number, number, number];
  return { step, steps, answered, asked };
}

/** Answers one question from the keyboard: focus on its first radio button, then Space or ArrowDown. */
async function keyAnswer(page: Page, key: string, arrows: number, value: string): Promise<void> {
  await eventually(() => activeId(page)).toBe(`q-${key}`);
  if (arrows === 0) await page.keyboard.press('Space');
  for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowDown');
  await eventually(() => checkedValue(page, key)).toEqual([value]);
}

/** Presses the step's submit button (Next, or "Check the answers") from the keyboard, and waits for the next step. */
async function nextByKeyboard(page: Page, label: 'Next' | 'Check the answers'): Promise<void> {
  const before = (await progress(page)).step;
  const button = page.locator('.lantern-runner-step').getByRole('button', { name: label, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await eventually(async () => (await progress(page)).step).toBeGreaterThan(before);
  // A new step starts reading at its heading.
  await eventually(() => activeId(page)).toBe('runner-step-heading');
}

/**
 * Walks yes/no steps from the keyboard until a heading matches `until`, or through to the review: from the step's
 * heading, Tab passes the "words to read" checkbox, then each question is one Tab stop; Tab twice more
 * reaches the submit button after "Back".
 */
async function walkYesNoSteps(page: Page, replies: Record<string, Reply>, until?: RegExp): Promise<void> {
  for (;;) {
    const heading = await page.locator('#runner-step-heading').innerText();
    if (until?.test(heading) || heading === 'Check the answers') return;
    await eventually(() => activeId(page)).toBe('runner-step-heading');
    const keys = await page
      .locator('.lantern-runner-step input[type=radio][id^="q-"]:not([id*="--"])')
      .evaluateAll((inputs) => inputs.map((i) => i.id.slice(2)));
    expect(keys.length).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await eventually(() => activeId(page)).toBe('runner-youth-text');
    for (const key of keys) {
      await page.keyboard.press('Tab');
      const reply = replies[key] ?? 'no';
      await keyAnswer(page, key, ARROWS[reply], reply);
    }
    await page.keyboard.press('Tab');
    await eventually(() => activeText(page)).toBe('Back');
    await page.keyboard.press('Tab');
    await eventually(() => activeText(page)).toMatch(/^(Next|Check the answers)$/);
    const label = (await activeText(page)) as 'Next' | 'Check the answers';
    const before = (await progress(page)).step;
    await page.keyboard.press('Enter');
    await eventually(async () => (await progress(page)).step).toBeGreaterThan(before);
    await eventually(() => activeId(page)).toBe('runner-step-heading');
    if (label === 'Check the answers') return;
  }
}

/** From the youth page: "Screen this youth", the instrument, the context "Intake", then Start. */
async function startScreening(
  page: Page,
  instrument: string,
  a11yLabel?: string,
  version?: RegExp,
): Promise<void> {
  await page.goto(journey.youthUrl);
  await expectHeading(page, YOUTH_NAME);
  await page
    .getByRole('group', { name: 'Actions for this youth' })
    .getByRole('link', { name: 'Screen this youth', exact: true })
    .click();
  await expectHeading(page, `Screen ${YOUTH_NAME}`);
  const setup = page.getByRole('form', { name: 'Before you start' });
  const choice = setup.getByRole('radio', { name: instrument, exact: true });
  // Each instrument says which version a new screening uses.
  if (version)
    await eventually(() => choice.getAttribute('aria-describedby').then(helpText(page))).toMatch(version);
  await tick(choice);
  await tick(
    setup
      .getByRole('group', { name: 'What prompted this screening?' })
      .getByRole('radio', { name: 'Intake', exact: true }),
  );
  if (a11yLabel) {
    await screenshot(page, 'identification-01-setup');
    await expectNoSeriousA11yViolations(page, a11yLabel);
  }
  await setup.getByRole('button', { name: 'Start the screening', exact: true }).click();
  await eventually(() => activeId(page)).toBe('runner-step-heading');
}

/** The text of the element an aria-describedby points at. */
const helpText = (page: Page) => async (id: string | null) =>
  id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? '') : '';

/** Takes an at-risk screening with AT_RISK_REPLIES and returns its result page's path. */
async function takeAtRiskScreening(page: Page, version: RegExp): Promise<string> {
  await startScreening(page, AT_RISK, undefined, version);
  await walkYesNoSteps(page, AT_RISK_REPLIES);
  await expectReviewThenSave(page);
  await expectHeading(page, `${AT_RISK}: ${YOUTH_NAME}`);
  return new URL(page.url()).pathname;
}

async function expectReviewThenSave(page: Page): Promise<void> {
  await eventually(() => page.locator('#runner-step-heading').innerText()).toBe('Check the answers');
  await page.getByRole('button', { name: 'Save the screening', exact: true }).click();
  await page.waitForURL((url) => /^\/screenings\/[0-9a-f-]{36}$/.test(url.pathname));
}

/** One rule's block under "Risk and other findings", and its value (Yes, No…) as its tag says it. */
async function ruleValue(page: Page, label: string): Promise<string> {
  const block = region(page, 'Risk and other findings')
    .locator('.lantern-finding')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${escapeRegExp(label)} `) }) });
  await eventually(() => block.count()).toBe(1);
  // The tag's CSS shows it in capitals: read the text itself.
  return ((await block.locator('.lantern-tag-rule').textContent()) ?? '').trim();
}

/** The "Instrument" fact of a screening (title, version and origin). */
async function instrumentFact(page: Page): Promise<string> {
  const facts = region(page, 'About this screening');
  const row = facts.locator('.lantern-fact').filter({ has: page.getByText('Instrument', { exact: true }) });
  return (await row.locator('dd').innerText()).trim();
}

/** The indicators of one form on the result page: those present, and those not known or declined. */
function formBlock(page: Page, form: string) {
  const block = region(page, 'Indicators by form of trafficking')
    .locator('.lantern-finding')
    .filter({ has: page.getByRole('heading', { level: 3, name: form, exact: true }) });
  return {
    block,
    present: () => block.locator('h4:text-is("Indicators present") + ul > li').allInnerTexts(),
    unknown: () =>
      block.locator('h4:text-is("Not known, declined or not answered") ~ ul > li').allInnerTexts(),
  };
}

/** A met or possible determination's block, by its name. */
function determination(page: Page, name: string): Locator {
  return region(page, 'Determinations')
    .locator('.lantern-determination')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${escapeRegExp(name)} `) }) });
}

describe(
  'identification: screening a youth, the result, documenting it, adapting an instrument',
  { timeout: 180_000 },
  () => {
    const browserPage = useBrowserPage();
    let page: Page;
    beforeAll(() => {
      page = browserPage.page;
    });

    test('a worker adds a youth and screens them with the red flags, from the keyboard', async () => {
      await signIn(page, demoEmail('worker.alameda'), PASSWORD);
      await page.goto('/youth/new');
      await expectHeading(page, 'Add a youth');
      const form = page.getByRole('form', { name: 'Add a youth' });
      await field(form, 'Legal first name').fill(YOUTH.first);
      await field(form, 'Legal last name').fill(YOUTH.last);
      await field(form, 'Date of birth').fill(YOUTH.dob);
      await form.getByRole('button', { name: 'Save youth', exact: true }).click();
      await page.waitForURL((url) => /^\/youth\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectHeading(page, YOUTH_NAME);
      journey.youthUrl = new URL(page.url()).pathname;

      await startScreening(page, RED_FLAGS, 'screening setup');
      const first = await progress(page);
      expect(first.step).toBe(1);
      expect(first.answered).toBe(0);
      expect(first.asked).toBeGreaterThanOrEqual(39);
      await eventually(() => page.locator('#runner-step-heading').innerText()).toMatch(
        /^Where the youth lives and goes/,
      );
      await screenshot(page, 'identification-02-first-step');
      await expectNoSeriousA11yViolations(page, 'screening runner (a question step)');

      await walkYesNoSteps(page, RED_FLAG_REPLIES, /^What happened/);
      const atWhatHappened = await progress(page);
      expect(atWhatHappened.step).toBeGreaterThan(first.step);
      expect(atWhatHappened.answered).toBe(39);
      const bar = await page.locator('.lantern-runner-bar-fill').getAttribute('style');
      expect(bar).toMatch(/width: (\d+)%/);
      expect(Number(/width: (\d+)%/.exec(bar!)![1])).toBeGreaterThan(80);

      // What happened: sex exchanged for a place to stay; illegal work for someone else, under a debt.
      await page.locator('#q-commercial_sex').focus();
      await keyAnswer(page, 'commercial_sex', 0, 'yes');
      await page.locator('#q-value_exchanged--shelter').focus();
      await page.keyboard.press('Space');
      await eventually(() => page.locator('#q-value_exchanged--shelter').isChecked()).toBe(true);
      await page.locator('#q-labor_or_services').focus();
      await keyAnswer(page, 'labor_or_services', 0, 'yes');
      await page.locator('#q-labor_kind').focus();
      await keyAnswer(page, 'labor_kind', 2, 'illicit');
      await page.locator('#q-beneficiary').focus();
      await keyAnswer(page, 'beneficiary', 0, 'third_party');
      await eventually(() => page.locator('#runner-step-heading').innerText()).toMatch(
        /^What happened \(part 1 of \d\)$/,
      );
      await nextByKeyboard(page, 'Next');
      await page.locator('#q-means--debt_bondage').focus();
      await page.keyboard.press('Space');
      await eventually(() => page.locator('#q-means--debt_bondage').isChecked()).toBe(true);
      await page.locator('#q-parent_role').focus();
      await keyAnswer(page, 'parent_role', 3, 'not_involved');
      await nextByKeyboard(page, 'Next');
      await nextByKeyboard(page, 'Check the answers');

      const review = await progress(page);
      expect(review.step).toBe(review.steps);
      const answers = page.locator('.lantern-runner-review');
      const row = (text: string) => answers.locator('.lantern-review-row').filter({ hasText: text });
      await eventually(() =>
        row('Has bruises or other injuries that are not explained.').innerText(),
      ).toContain('Not known');
      expect(await row('Has tattoos or branding').innerText()).toContain('Declined to answer');
      expect(await row('What kind of work or activity was it?').innerText()).toContain('Illegal activity');
      expect(await row('Which of these did anyone use').innerText()).toContain(
        'A debt the youth must work off that never goes down',
      );
      expect(await answers.innerText()).toMatch(/What prompted it\s*Intake/);
      await screenshot(page, 'identification-03-review');
      await expectNoSeriousA11yViolations(page, 'screening review');

      await expectReviewThenSave(page);
      await expectHeading(page, `${RED_FLAGS}: ${YOUTH_NAME}`);
      journey.screeningUrl = new URL(page.url()).pathname;
    });

    test('the result shows the indicators by form, the determinations and their reasons, and prints', async () => {
      const sex = formBlock(page, SEX);
      await eventually(() => sex.present()).toContainEqual(
        'Exchanges sex for food, shelter, drugs, clothing or other basic needs. — Yes',
      );
      expect(await formBlock(page, EXPLOITING).present()).toContainEqual(
        'Owes a debt to an employer, who may be a relative or an informal employer. — Yes',
      );
      const criminal = formBlock(page, CRIMINAL);
      expect(await criminal.present()).toContainEqual(
        expect.stringMatching(/^Has ties to street gangs.* — Yes$/),
      );
      // "Not known" is listed apart, as not known, and never among the indicators present.
      for (const form of [sex, criminal]) {
        expect(await form.unknown()).toContainEqual(
          'Has bruises or other injuries that are not explained. — Not known',
        );
        expect(await form.unknown()).toContainEqual(
          expect.stringMatching(/^Has tattoos or branding.* — Declined to answer$/),
        );
        expect((await form.present()).join('\n')).not.toContain('injuries');
      }
      expect(await sex.block.innerText()).toMatch(/\d+ of \d+ indicators asked are present\./);

      for (const name of [SEX, CRIMINAL]) {
        const found = determination(page, name);
        await eventually(() => found.count()).toBe(1);
        expect(((await found.locator('.lantern-tag-status').textContent()) ?? '').trim()).toBe('met');
        expect(await found.innerText()).toContain('Must be reported to the child protection hotline.');
      }
      const reasons = await determination(page, CRIMINAL).locator('.lantern-reasons > li').allInnerTexts();
      expect(reasons).toContainEqual(expect.stringMatching(/Debt bondage/));
      expect(await determination(page, SEX).locator('.lantern-reasons').innerText()).toMatch(
        /a sex act exchanged for anything of value: present — Shelter or a place to stay/,
      );
      const next = region(page, 'Recommended next steps');
      await eventually(() => next.innerText()).toContain('Call the child protection hotline');
      // Indicators point to exploiting a child's labor too, but the documented facts (illicit work) rule it
      // out: the step says so, and the pre-filled report below leaves it out.
      expect(await next.innerText()).toContain('The facts documented do not meet this form');
      for (const heading of ['Questions and answers', 'History of this screening'])
        await region(page, heading).waitFor();
      const actions = page.getByRole('group', { name: 'Screening actions' });
      await actions.getByRole('button', { name: 'Amend the answers', exact: true }).waitFor();
      await actions.getByRole('button', { name: 'Print this screening', exact: true }).waitFor();
      await screenshot(page, 'identification-04-result');
      await expectNoSeriousA11yViolations(page, 'screening result');

      await page.emulateMedia({ media: 'print' });
      try {
        await eventually(() => nav(page).isVisible()).toBe(false);
        expect(await region(page, 'Indicators by form of trafficking').isVisible()).toBe(true);
        expect(await determination(page, CRIMINAL).isVisible()).toBe(true);
        expect(await sex.block.isVisible()).toBe(true);
        expect(await actions.isVisible()).toBe(false);
        expect(await next.getByRole('link', { name: 'Document these allegations' }).isVisible()).toBe(false);
        await screenshot(page, 'identification-05-result-print');
      } finally {
        await page.emulateMedia({ media: null });
      }
    });

    test('"Document these allegations" opens a report pre-filled with both forms, and saves it', async () => {
      await region(page, 'Recommended next steps')
        .getByRole('link', { name: 'Document these allegations', exact: true })
        .click();
      await expectHeading(page, 'Record a report');
      const notice = page.getByRole('status').filter({ hasText: 'Pre-filled from a screening' });
      await eventually(() => notice.innerText()).toContain('review every allegation before saving');
      await notice.getByRole('link', { name: 'Back to the screening', exact: true }).waitFor();

      const allegations = region(page, 'Allegations');
      const blocks = allegations.getByRole('group', { name: /^Allegation \d+$/ });
      await eventually(() => blocks.count()).toBe(2);
      const subcategories: string[] = [];
      for (const n of [1, 2]) {
        const block = allegations.getByRole('group', { name: `Allegation ${n}`, exact: true });
        await eventually(() => block.getByTestId('chosen-youth').innerText()).toContain(YOUTH_NAME);
        expect(
          await field(block, 'Category').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text),
        ).toBe('Exploitation');
        subcategories.push(
          (await field(block, 'Form of exploitation').evaluate(
            (s) => (s as HTMLSelectElement).selectedOptions[0]?.text,
          )) ?? '',
        );
        // The means the screening documented are ticked already.
        const details = block.getByRole('group', { name: 'Exploitation details', exact: true });
        expect(await details.getByRole('checkbox', { name: 'Debt bondage', exact: true }).isChecked()).toBe(
          true,
        );
        await field(block, 'Alleged perpetrator').selectOption({ label: 'Unknown' });
      }
      expect(subcategories.sort()).toEqual([CSE, CRIMINAL_SUB].sort());

      const report = region(page, 'The report');
      await field(report, 'Reporter type').selectOption({ label: 'Education' });
      await field(report, 'What was reported').fill(
        'Screened at intake: the youth describes staying with adults in exchange for sex and being made to ' +
          'carry packages for them to pay off a debt that never shrinks.',
      );
      await screenshot(page, 'identification-06-intake-prefilled');
      await expectNoSeriousA11yViolations(page, 'report intake pre-filled from a screening');

      await page.getByRole('button', { name: 'Save report', exact: true }).click();
      await page.waitForURL((url) => /^\/reports\/[0-9a-f-]{36}$/.test(url.pathname));
      await expectHeading(page, /^Report \S+$/);
      const rows = page.getByRole('table').getByRole('row');
      for (const form of [CSE, CRIMINAL_SUB]) {
        const row = rows.filter({ has: page.getByRole('link', { name: form, exact: true }) });
        await eventually(() => row.count()).toBe(1);
        expect(await row.innerText()).toContain(YOUTH_NAME);
      }
    });

    test("the youth's timeline shows the screening, linking to its result", async () => {
      await page.goto(journey.youthUrl);
      await expectHeading(page, YOUTH_NAME);
      const record = region(page, 'Record');
      await eventually(() => record.innerText()).toContain(
        'Reports: 1. Allegations: 2. Contacts: 0. Screenings: 1. Newest first.',
      );
      const entry = record
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: RED_FLAGS, exact: true }) });
      await eventually(() => entry.count()).toBe(1);
      const text = await entry.innerText();
      expect(text).toMatch(/Intake\. Screened by .+\./);
      expect(text).toMatch(/Indicators present: .*Sex trafficking: \d+/);
      expect(text).toContain(`Determinations: ${SEX} (Met)`);
      await screenshot(page, 'identification-07-timeline');
      // The printed summary of the youth lists the screening with what it found.
      await page.emulateMedia({ media: 'print' });
      try {
        const summary = page.getByTestId('print-summary');
        await eventually(() => summary.isVisible()).toBe(true);
        const printed = await summary.innerText();
        expect(printed).toContain('Screenings');
        expect(printed).toContain(`${RED_FLAGS} (Intake)`);
        expect(printed).toContain(`Determinations: ${SEX} (Met)`);
      } finally {
        await page.emulateMedia({ media: null });
      }
      await entry.getByRole('link', { name: RED_FLAGS, exact: true }).click();
      await expectHeading(page, `${RED_FLAGS}: ${YOUTH_NAME}`);
      expect(new URL(page.url()).pathname).toBe(journey.screeningUrl);
    });

    test('an at-risk screening taken now finds the youth at risk, with version 1', async () => {
      journey.atRiskV1Url = await takeAtRiskScreening(page, /\bVersion 1\W+Lantern built-in\b/);
      await eventually(() => ruleValue(page, AT_RISK_RULE)).toBe('Yes');
      expect(await instrumentFact(page)).toBe(`${AT_RISK}, version 1 (Lantern built-in)`);
    });

    test('a coordinator adapts the at-risk instrument: three of D–H, and version 2 is in use', async () => {
      await signOut(page);
      await signIn(page, demoEmail('coordinator.alameda'), PASSWORD);
      await nav(page).getByRole('link', { name: 'Screening instruments', exact: true }).click();
      await expectHeading(page, 'Screening instruments');
      const list = page.getByRole('table', { name: 'Instruments in use' });
      const row = list
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: AT_RISK, exact: true }) });
      await eventually(() => row.innerText()).toMatch(/Screening\s+1\s+Lantern built-in/);
      await screenshot(page, 'identification-08-instruments');
      await expectNoSeriousA11yViolations(page, 'screening instruments');
      await row.getByRole('link', { name: `Manage ${AT_RISK}`, exact: true }).click();
      await expectHeading(page, AT_RISK);
      await eventually(() => page.locator('.lantern-facts').first().innerText()).toMatch(
        /Version in use\s*Version 1 \(Lantern built-in\)/,
      );

      await page.getByRole('button', { name: 'Start adapting', exact: true }).click();
      const editor = page.getByRole('form', { name: 'Adapt this instrument' });
      const group = editor.locator('section', { has: page.locator('#edit-group-two_or_more') });
      await field(group, 'Group title (English)').fill('Three or more of these (D–H)');
      await field(group, 'Group title (Spanish)').fill('Tres o más de estos (D–H)');
      // The description names the number too.
      for (const [language, two, three] of [
        ['English', 'at least two of D–H', 'at least three of D–H'],
        ['Spanish', 'al menos dos de D–H', 'al menos tres de D–H'],
      ] as const) {
        const description = field(editor, `Description (${language})`);
        const text = await description.inputValue();
        expect(text).toContain(two);
        await description.fill(text.replace(two, three));
      }
      const count = field(editor, `${AT_RISK_RULE}, count 2: how many must hold`);
      expect(await count.inputValue()).toBe('2');
      await count.fill('3');
      // The rule's explanation names the number too; the form does not cover it, the JSON view does.
      await editor.getByRole('button', { name: 'Edit as JSON', exact: true }).click();
      const json = field(editor, 'The whole definition, as JSON');
      const definition = JSON.parse(await json.inputValue()) as {
        rules: { key: string; explanation?: { en: string; es: string } }[];
      };
      const rule = definition.rules.find((r) => r.key === 'at_risk_cse')!;
      rule.explanation = {
        en: 'At least one of A–C, or at least three of D–H.',
        es: 'Al menos uno de A–C, o al menos tres de D–H.',
      };
      await json.fill(JSON.stringify(definition, null, 2));
      await editor.getByRole('button', { name: 'Back to the form', exact: true }).click();
      await eventually(() => field(editor, `${AT_RISK_RULE}, count 2: how many must hold`).inputValue()).toBe(
        '3',
      );
      await field(editor, 'Change note').fill(
        'County practice: two of D–H alone flagged too many youth at intake; we now ask for three.',
      );
      await screenshot(page, 'identification-09-adapting');
      await expectNoSeriousA11yViolations(page, 'adapt an instrument');
      await editor.getByRole('button', { name: 'Save new version', exact: true }).click();

      await eventually(() => page.locator('#instrument-saved').innerText()).toContain(
        'Version 2 is saved and is now the version new screenings use.',
      );
      await eventually(() => page.locator('.lantern-facts').first().innerText()).toMatch(
        /Version in use\s*Version 2 \(County version\)/,
      );
      const history = page.getByRole('table', { name: 'Versions, newest first' });
      const v2 = history.getByTestId('version-county-2');
      // The "In use" tag's CSS shows it in capitals: read the text itself.
      await eventually(() => v2.textContent()).toMatch(/^2\s*In use\s*County version/);
      expect(await v2.textContent()).toContain('Version 1 (Lantern built-in)');
      expect(await v2.textContent()).toContain('we now ask for three');
      const v1 = history.getByTestId('version-builtin-1');
      expect(await v1.textContent()).toMatch(/^1\s*Lantern built-in/);
      expect(await v1.textContent()).not.toContain('In use');
      await eventually(() =>
        region(page, 'Version 2 (County version): items and rules').innerText(),
      ).toContain('Three or more of these (D–H)');
      await screenshot(page, 'identification-10-adapted');
      await expectNoSeriousA11yViolations(page, 'instrument page (version 2 in use)');
    });

    test('the earlier at-risk screening keeps version 1 and its result; a new one uses version 2', async () => {
      await signOut(page);
      await signIn(page, demoEmail('worker.alameda'), PASSWORD);
      await page.goto(journey.atRiskV1Url);
      await expectHeading(page, `${AT_RISK}: ${YOUTH_NAME}`);
      await eventually(() => ruleValue(page, AT_RISK_RULE)).toBe('Yes');
      expect(await instrumentFact(page)).toBe(`${AT_RISK}, version 1 (Lantern built-in)`);
      expect(await region(page, 'Questions and answers').innerText()).toContain('Two or more of these (D–H)');

      const again = await takeAtRiskScreening(page, /\bVersion 2\W+County version\b/);
      expect(again).not.toBe(journey.atRiskV1Url);
      expect(await instrumentFact(page)).toBe(`${AT_RISK}, version 2 (County version)`);
      // The same answers, two of D–H, no longer make the youth "at risk" under the county's version.
      await eventually(() => ruleValue(page, AT_RISK_RULE)).toBe('No');
      expect(await region(page, 'Risk and other findings').innerText()).toContain(
        'At least one of A–C, or at least three of D–H.',
      );
      await screenshot(page, 'identification-11-at-risk-v2');
    });

    test('a worker in another county gets "Page not found" for the screening', async () => {
      await signOut(page);
      await signIn(page, demoEmail('worker.tulare'), PASSWORD);
      const id = journey.screeningUrl.split('/').pop()!;
      const answered = page.waitForResponse((r) => r.url().includes('/api/v1/') && r.url().includes(id));
      await page.goto(journey.screeningUrl);
      expect((await answered).status()).toBe(404);
      await expectHeading(page, 'Page not found');
      expect(await page.getByText(YOUTH.last).count()).toBe(0);
      await screenshot(page, 'identification-12-other-county');
    });
  },
);
