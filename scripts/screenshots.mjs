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
await browser.close();
