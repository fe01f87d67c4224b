// Shared helpers for the browser tier (test/e2e/*.e2e.ts): Chromium, sign-in through the UI, axe, screenshots.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tier with node scripts/e2e.mjs.`);
  return value;
}

export const BASE_URL = required('LANTERN_E2E_BASE_URL');
export const PASSWORD = required('LANTERN_E2E_PASSWORD');
export const SHOTS_DIR = '/tmp/lantern-e2e-shots';
/** Every axe finding (any impact) is appended here, one JSON line per scan, for people to read. */
export const A11Y_LOG = join(SHOTS_DIR, 'a11y-findings.jsonl');

/** Upper bound for any single wait on the page. */
export const WAIT_MS = 15_000;

export const demoEmail = (local: string) => `${local}@demo.lantern.test`;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: required('LANTERN_CHROMIUM'),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies and storage) in English, with its first page. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-US' });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const page = await context.newPage();
  return { context, page };
}

/**
 * One browser and one English page for the surrounding describe block: opened before its tests, closed
 * after them. Read `.page` and `.browser` inside tests and hooks (they exist once beforeAll has run).
 */
export function useBrowserPage(): { readonly browser: Browser; readonly page: Page } {
  const state: { browser?: Browser; context?: BrowserContext; page?: Page } = {};
  beforeAll(async () => {
    state.browser = await launchBrowser();
    ({ context: state.context, page: state.page } = await newPage(state.browser));
  });
  afterAll(async () => {
    await state.context?.close();
    await state.browser?.close();
  });
  return {
    get browser() {
      return state.browser!;
    },
    get page() {
      return state.page!;
    },
  };
}

/** Waits until the page's h1 reads `name` (every Lantern page has exactly one h1). */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: WAIT_MS })
    .toMatch(typeof name === 'string' ? new RegExp(`^${escapeRegExp(name)}$`) : name);
}

/** After moving to another page (or sign-in step), focus is on the h1 so screen readers start there. */
export async function expectHeadingFocused(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName ?? null), { timeout: WAIT_MS })
    .toBe('H1');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the sign-in page and waits for its form. */
export async function openSignIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).waitFor();
}

/**
 * Signs in through the English sign-in form. By default waits for the home page; with `expectHome: false`
 * it returns once the form has been sent (for a TOTP step or an error).
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  opts: { expectHome?: boolean } = {},
): Promise<void> {
  if (!new URL(page.url(), BASE_URL).pathname.startsWith('/sign-in')) await openSignIn(page);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  if (opts.expectHome ?? true) {
    await page.waitForURL((url) => url.pathname === '/', { timeout: WAIT_MS });
    await expectHeading(page, /^Hello, /);
  }
}

/** Signs out with the header button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: WAIT_MS });
  await page.getByLabel('Email', { exact: true }).waitFor();
}

/** Runs axe (WCAG 2.0/2.1 A and AA) and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const all = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  mkdirSync(SHOTS_DIR, { recursive: true });
  appendFileSync(A11Y_LOG, JSON.stringify({ label, url: page.url(), violations: all }) + '\n');
  for (const v of all.filter((x) => x.impact !== 'serious' && x.impact !== 'critical'))
    console.warn(`[axe ${label}] ${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`);
  const serious = all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map((v) => `  ${v.impact} ${v.id}: ${v.help}\n    at ${v.targets.join('\n    at ')}`)
    .join('\n');
  expect(serious, `axe found serious/critical violations on ${label} (${page.url()}):\n${report}`).toEqual(
    [],
  );
}

/** A full-page screenshot at /tmp/lantern-e2e-shots/<name>.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

interface SignInBody {
  step?: string;
  csrfToken?: string;
  me?: { user: { id: string; email: string; role: string } };
}

/** Signs in through the API; returns the HTTP status, the body and the session cookie. */
export async function apiSignIn(
  email: string,
  password: string,
): Promise<{ status: number; body: SignInBody; cookie: string }> {
  const res = await fetch(`${BASE_URL}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  return { status: res.status, body: (await res.json()) as SignInBody, cookie };
}
