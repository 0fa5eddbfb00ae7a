// The release bundle under the strict Content-Security-Policy we promise
// (tests/e2e/server.mjs sends it for ?csp=strict), used in earnest.
import { test, expect } from '@playwright/test';

test('zero CSP violations under the strict policy, with every feature used', async ({ page }) => {
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const response = await page.goto('./?csp=strict#card=istanbul-meeting');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Sharif meets Erdogan in Istanbul');
  // Markers and the handle are placed (through the CSSOM, which CSP allows).
  const left = await page.locator('.ptx-app .ptx-handle').evaluate((el) => el.style.insetInlineStart);
  expect(left).toMatch(/%$/);
  await page.getByRole('button', { name: 'Sources disagree' }).click();
  await page.getByRole('button', { name: /^Source: The Jerusalem Post/ }).first().click();
  await page.locator('.ptx-app .ptx-filters summary').click();
  await page.getByRole('checkbox', { name: 'Iran' }).check();
  await page.locator('.ptx-app .ptx-share summary').click();
  await page.getByRole('slider').focus();
  await page.keyboard.press('End');
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText('Last stop: Tajikistan');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
