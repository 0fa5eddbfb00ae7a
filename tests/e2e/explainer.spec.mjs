// The release bundle, driven as a reader would: mouse, keyboard and touch.
import { test, expect } from '@playwright/test';
import { recordPositions, recordedPositions } from './support/positions.mjs';

const card = (page) => page.locator('.ptx-app .ptx-card');
const title = (page) => page.locator('.ptx-app .ptx-card-title');
const slider = (page) => page.getByRole('slider', { name: 'Timeline' });

// A throw inside the listener would not fail the test: collect, then assert.
let errors = [];

test.beforeEach(async ({ page }) => {
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(card(page)).toBeVisible();
});

test.afterEach(() => {
  expect(errors).toEqual([]);
});

test('first card is visible with title, position and sources', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Pakistan, Turkey and Azerbaijan/);
  await expect(title(page)).toHaveText('Pakistan is born, and a friendship with Turkey begins');
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('1 of 30');
  await expect(page.locator('.ptx-app .ptx-card-sources li')).toHaveText([/GSDN/]);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1947: Pakistan is born, and a friendship with Turkey begins');
});

test('dragging the scrubber with the mouse moves through events live', async ({ page }) => {
  const box = await page.locator('.ptx-app .ptx-track').boundingBox();
  const y = box.y + box.height / 2;
  // Every position the widget shows during the drag, recorded in the page, so
  // the count does not depend on rendering keeping pace with the test.
  await recordPositions(page);
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) await page.mouse.move(box.x + (box.width * step) / 20, y);
  await page.mouse.up();
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('30 of 30');
  await expect(title(page)).toHaveText('Last stop: Tajikistan');
  const positions = (await recordedPositions(page)).map((p) => Number.parseInt(p, 10));
  // The card followed the drag, not just its end, and only ever forward.
  expect(positions.length).toBeGreaterThan(8);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  await expect(slider(page)).toBeFocused();
});

test('clicking on a marker jumps to that event', async ({ page }) => {
  // Markers are one SVG path, "M<x> 2V8" per event, x in a 2000-unit box.
  const xs = await page.locator('.ptx-app .ptx-markers path').evaluate((p) =>
    [...p.getAttribute('d').matchAll(/M(\d+) /g)].map((m) => Number(m[1])));
  expect(xs).toHaveLength(30);
  const svg = await page.locator('.ptx-app .ptx-markers').boundingBox();
  await page.mouse.click(svg.x + (xs[9] / 2000) * svg.width, svg.y + svg.height / 2);
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('10 of 30');
  await expect(title(page)).toHaveText('Erdogan makes a state visit to Pakistan');
});

test('keyboard steps through events, eras and ends', async ({ page }) => {
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('3 of 30');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '3');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.ptx-app .ptx-era-now')).toContainText('After the Soviet Union');
  await page.keyboard.press('End');
  await expect(title(page)).toHaveText('Last stop: Tajikistan');
  await page.keyboard.press('PageUp');
  // From the tour, PageUp goes to the first event of the India–Pakistan clash.
  await expect(title(page)).toHaveText('India launches Operation Sindoor');
  await page.keyboard.press('Home');
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('1 of 30');
  // Arrow keys on the page outside the widget do not scroll the timeline.
  await page.locator('.ptx-app .ptx-title').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('1 of 30');
});

test('a citation reveals its source and Escape closes it', async ({ page }) => {
  const cite = page.getByRole('button', { name: 'Source: GSDN (Global Strategic and Defence News), date unknown' }).first();
  await cite.click();
  const popover = page.locator('.ptx-app .ptx-popover');
  await expect(popover).toContainText('GSDN (Global Strategic and Defence News)');
  await expect(popover).toContainText('Headline unknown');
  await expect(popover.locator('blockquote.ptx-passage')).toHaveText(
    'The friendship between Turkey and Pakistan began soon after Pakistan became independent in 1947.');
  const link = popover.getByRole('link');
  await expect(link).toHaveAttribute('href', /^https:\/\/gsdn\.live\/\?p=2871#:~:text=The%20friendship%20between%20Turkey,/);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
});

test('every citation on a card links to its passage in context, by a text fragment of the passage shown', async ({ page }) => {
  await page.goto('./#card=istanbul-meeting');
  await expect(title(page)).toHaveText('Sharif meets Erdogan in Istanbul');
  await page.getByRole('button', { name: 'Sources disagree' }).click();
  const cites = page.locator('.ptx-app .ptx-card .ptx-cite');
  const count = await cites.count();
  expect(count).toBeGreaterThan(10);
  let long = 0;
  for (let i = 0; i < count; i++) {
    await cites.nth(i).click();
    const popover = page.locator('.ptx-app .ptx-popover');
    await expect(popover).toHaveCount(1);
    const passage = await popover.locator('blockquote.ptx-passage').evaluate((q) => q.querySelector('p').textContent);
    expect(passage.split(/\s+/).length).toBeLessThanOrEqual(60);
    const link = popover.getByRole('link', { name: /^Read in context/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const href = await link.getAttribute('href');
    const [address, directive] = href.split('#:~:text=');
    expect(address).toBe(await popover.locator('blockquote').getAttribute('cite'));
    // The directive's own syntax never appears raw inside a term.
    expect(directive).not.toMatch(/[\s&-]/);
    const terms = directive.split(',').map(decodeURIComponent);
    expect(terms.length === 1 || terms.length === 2).toBe(true);
    if (terms.length === 2) long += 1;
    const words = passage.split(/\s+/).join(' ');
    for (const term of terms) expect(words, `${href} in "${passage}"`).toContain(term);
    if (terms.length === 2) {
      expect(words.startsWith(terms[0])).toBe(true);
      expect(words.endsWith(terms[1])).toBe(true);
    } else {
      expect(terms[0]).toBe(words);
    }
    await cites.nth(i).click(); // closes it again
  }
  expect(long, 'some passages use the start,end form').toBeGreaterThan(0);
});

test('a claim names the outlets that support it on its citations, once each', async ({ page }) => {
  await page.goto('./#card=istanbul-meeting');
  const claims = page.locator('.ptx-app .ptx-claim > .ptx-claim-text');
  await expect(claims.first()).toBeVisible();
  const named = await claims.evaluateAll((ps) => ps.map((p) => [...p.querySelectorAll('.ptx-cite')].map((b) => b.textContent)));
  for (const names of named) {
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  }
  expect(named).toContainEqual(['The Jerusalem Post']);
  expect(named.some((n) => n.length > 1)).toBe(true);
});

test('the sources panel lists every passage quoted from each source, with the card it backs', async ({ page }) => {
  await page.locator('.ptx-app .ptx-sources > summary').click();
  const jpost = page.locator('.ptx-app .ptx-source').filter({ hasText: 'The Jerusalem Post' });
  const summary = jpost.locator('.ptx-source-passages > summary');
  await expect(summary).toHaveText('Passages quoted (35)');
  await summary.click();
  const items = jpost.locator('.ptx-passage-list > li');
  await expect(items).toHaveCount(35);
  await expect(items.first().locator('.ptx-passage-for')).toHaveText('Cited for: Helicopters, drones and joint drills (Undated; shown at 2018, the year of the helicopter order)');
});

test('a disagreement expands to show each version with its sources', async ({ page }) => {
  await slider(page).focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(title(page)).toHaveText('Sharif meets Erdogan in Istanbul');
  const toggle = page.getByRole('button', { name: 'Sources disagree' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const versions = page.locator('.ptx-app .ptx-version');
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(2)).toContainText('In Ankara.');
  await expect(versions.nth(2).getByRole('button', { name: /^Source: Radio Dalsan, 26 May 2025$/ })).toBeVisible();
  await expect(page.locator('.ptx-app .ptx-note').first()).toContainText('TRT Afrika');
});

test('swiping the card on touch moves to the next and previous card', async ({ page }) => {
  const box = await card(page).boundingBox();
  const swipe = async (fromX, toX) => {
    const y = box.y + 80;
    await card(page).dispatchEvent('pointerdown', { pointerType: 'touch', clientX: fromX, clientY: y, button: 0, isPrimary: true });
    await card(page).dispatchEvent('pointerup', { pointerType: 'touch', clientX: toX, clientY: y + 5, button: 0, isPrimary: true });
  };
  await swipe(box.x + box.width - 20, box.x + 20);
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('2 of 30');
  await swipe(box.x + 20, box.x + box.width - 20);
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('1 of 30');
  // A short or vertical move is not a swipe.
  await swipe(box.x + 100, box.x + 90);
  await expect(page.locator('.ptx-app .ptx-position')).toHaveText('1 of 30');
});

test('the sources panel lists every source with its address and framing', async ({ page }) => {
  await page.locator('.ptx-app .ptx-sources > summary').click();
  const items = page.locator('.ptx-app .ptx-source');
  await expect(items).toHaveCount(5);
  await expect(items.nth(4)).toContainText('Headline unknown');
  await expect(items.nth(4)).toContainText('Drishti Gupta');
  await expect(items.nth(2)).toContainText('Author unknown');
  await expect(items.nth(2)).toContainText('Framing:');
  for (const link of await page.locator('.ptx-app .ptx-source a').all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
  }
});

test('nothing is requested from anywhere but the page origin', async ({ page, baseURL }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  await expect(card(page)).toBeVisible();
  await slider(page).focus();
  await page.keyboard.press('End');
  expect(requests.length).toBeGreaterThan(2);
  for (const url of requests) expect(url.startsWith(baseURL)).toBe(true);
  expect(await page.context().cookies()).toEqual([]);
});
