// Screenshots of the release bundle at phone and desktop widths, for looking
// at what readers see. Usage: node scripts/screenshots.mjs [url] [out-dir]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const url = process.argv[2] ?? 'http://127.0.0.1:8091/';
const out = process.argv[3] ?? '.shots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const width of [360, 768, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(url);
    await page.waitForSelector('.ptx-app .ptx-card');
    await page.screenshot({ path: `${out}/first-${width}-${scheme}.png`, fullPage: true });
    // A dense card with an open citation and an expanded disagreement.
    await page.locator('[role=slider]').focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await page.locator('.ptx-app .ptx-disagree-toggle').first().click();
    await page.locator('.ptx-app .ptx-cite').first().click();
    await page.screenshot({ path: `${out}/open-${width}-${scheme}.png`, fullPage: true });
    await page.close();
  }
}
// Outside reporting, the parties' claims and who is speaking, at phone and desktop widths.
for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    const card = page.locator('.ptx-app .ptx-card');
    await page.goto(new URL('#card=tajikistan-leg', url).href);
    await card.waitFor();
    await page.locator('.ptx-app .ptx-card-meta details.ptx-outside-mark summary').first().click();
    await card.screenshot({ path: `${out}/outside-date-${width}-${scheme}.png` });
    await page.goto(new URL('#card=de-escalation-may-10', url).href);
    await page.reload();
    await card.waitFor();
    for (const toggle of await page.getByRole('button', { name: 'Each side claims' }).all()) await toggle.click();
    await card.screenshot({ path: `${out}/each-side-claims-${width}-${scheme}.png` });
    await page.locator('.ptx-app .ptx-sources > summary').click();
    await page.locator('.ptx-app .ptx-source').nth(2).screenshot({ path: `${out}/source-card-${width}-${scheme}.png` });
    await page.close();
  }
}
await browser.close();
