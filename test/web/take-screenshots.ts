/**
 * Screenshots of the public site for review: home, goal 3, indicator 3.2.1 (with the sexes compared), an
 * indicator without data, a single-year indicator, the not-found page, pages in Arabic, Bengali, French, Russian,
 * Chinese and Nepali, the open language menu, and indicator 3.2.1 on a phone.
 * Usage: node --import tsx test/web/take-screenshots.ts [folder] [origin]; the folder defaults to <tmp>/sdg-tracker-screenshots.
 * Without an origin it builds the site if needed and starts it over a throw-away database.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { ensureWebBuild, startSiteServer } from './site-server.ts';

const [folder = join(tmpdir(), 'sdg-tracker-screenshots'), givenOrigin] = process.argv.slice(2);
mkdirSync(folder, { recursive: true });
ensureWebBuild();
const server = givenOrigin ? null : await startSiteServer();
const origin = givenOrigin ?? server!.origin;
const browser = await launchChromium();

const shots: { name: string; path: string; width?: number; height?: number; ready: string; act?: (page: import('playwright-core').Page) => Promise<void> }[] = [
  { name: 'home', path: '/', ready: '.goal-grid a' },
  { name: 'goal-3', path: '/goals/3', ready: '.indicator-row' },
  { name: 'indicator-3.2.1', path: '/indicators/3.2.1', ready: '.indicator-chart svg',
    act: async (page) => { await page.getByLabel('Sex', { exact: true }).selectOption('*'); await page.waitForTimeout(600); } },
  { name: 'indicator-3.2.1-table', path: '/indicators/3.2.1', ready: '.indicator-chart svg',
    act: async (page) => { await page.getByRole('tab', { name: 'Table' }).click(); } },
  { name: 'indicator-8.10.2-districts', path: '/indicators/8.10.2?series=FIN_ACCOUNT_15PLUS', ready: '.indicator-chart svg' },
  { name: 'indicator-no-data', path: '/indicators/16.1.2', ready: '#no-data-heading' },
  { name: 'indicator-5.b.1-single-year', path: '/indicators/5.b.1', ready: '.indicator-chart svg' },
  { name: 'indicator-5.b.1-districts', path: '/indicators/5.b.1?series=MOBILE_PHONE_15PLUS&area=BD-13', ready: '.indicator-chart svg' },
  { name: 'not-found', path: '/goals/abc', ready: '.page-message' },
  { name: 'goal-3-bn', path: '/goals/3?lang=bn', ready: '.indicator-row' },
  { name: 'indicator-3.2.1-bn', path: '/indicators/3.2.1?lang=bn&view=table', ready: '.indicator-data table' },
  { name: 'home-ru', path: '/?lang=ru', ready: '.goal-grid a' },
  { name: 'goal-8-zh', path: '/goals/8?lang=zh-Hans', ready: '.indicator-row' },
  { name: 'indicator-3.2.1-ne', path: '/indicators/3.2.1?lang=ne', ready: '.indicator-chart svg' },
  { name: 'language-menu', path: '/', ready: '.goal-grid a',
    act: async (page) => { await page.locator('.language-switcher__button').focus(); await page.keyboard.press('ArrowDown'); await page.keyboard.press('ArrowDown'); } },
  { name: 'home-ar', path: '/?lang=ar', ready: '.goal-grid a' },
  { name: 'home-bn', path: '/?lang=bn', ready: '.goal-grid a' },
  { name: 'indicator-3.2.1-ar', path: '/indicators/3.2.1?lang=ar&SEX=*', ready: '.indicator-chart svg' },
  { name: 'goal-5-fr', path: '/goals/5?lang=fr', ready: '.indicator-row' },
  { name: 'indicator-3.2.1-phone', path: '/indicators/3.2.1', ready: '.indicator-chart svg', width: 390, height: 844 },
  { name: 'home-phone', path: '/', ready: '.goal-grid a', width: 390, height: 844 },
  { name: 'goal-3-phone', path: '/goals/3', ready: '.indicator-row', width: 390, height: 844 },
  { name: 'metadata-phone', path: '/indicators/3.2.1', ready: '.indicator-chart svg', width: 390, height: 844,
    act: async (page) => { await page.locator('.metadata .table-scroll').focus(); } },
  { name: 'focus-visible', path: '/goals/3', ready: '.indicator-row',
    act: async (page) => { for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); } },
  { name: 'skip-link', path: '/', ready: '.goal-grid a', act: async (page) => { await page.keyboard.press('Tab'); } },
];

for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.width ?? 1280, height: shot.height ?? 900 } });
  page.on('pageerror', (e) => console.error(`${shot.name}: ${e.message}`));
  await page.goto(`${origin}${shot.path}`);
  await page.locator(shot.ready).first().waitFor({ timeout: 20_000 });
  await shot.act?.(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(folder, `${shot.name}.png`), fullPage: true });
  await page.screenshot({ path: join(folder, `${shot.name}-top.png`) });
  console.log(`${shot.name}.png`);
  await page.close();
}
await browser.close();
await server?.close();
