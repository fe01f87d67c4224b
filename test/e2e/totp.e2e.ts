// The authenticator app: set it up from the account page, then sign in with it. Uses the coordinator only,
// so the other files' accounts keep signing in with a password alone.
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  PASSWORD,
  WAIT_MS,
  demoEmail,
  expectHeading,
  expectHeadingFocused,
  expectNoSeriousA11yViolations,
  useBrowserPage,
  screenshot,
  signIn,
  signOut,
} from './support';

const EMAIL = demoEmail('coordinator.alameda');
const now = () => Math.floor(Date.now() / 1000);

/** Six digits that no time step near now produces for this secret. */
async function wrongCode(secret: string): Promise<string> {
  const near = new Set<string>();
  for (let k = -4; k <= 4; k++) near.add(await generate({ secret, epoch: now() + k * 30 }));
  for (let n = 13579; ; n += 111_111) {
    const candidate = String(n % 1_000_000).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}

/** Clicks Verify on the code step and checks the server's answer (its body is shown if it differs). */
async function verify(page: Page, status: number): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/totp/verify'), {
    timeout: WAIT_MS,
  });
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  const response = await answered;
  expect(response.status(), await response.text()).toBe(status);
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

describe('a coordinator sets up an authenticator app and signs in with it', () => {
  const browserPage = useBrowserPage();
  let page: Page;
  let secret = '';
  beforeAll(() => {
    page = browserPage.page;
  });

  test('the account page offers to set up an authenticator app', async () => {
    await signIn(page, EMAIL, PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your account' }).click();
    await expectHeading(page, 'Your account');
    const section = page.getByRole('region', { name: 'Authenticator app' });
    await expect.poll(() => section.innerText()).toContain('You have not set up an authenticator app yet.');
    await screenshot(page, 'totp-01-account-before');
    await expectNoSeriousA11yViolations(page, 'account page (coordinator, no authenticator)');
  });

  test('the setup shows the key; a code from it confirms; recovery codes are shown once', async () => {
    await page.getByRole('button', { name: 'Set up authenticator app' }).click();
    const key = page.getByTestId('totp-secret');
    await key.waitFor();
    secret = (await key.innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect.poll(() => page.getByRole('img', { name: /QR code/ }).count()).toBe(1);
    await screenshot(page, 'totp-02-enrolment');
    await expectNoSeriousA11yViolations(page, 'authenticator setup (account page)');

    await page.getByLabel('6-digit code', { exact: true }).fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();

    const recovery = page.getByRole('heading', { name: 'Save your recovery codes' });
    await recovery.waitFor();
    await expect.poll(() => recovery.evaluate((el) => el === document.activeElement)).toBe(true);
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    for (const code of await codes.allInnerTexts()) expect(code.trim()).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    await screenshot(page, 'totp-03-recovery-codes');
    await expectNoSeriousA11yViolations(page, 'recovery codes');
  });

  test('while the recovery codes are shown, the page does not claim the app is not set up', async () => {
    // The server has enrolled the app the moment the code was accepted: the next sign-in needs a code.
    const me = (await (await page.request.get('/api/v1/me')).json()) as { mfa: { enrolled: boolean } };
    expect(me.mfa.enrolled).toBe(true);
    const section = page.getByRole('region', { name: 'Authenticator app' });
    expect(await section.innerText()).not.toContain('You have not set up an authenticator app yet.');
  });

  test('after continuing, the account page says the app is set up', async () => {
    await page.getByRole('button', { name: 'I have saved these codes' }).click();
    await page.getByRole('button', { name: 'Replace authenticator app' }).waitFor();
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Your authenticator app is set up.');
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);
    await screenshot(page, 'totp-04-account-after');
  });

  test('signing in again asks for the code', async () => {
    await signOut(page);
    await signIn(page, EMAIL, PASSWORD, { expectHome: false });
    await expectHeading(page, 'Enter your code');
    await expectHeadingFocused(page);
    await expect.poll(() => page.title()).toBe('Enter your code – Lantern');
    await page.getByLabel('6-digit code', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, 'totp-05-code-step');
    await expectNoSeriousA11yViolations(page, 'sign-in code step');
  });

  test('a wrong code shows an error that takes focus', async () => {
    const field = page.getByLabel('6-digit code', { exact: true });
    await field.fill(await wrongCode(secret));
    await verify(page, 401);
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toMatch(/There is a problem/);
    await expect.poll(() => focusedTestId(page)).toBe('error-summary');
    await expectHeading(page, 'Enter your code');
    await screenshot(page, 'totp-06-wrong-code');
    await expectNoSeriousA11yViolations(page, 'sign-in code step with an error');
  });

  test('the code of the next time step signs in to the home page', async () => {
    // The step used to confirm the setup is spent; the server accepts ±30 s, so the next step's code works now.
    const code = await generate({ secret, epoch: now() + 30 });
    const field = page.getByLabel('6-digit code', { exact: true });
    await field.fill('');
    await field.fill(code);
    await verify(page, 200);
    await page.waitForURL((url) => url.pathname === '/', { timeout: WAIT_MS });
    await expectHeading(page, 'Hello, Demo Coordinator Alameda');
    await expect
      .poll(() => page.getByRole('region', { name: 'Second step when signing in' }).innerText())
      .toContain('Your authenticator app is set up.');
    await screenshot(page, 'totp-07-home-after-code');
  });
});
