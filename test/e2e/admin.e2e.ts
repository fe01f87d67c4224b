// Administration: users and agencies as the system administrator, then the audit log as the auditor.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  PASSWORD,
  apiSignIn,
  demoEmail,
  expectHeading,
  expectHeadingFocused,
  expectNoSeriousA11yViolations,
  useBrowserPage,
  screenshot,
  signIn,
  signOut,
} from './support';

const stamp = Date.now().toString(36);
const NEW_USER = {
  email: `e2e.casey.${stamp}@demo.lantern.test`,
  name: `E2E Casey Morgan ${stamp}`,
  passphrase: 'quiet lantern river crossing 42',
};
let newUserId = '';
const NEW_AGENCY = `E2E Harbor Youth Shelter ${stamp} (demo)`;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const rowOf = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

describe('a system administrator manages users and agencies; the auditor sees it', () => {
  const browserPage = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = browserPage.page;
  });

  test('the Users page lists the demo accounts', async () => {
    await signIn(page, demoEmail('admin'), PASSWORD);
    await expect
      .poll(() => nav(page).getByRole('link').allInnerTexts())
      .toEqual(['Home', 'Users', 'Agencies', 'Lookups', 'Import referrals', 'Your account']);
    await nav(page).getByRole('link', { name: 'Users' }).click();
    await expectHeading(page, 'Users');
    await expectHeadingFocused(page);
    await rowOf(page, 'worker.alameda@demo.lantern.test').waitFor();
    await screenshot(page, 'admin-01-users');
    await expectNoSeriousA11yViolations(page, 'users page');
  });

  test('a new social worker in Alameda is created and listed', async () => {
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Email', { exact: true }).fill(NEW_USER.email);
    await form.getByLabel('Full name', { exact: true }).fill(NEW_USER.name);
    await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Social worker' });
    await form.getByLabel('Jurisdiction', { exact: true }).selectOption({ label: 'Alameda' });
    const agency = form.getByLabel(/^Agency/);
    await agency
      .locator('option', { hasText: 'Alameda County Child Welfare (demo)' })
      .waitFor({ state: 'attached' });
    await agency.selectOption({ label: 'Alameda County Child Welfare (demo)' });
    await form.getByLabel('Initial password', { exact: true }).fill(NEW_USER.passphrase);
    await screenshot(page, 'admin-02-create-user-filled');
    await form.getByRole('button', { name: 'Create user', exact: true }).click();

    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining(`${NEW_USER.name} now has an account.`));
    const row = rowOf(page, NEW_USER.email);
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/Social worker[\s\S]*Alameda[\s\S]*Active/);
    await screenshot(page, 'admin-03-user-created');

    const signedIn = await apiSignIn(NEW_USER.email, NEW_USER.passphrase);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.step).toBe('done');
    expect(signedIn.body.me?.user).toMatchObject({ email: NEW_USER.email, role: 'social_worker' });
    newUserId = signedIn.body.me!.user.id;
  });

  test("the new user's role is changed, then the account is deactivated", async () => {
    await page.getByRole('button', { name: `Edit ${NEW_USER.name}`, exact: true }).click();
    const panel = page.getByTestId('edit-user-panel');
    await expectFocused(panel.getByRole('heading', { name: `Edit ${NEW_USER.name}` }));
    await panel.getByLabel('Role', { exact: true }).selectOption({ label: 'Supervisor' });
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => panel.getByRole('status').allInnerTexts()).toEqual(['Changes saved.']);
    await expect.poll(() => rowOf(page, NEW_USER.email).textContent()).toContain('Supervisor');
    await screenshot(page, 'admin-04-user-role-changed');
    await expectNoSeriousA11yViolations(page, 'users page with the edit panel');

    await panel.getByRole('button', { name: 'Deactivate account' }).click();
    await expect
      .poll(() => panel.getByRole('status').allInnerTexts())
      .toEqual([`${NEW_USER.name} can no longer sign in.`]);
    await panel.getByRole('button', { name: 'Reactivate account' }).waitFor();
    await expect.poll(() => rowOf(page, NEW_USER.email).textContent()).toContain('Inactive');
    await screenshot(page, 'admin-05-user-deactivated');
    expect((await apiSignIn(NEW_USER.email, NEW_USER.passphrase)).status).toBe(401);
  });

  test('the Agencies page lists agencies, and a new one is added', async () => {
    await nav(page).getByRole('link', { name: 'Agencies' }).click();
    await expectHeading(page, 'Agencies');
    await rowOf(page, 'Eastbay Youth Advocates (demo)').waitFor();
    await screenshot(page, 'admin-06-agencies');
    await expectNoSeriousA11yViolations(page, 'agencies page');

    const form = page.getByRole('form', { name: 'Add an agency' });
    await form.getByLabel('Jurisdiction', { exact: true }).selectOption({ label: 'Alameda' });
    await form.getByLabel('Agency name', { exact: true }).fill(NEW_AGENCY);
    await form
      .getByLabel('Kind of agency', { exact: true })
      .selectOption({ label: 'Community-based organization' });
    await form.getByRole('button', { name: 'Create agency', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toContainEqual(expect.stringContaining(`${NEW_AGENCY} was added.`));
    const row = rowOf(page, NEW_AGENCY);
    await row.waitFor();
    await expect
      .poll(() => row.textContent())
      .toMatch(/Community-based organization[\s\S]*Alameda[\s\S]*Active/);
    await screenshot(page, 'admin-07-agency-created');
  });

  test('the account page passes axe', async () => {
    await nav(page).getByRole('link', { name: 'Your account' }).click();
    await expectHeading(page, 'Your account');
    await page.getByRole('button', { name: 'Set up authenticator app' }).waitFor();
    await screenshot(page, 'admin-08-account');
    await expectNoSeriousA11yViolations(page, 'account page (administrator)');
  });

  test('an unknown address shows the not-found page', async () => {
    await page.goto('/no-such-page/here');
    await expectHeading(page, 'Page not found');
    await page.getByRole('link', { name: 'Go to the home page' }).waitFor();
    await expect.poll(() => page.title()).toBe('Page not found – Lantern');
    await screenshot(page, 'admin-09-not-found');
    await expectNoSeriousA11yViolations(page, 'not-found page');
  });

  test('the auditor finds the user.create event for the new user in the audit log', async () => {
    await page.goto('/');
    await expectHeading(page, /^Hello, /);
    await signOut(page);
    await signIn(page, demoEmail('auditor'), PASSWORD);
    await nav(page).getByRole('link', { name: 'Audit log' }).click();
    await expectHeading(page, 'Audit log');
    await page.getByRole('table', { name: 'Audit events' }).waitFor();
    await screenshot(page, 'admin-10-audit');
    await expectNoSeriousA11yViolations(page, 'audit page');

    const filters = page.getByRole('form', { name: 'Filter events' });
    await filters.getByLabel('Action', { exact: true }).fill('user.create');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'user.create');
    const events = page.getByRole('row').filter({ hasText: 'user.create' });
    await expect.poll(() => events.count()).toBeGreaterThan(0);
    const event = events.filter({ hasText: newUserId });
    await expect.poll(() => event.count()).toBe(1);
    await expect.poll(() => event.innerText()).toContain(demoEmail('admin'));
    await event.getByRole('button', { name: /^Show details/ }).click();
    await expect
      .poll(() => page.locator('tr.lantern-audit-details').allInnerTexts())
      .toContainEqual(expect.stringContaining(NEW_USER.email));
    await screenshot(page, 'admin-11-audit-user-create');
    await expectNoSeriousA11yViolations(page, 'audit page with event details open');
  });
});

async function expectFocused(locator: ReturnType<Page['getByRole']>): Promise<void> {
  await locator.waitFor();
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement)).toBe(true);
}
