import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { BROWSER_SKIP, browserSuite } from '../support/browser-suite.ts';

/**
 * The public pages, each with what shows it is drawn. Nothing is excluded from the checks: the charts are SVG
 * (ECharts' SVG renderer) inside a container with role="img" and a described name, so axe reads them as images.
 */
const PAGES: { path: string; ready: string }[] = [
  { path: '/', ready: '.goal-grid a' },
  // goal 1 carries white words with the least contrast to spare (4.52:1), goal 7 dark words on yellow
  { path: '/goals/1', ready: '.indicator-row' },
  { path: '/goals/3', ready: '.indicator-row' },
  { path: '/goals/7', ready: '.indicator-row' },
  { path: '/indicators/3.2.1', ready: '.indicator-chart[aria-label] svg' },
  { path: '/progress', ready: '[data-testid="goal-table"] tbody tr' },
  { path: '/availability', ready: '[data-testid="availability-summary"]' },
  { path: '/ranking', ready: '.scorecard table tbody tr' },
  { path: '/areas', ready: '.gaps-list > li' },
  { path: '/gaps', ready: '[data-testid="gaps-largest"] tbody tr' },
  { path: '/interlinkages', ready: 'main svg' },
];

const LANGUAGES = ['en', 'bn', 'ar'] as const;

/** `path` in `lang` (English is the site's default and carries no `lang`). */
function localised(path: string, lang: string): string {
  return lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** Waits until the page's own content and every pending request are done. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

async function assertNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${where} breaks WCAG 2.1 A/AA rules:\n${describeViolations(violations)}`);
}

describe('Public pages against WCAG 2.1 A and AA (axe-core 4.11.1) in Chromium over the bundled Bangladesh data', { skip: BROWSER_SKIP, timeout: 900_000 }, () => {
  const site = browserSuite();

  for (const lang of LANGUAGES) {
    for (const { path, ready } of PAGES) {
      it(`${localised(path, lang)} breaks no WCAG 2.1 A/AA rule`, async () => {
        const page = await site.newPage();
        await page.goto(`${site.origin}${localised(path, lang)}`);
        await settle(page, ready);
        await assertNoViolations(page, localised(path, lang));
        await page.context().close();
      });
    }
  }

  for (const lang of LANGUAGES) {
    it(`/indicators/3.2.1 in ${lang}: the chart, then the Table tab, each break no WCAG 2.1 A/AA rule`, async () => {
      const page = await site.newPage();
      await page.goto(`${site.origin}${localised('/indicators/3.2.1', lang)}`);
      await settle(page, '.indicator-chart[aria-label] svg');
      await assertNoViolations(page, `chart view (${lang})`);
      await page.getByRole('tab').nth(1).click();
      await page.locator('.indicator-data [role="tabpanel"]:not([hidden]) table tbody tr').first().waitFor();
      await assertNoViolations(page, `table view (${lang})`);
      await page.context().close();
    });
  }

  it('/indicators/5.b.1 by district: the Map tab and its year slider break no WCAG 2.1 A/AA rule', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/indicators/5.b.1?series=MOBILE_PHONE_15PLUS`);
    await settle(page, '.indicator-chart[aria-label] svg');
    await page.getByRole('tab', { name: 'Map' }).click();
    await settle(page, '.choropleth[aria-label] svg');
    await assertNoViolations(page, 'map view');
    await page.context().close();
  });

  it('the open language menu breaks no WCAG 2.1 A/AA rule', async () => {
    const page = await site.newPage();
    await page.goto(site.origin);
    await settle(page, '.goal-grid a');
    await page.locator('.language-switcher__button').click();
    await page.locator('.language-switcher__list button').first().waitFor();
    await assertNoViolations(page, 'home with the language menu open');
    await page.context().close();
  });

  for (const lang of LANGUAGES) {
    it(`on a 390 px phone, home and /indicators/3.2.1 in ${lang} break no WCAG 2.1 A/AA rule`, async () => {
      const page = await site.newPage({ width: 390, height: 844 });
      await page.goto(`${site.origin}${localised('/', lang)}`);
      await settle(page, '.goal-grid a');
      await assertNoViolations(page, `home at 390 px (${lang})`);
      await page.goto(`${site.origin}${localised('/indicators/3.2.1', lang)}`);
      await settle(page, '.indicator-chart[aria-label] svg');
      await assertNoViolations(page, `indicator 3.2.1 at 390 px (${lang})`);
      await page.context().close();
    });
  }

  for (const { path, ready, presses } of [{ path: '/', ready: '.goal-grid a', presses: 14 }, { path: '/indicators/3.2.1', ready: '.indicator-chart[aria-label] svg', presses: 45 }]) {
    it(`every control reached by Tab on ${path} shows a visible focus ring (WCAG 2.4.7)`, async () => {
      const page = await site.newPage();
      await page.goto(`${site.origin}${path}`);
      await settle(page, ready);
      const reached = new Set<string>();
      const unringed: string[] = [];
      for (let i = 0; i < presses; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return { name: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`,
            ringed: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none' };
        });
        if (!focus) continue;
        reached.add(focus.name);
        if (!focus.ringed) unringed.push(focus.name);
      }
      assert.ok(reached.size >= Math.min(10, presses - 4), `${reached.size} controls reached`);
      assert.deepEqual(unringed, []);
      await page.context().close();
    });
  }
});
