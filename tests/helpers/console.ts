import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium: the console tests drive it with playwright-core (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';

/** Where a failing console test leaves its screenshot (git-ignored). */
export const ARTIFACTS = path.resolve('artifacts/console');

export interface ConsoleBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Headless chromium with a new empty profile, and one page. Without chromium the test fails
 * (it is part of the suite, not optional): .ci/run installs it.
 */
export async function openBrowser(): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the console's browser tests need Debian's chromium (apt-get install -y chromium)`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'croupier-console-'));
  // launchPersistentContext is how playwright takes a user-data-dir of our own.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const browser = context.browser();
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    // A persistent context has no Browser object of its own; the context is what closes.
    browser: browser as Browser,
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves the page as artifacts/console/<name>.png (on a test's failure). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name.replace(/[^a-zA-Z0-9-]+/g, '-').slice(0, 80)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The console's session key in sessionStorage (src/console/app/api.ts). */
const SESSION_KEY = 'croupier-console-session';

/** The access token the console holds now (read from the page's sessionStorage). */
export async function consoleAccessToken(page: Page): Promise<string | null> {
  // A string: the tests' TypeScript has no DOM types.
  return page.evaluate(`(JSON.parse(sessionStorage.getItem(${JSON.stringify(SESSION_KEY)}) || 'null') || {}).accessToken || null`);
}

/** Replaces the console's access token (e.g. with one the API refuses); read by the next page load. */
export async function setConsoleAccessToken(page: Page, token: string): Promise<void> {
  const key = JSON.stringify(SESSION_KEY);
  await page.evaluate(`sessionStorage.setItem(${key}, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(${key})), accessToken: ${JSON.stringify(token)} }))`);
}
