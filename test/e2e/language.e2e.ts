// Spanish: switch on the sign-in page, sign in and stay in Spanish, switch back; the account remembers.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  PASSWORD,
  WAIT_MS,
  demoEmail,
  expectHeading,
  expectNoSeriousA11yViolations,
  useBrowserPage,
  newPage,
  openSignIn,
  screenshot,
  signIn,
} from './support';

const EMAIL = demoEmail('supervisor.alameda');

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Clicks the language switch and waits until the account has saved the choice. */
async function switchSavingTo(page: Page, button: string, locale: 'en' | 'es'): Promise<void> {
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH',
    { timeout: WAIT_MS },
  );
  await page.getByRole('button', { name: button, exact: true }).click();
  const response = await saved;
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { user: { locale: string } }).user.locale).toBe(locale);
}

describe('Lantern in Spanish', () => {
  const browserPage = useBrowserPage();
  let page: Page;
  beforeAll(() => {
    page = browserPage.page;
  });

  test('"Español" on the sign-in page turns the page into Spanish', async () => {
    await openSignIn(page);
    expect(await htmlLang(page)).toBe('en');
    const toSpanish = page.getByRole('button', { name: 'Español', exact: true });
    expect(await toSpanish.getAttribute('lang')).toBe('es');
    await toSpanish.click();

    await page.getByLabel('Correo electrónico', { exact: true }).waitFor();
    await page.getByLabel('Contraseña', { exact: true }).waitFor();
    await expectHeading(page, 'Iniciar sesión en Lantern');
    await expect.poll(() => htmlLang(page)).toBe('es');
    expect(await page.getByLabel('Email', { exact: true }).count()).toBe(0);
    const toEnglish = page.getByRole('button', { name: 'English', exact: true });
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await expect.poll(() => page.title()).toBe('Iniciar sesión – Lantern');
    await screenshot(page, 'language-01-sign-in-es');
    await expectNoSeriousA11yViolations(page, 'sign-in page (Spanish)');
  });

  test('a supervisor signs in with the Spanish form and the home page is in Spanish', async () => {
    await page.getByLabel('Correo electrónico', { exact: true }).fill(EMAIL);
    await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/', { timeout: WAIT_MS });
    await expectHeading(page, 'Hola, Demo Supervisor Alameda');
    expect(await htmlLang(page)).toBe('es');
    const about = page.getByRole('region', { name: 'Sobre usted' });
    await expect.poll(() => about.innerText()).toContain('Supervisor(a)');
    await expect.poll(() => about.innerText()).toContain('Alameda (condado)');
    await expect
      .poll(() => page.getByRole('region', { name: 'Lo que puede hacer' }).getByRole('listitem').count())
      .toBe(15);
    const nav = page.getByRole('navigation', { name: 'Principal' });
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts())
      .toEqual(['Inicio', 'Jóvenes', 'Reportes', 'Revisión', 'Personas de interés', 'Agencias', 'Su cuenta']);
    await nav.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await screenshot(page, 'language-02-home-es');
    await expectNoSeriousA11yViolations(page, 'home page (Spanish)');
  });

  test('"English" switches back, and the account keeps the choice', async () => {
    await switchSavingTo(page, 'English', 'en');
    await expectHeading(page, 'Hello, Demo Supervisor Alameda');
    await expect.poll(() => htmlLang(page)).toBe('en');
    await page.getByRole('region', { name: 'What you can do' }).waitFor();
    await page.getByRole('button', { name: 'Español', exact: true }).waitFor();
    await screenshot(page, 'language-03-home-en-again');
  });

  test('a language chosen while signed in follows the account to a new browser', async () => {
    await switchSavingTo(page, 'Español', 'es');
    await expectHeading(page, 'Hola, Demo Supervisor Alameda');

    const other = await newPage(browserPage.browser);
    try {
      await signIn(other.page, EMAIL, PASSWORD, { expectHome: false });
      await other.page.waitForURL((url) => url.pathname === '/', { timeout: WAIT_MS });
      await expectHeading(other.page, 'Hola, Demo Supervisor Alameda');
      await expect.poll(() => htmlLang(other.page)).toBe('es');
      await screenshot(other.page, 'language-04-home-es-new-browser');
      // Leave the account in English for whoever uses it next.
      await switchSavingTo(other.page, 'English', 'en');
      await expectHeading(other.page, 'Hello, Demo Supervisor Alameda');
    } finally {
      await other.context.close();
    }
  });
});
