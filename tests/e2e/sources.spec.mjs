// Sources readers can recognise (design review 1, §4 and §7 item 4): one
// label per source everywhere, versions that lead with who says them, the
// dispute before the note that settles it, and citation targets a thumb can hit.
import { test, expect } from '@playwright/test';

const PHONE = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const app = (page) => page.locator('.ptx-app');
async function expandAll(page) {
  const folded = app(page).locator('.ptx-disagree-toggle[aria-expanded=false]');
  while (await folded.count()) await folded.first().click();
}

test('a source carries the same label on every card, in the card lists and the sources panel, and no number', async ({ page }) => {
  await page.goto('./');
  await expect(app(page).locator('.ptx-card')).toBeVisible();
  const slider = app(page).getByRole('slider');
  const total = Number(await slider.getAttribute('aria-valuemax'));
  // Publisher (from the accessible name) → every label it was shown under.
  const labels = new Map();
  for (let card = 1; card <= total; card++) {
    await expandAll(page);
    const seen = await app(page).locator('.ptx-card').evaluate((c) => ({
      cites: [...c.querySelectorAll('.ptx-cite')].map((b) => [b.getAttribute('aria-label'), b.textContent]),
      listed: [...c.querySelectorAll('.ptx-card-sources li')].map((li) => li.textContent),
    }));
    for (const [name, text] of seen.cites) {
      const publisher = name.replace(/^Source: /, '').replace(/, [^,]*$/, '');
      if (!labels.has(publisher)) labels.set(publisher, new Set());
      labels.get(publisher).add(text);
      expect(name, 'the accessible name contains the visible label').toContain(text);
    }
    for (const item of seen.listed) {
      expect([...labels.values()].some((l) => item.startsWith([...l][0])), item).toBe(true);
    }
    if (card < total) await slider.press('ArrowRight');
  }
  expect(labels.size).toBe(5);
  for (const [publisher, shown] of labels) {
    expect([...shown], publisher).toHaveLength(1);
    expect([...shown][0]).not.toMatch(/^\d+$/);
  }
  expect(Object.fromEntries([...labels].map(([p, l]) => [p, [...l][0]]))['GSDN (Global Strategic and Defence News)']).toBe('GSDN');
  // The panel names the same outlets, unnumbered.
  await app(page).locator('.ptx-sources > summary').click();
  const panel = app(page).locator('.ptx-source-list');
  await expect(panel).toHaveCSS('list-style-type', 'none');
  const names = await panel.locator('.ptx-source-publisher').allTextContents();
  expect(names.sort()).toEqual([...labels.keys()].sort());
  await expect(app(page).locator('.ptx-card-sources ul, .ptx-card-sources ol')).toHaveCSS('list-style-type', 'none');
});

test('each version of a disputed claim leads with the outlet that tells it', async ({ page }) => {
  await page.goto('./#card=istanbul-meeting');
  await expandAll(page);
  const versions = await app(page).locator('.ptx-version > p').evaluateAll((ps) =>
    ps.map((p) => ({ first: p.firstElementChild?.className, text: p.textContent, lead: p.querySelector('.ptx-cite')?.textContent })));
  const cited = versions.filter((v) => v.lead);
  expect(cited.length).toBeGreaterThan(2);
  for (const v of cited) {
    expect(v.first, v.text).toBe('ptx-cites');
    expect(v.text.startsWith(v.lead), v.text).toBe(true);
  }
  expect(versions.map((v) => v.text)).toContainEqual(expect.stringMatching(/^Radio Dalsan\s+In Ankara/));
});

test('the dispute reads before the note that settles it', async ({ page }) => {
  await page.goto('./#card=istanbul-meeting');
  const disputed = app(page).locator('.ptx-claim').filter({ has: page.locator('.ptx-disagree-toggle') });
  await expect(disputed).toHaveCount(2);
  // Folded: no verdict shows before the versions do.
  await expect(disputed.locator('.ptx-note')).toHaveCount(0);
  await expandAll(page);
  const order = await disputed.evaluateAll((claims) => claims.map((claim) => {
    const versions = [...claim.querySelectorAll('.ptx-version')];
    const notes = [...claim.querySelectorAll('.ptx-note')];
    return {
      notes: notes.length,
      after: notes.every((n) => versions.every((v) => v.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)),
    };
  }));
  expect(order.reduce((n, c) => n + c.notes, 0)).toBeGreaterThan(0);
  for (const claim of order) expect(claim.after).toBe(true);
});

test('on a touch screen every citation is at least 32 px with 8 px between neighbours', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('./#card=istanbul-meeting');
  await expandAll(page);
  const boxes = await app(page).locator('.ptx-card .ptx-cites').evaluateAll((groups) =>
    groups.map((g) => [...g.querySelectorAll('.ptx-cite')].map((b) => b.getBoundingClientRect().toJSON())));
  expect(boxes.flat().length).toBeGreaterThan(10);
  for (const group of boxes) {
    for (const [i, b] of group.entries()) {
      expect(b.height).toBeGreaterThanOrEqual(32);
      expect(b.width).toBeGreaterThanOrEqual(32);
      const next = group[i + 1];
      if (next && Math.abs(next.top - b.top) < 1) expect(next.left - b.right).toBeGreaterThanOrEqual(8);
    }
  }
  await context.close();
});
