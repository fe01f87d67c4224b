// Signing in: every demo account through the API, then a social worker through the browser.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  BASE_URL,
  PASSWORD,
  WAIT_MS,
  apiSignIn,
  demoEmail,
  expectHeading,
  expectNoSeriousA11yViolations,
  useBrowserPage,
  openSignIn,
  screenshot,
  signIn,
  signOut,
} from './support';

const DEMO_ACCOUNTS: ReadonlyArray<[email: string, role: string, jurisdiction: string]> = [
  [demoEmail('admin'), 'system_admin', 'California'],
  [demoEmail('worker.alameda'), 'social_worker', 'Alameda'],
  [demoEmail('supervisor.alameda'), 'supervisor', 'Alameda'],
  [demoEmail('coordinator.alameda'), 'coordinator', 'Alameda'],
  [demoEmail('partner.alameda'), 'partner', 'Alameda'],
  [demoEmail('analyst.alameda'), 'county_analyst', 'Alameda'],
  [demoEmail('countyadmin.alameda'), 'county_admin', 'Alameda'],
  [demoEmail('worker.tulare'), 'social_worker', 'Tulare'],
  [demoEmail('analyst.state'), 'state_analyst', 'California'],
  [demoEmail('auditor'), 'auditor', 'California'],
];

/**
 * Accounts that already have an authenticator app. totp.e2e.ts enrols the coordinator, and vitest does not
 * promise an order between files, so the expected step is read from the server (as the administrator).
 */
async function enrolledEmails(): Promise<Set<string>> {
  const admin = await apiSignIn(demoEmail('admin'), PASSWORD);
  expect(admin.body.step).toBe('done');
  const res = await fetch(`${BASE_URL}/api/v1/users?limit=200`, { headers: { cookie: admin.cookie } });
  expect(res.status).toBe(200);
  const { items } = (await res.json()) as { items: { email: string; mfaEnrolled: boolean }[] };
  return new Set(items.filter((u) => u.mfaEnrolled).map((u) => u.email));
}

describe('every demo account signs in through the API', () => {
  let enrolled: Set<string>;
  beforeAll(async () => {
    enrolled = await enrolledEmails();
  });

  test.each(DEMO_ACCOUNTS)('%s signs in as %s', async (email, role, jurisdiction) => {
    const signedIn = await apiSignIn(email, PASSWORD);
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    expect(signedIn.cookie).toMatch(/lantern_session=/);
    const me = await fetch(`${BASE_URL}/api/v1/me`, { headers: { cookie: signedIn.cookie } });
    if (enrolled.has(email)) {
      // Enrolled earlier in this run: the password alone must not be enough.
      expect(signedIn.body.step).toBe('totp');
      expect(me.status).toBe(401);
      return;
    }
    expect(signedIn.body.step).toBe('done');
    expect(me.status).toBe(200);
    const body = (await me.json()) as {
      user: { email: string; role: string };
      jurisdiction: { name: string };
    };
    expect(body.user).toMatchObject({ email, role });
    expect(body.jurisdiction.name).toBe(jurisdiction);
  });

  test('a wrong password is 401 and gives no session', async () => {
    const res = await apiSignIn(demoEmail('analyst.alameda'), `${PASSWORD} but wrong`);
    expect(res.status).toBe(401);
    expect(res.cookie).not.toMatch(/lantern_session=[^;]+/);
  });
});

describe('a social worker signs in through the browser', () => {
  const browserPage = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = browserPage.page;
  });

  test('the sign-in page has labelled fields and passes axe', async () => {
    await openSignIn(page);
    await expectHeading(page, 'Sign in to Lantern');
    await expect.poll(() => page.title()).toBe('Sign in – Lantern');
    await expect
      .poll(() => page.getByLabel('Password', { exact: true }).getAttribute('type'))
      .toBe('password');
    await screenshot(page, 'sign-in-01-sign-in-page');
    await expectNoSeriousA11yViolations(page, 'sign-in page');
  });

  test('the home page shows the name, the county and what the worker can do', async () => {
    await signIn(page, demoEmail('worker.alameda'), PASSWORD);
    await expectHeading(page, 'Hello, Demo Worker Alameda');
    const about = page.getByTestId('about-you');
    await expect.poll(() => about.innerText()).toContain('Alameda (county)');
    await expect.poll(() => about.innerText()).toContain('Social worker');
    await expect.poll(() => about.innerText()).toContain('Alameda County Child Welfare (demo)');
    const abilities = page.getByRole('region', { name: 'What you can do' }).getByRole('listitem');
    await expect
      .poll(() => abilities.allInnerTexts())
      .toEqual([
        'See the counties, regions and state you work in.',
        'See the county departments and partner agencies.',
        'Find youth and read their record.',
        'Add youth and change their record.',
        'Read reports and allegations.',
        'Record reports, allegations, contacts and proposed dispositions.',
        'See persons of interest and the network view.',
        'Add and change persons of interest and their links to youth.',
        'See screenings and their results.',
        'Screen youth and amend screenings.',
        "Reveal and change a youth's citizenship and immigration status.",
        "Reveal and change a youth's tattoos.",
        "Reveal and change a youth's phone numbers and social-media handles, and search by them.",
      ]);
    await expect.poll(() => page.getByTestId('signed-in-user').innerText()).toBe('Demo Worker Alameda');
    await screenshot(page, 'sign-in-02-home-worker');
    await expectNoSeriousA11yViolations(page, 'home page (social worker)');
  });

  test('the navigation offers a worker no Users or Audit log link', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts())
      .toEqual(['Home', 'Youth', 'Reports', 'Persons of interest', 'Agencies', 'Your account']);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Users', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Audit log', exact: true }).count()).toBe(0);
  });

  test('a worker who types the address of the Users page is told they have no access', async () => {
    await page.goto('/admin/users');
    await expectHeading(page, 'You do not have access to this.');
    await screenshot(page, 'sign-in-03-users-forbidden-worker');
    await expectNoSeriousA11yViolations(page, 'forbidden page (social worker)');
  });

  test('signing out returns to the sign-in page, and the home page then asks to sign in', async () => {
    await signOut(page);
    await expectHeading(page, 'Sign in to Lantern');
    await screenshot(page, 'sign-in-04-signed-out');
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: WAIT_MS });
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/');
  });

  test('a wrong password shows an error, and the error summary takes focus', async () => {
    await openSignIn(page);
    await signIn(page, demoEmail('worker.alameda'), 'not the password at all, sorry', { expectHome: false });
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toMatch(/There is a problem/);
    await expect.poll(() => summary.innerText()).toContain('The email or password is not right.');
    await expect.poll(() => page.getByRole('alert').first().innerText()).toMatch(/There is a problem/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null))
      .toBe('error-summary');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, 'sign-in-05-wrong-password');
    await expectNoSeriousA11yViolations(page, 'sign-in page with an error');
  });
});
