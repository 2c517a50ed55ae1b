import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { OUTPUT_DIR } from './console-stack';

export const SCREENSHOTS = join(OUTPUT_DIR, 'screenshots');

/** Text of a missing translation, as the console shows it (`⟦key⟧`, see apps/console/src/i18n/translate.ts). */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return [...text.matchAll(/⟦([^⟧]+)⟧/g)].map((m) => m[1]);
}

/** Violations of impact "serious" or "critical" (WCAG 2 A/AA rules), as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

export interface PageCheck {
  name: string;
  untranslated: string[];
  violations: string[];
}

/** Screenshot, untranslated keys and the accessibility scan of the page as it is now. */
export async function checkPage(page: Page, language: string, name: string): Promise<PageCheck> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // No spinner left and no animation half-way.
  await page.waitForLoadState('networkidle');
  // Every page has its title as a heading (the login page's h1, an area's h2).
  await page.locator('h1, h2').first().waitFor();
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  // A button the test just clicked is still hovered (a lighter shade for a moment): not what the page shows.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, `${language}-${name}.png`), fullPage: true });
  return { name, untranslated: await untranslatedKeys(page), violations: await seriousViolations(page) };
}
