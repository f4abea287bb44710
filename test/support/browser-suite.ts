import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, afterEach, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../web/browser.ts';
import { ensureWebBuild, startSiteServer, type SiteServer } from '../web/site-server.ts';

/** Why the browser suites cannot run here (Debian's chromium is missing), or false. */
export const BROWSER_SKIP: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install -y chromium)`;

/** The site of a browser suite and its pages, readable once the suite's `before` has run. */
export interface BrowserSuite {
  readonly server: SiteServer;
  /** The server's address, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** A page in a fresh context (its own cookies) of the given size, whose script errors fail the test. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Registers in the current `describe` what every browser suite needs: the built site (built when missing) served over
 * the bundled Bangladesh data, and headless Chromium, started before the suite's own `before` hooks and closed after
 * it; after each test, no page opened through `newPage` may have raised a script error. Example:
 * `const site = browserSuite();`, then in a test `const page = await site.newPage(); await page.goto(site.origin);`.
 */
export function browserSuite(): BrowserSuite {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  before(async () => {
    ensureWebBuild();
    server = await startSiteServer();
    browser = await launchChromium();
  }, { timeout: 300_000 });
  afterEach(() => {
    assert.deepEqual(pageErrors.splice(0), [], 'no script errors in the page');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('browserSuite: read the server and open pages inside tests or hooks, after the suite started');
    return value;
  };
  return {
    get server() { return ready(server); },
    get origin() { return ready(server).origin; },
    async newPage(viewport = { width: 1280, height: 900 }) {
      const context = await ready(browser).newContext({ viewport });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
  };
}
