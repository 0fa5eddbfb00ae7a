// Cards that read well (design review 1, §2 and §7 item 7): our summary and
// the sources' claims visibly apart, country labels that do not pose as
// buttons, lines of about 75 characters at most with and without JavaScript,
// and no newsroom wording reaching readers.
import { test, expect } from '@playwright/test';

const DESKTOP = { width: 1280, height: 800 };

/** The longest line, in characters, of each element `selector` matches. */
function longestLines(selector) {
  return [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length).map((el) => {
    const lines = new Map();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent.matchAll(/\S+\s*/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const top = Math.round(rect.top / 4);
        lines.set(top, (lines.get(top) ?? 0) + m[0].length);
      }
    }
    return Math.max(0, ...lines.values());
  });
}

test('the summary and the claims are set apart: a visible heading and a different face', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('./#card=istanbul-meeting');
  const card = page.locator('.ptx-app .ptx-card');
  await expect(card.getByRole('heading', { name: 'What the sources say' })).toBeVisible();
  const face = (sel) => card.locator(sel).first().evaluate((el) => getComputedStyle(el).fontFamily);
  const body = await face('.ptx-body');
  const claim = await face('.ptx-claim-text');
  expect(body).toMatch(/Georgia/);
  expect(claim).not.toBe(body);
  expect(claim).toMatch(/system-ui/);
});

test('country labels on a card do not look like buttons', async ({ page }) => {
  await page.goto('./#card=istanbul-meeting');
  const chip = page.locator('.ptx-app .ptx-card .ptx-actor').first();
  await expect(chip).toBeVisible();
  const style = await chip.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopWidth, background: s.backgroundColor, radius: s.borderTopLeftRadius, cursor: s.cursor };
  });
  expect(style).toEqual({ border: '0px', background: 'rgba(0, 0, 0, 0)', radius: '0px', cursor: 'auto' });
});

for (const javaScriptEnabled of [true, false]) {
  test(`lines stay at about 75 characters at most on a desktop, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: DESKTOP, javaScriptEnabled });
    await page.goto('./#card=istanbul-meeting');
    const scope = javaScriptEnabled ? '.ptx-app' : '.ptx-static';
    await expect(page.locator(`${scope} .ptx-card .ptx-body`).first()).toBeVisible();
    const widths = await page.evaluate(longestLines, `${scope} .ptx-card .ptx-body, ${scope} .ptx-card .ptx-claim-text`);
    expect(widths.length).toBeGreaterThan(3);
    // Some body runs over several lines, so a cap is really measured.
    expect(Math.max(...widths)).toBeGreaterThan(50);
    for (const w of widths) expect(w).toBeLessThanOrEqual(80);
    await page.close();
  });
}

test('no newsroom wording reaches readers on any card or in the sources panel', async ({ page }) => {
  await page.goto('./');
  const app = page.locator('.ptx-app');
  const slider = app.getByRole('slider');
  await app.locator('.ptx-sources > summary').click();
  const texts = [];
  for (let card = 1; card <= 30; card++) {
    const folded = app.locator('.ptx-disagree-toggle[aria-expanded=false]');
    while (await folded.count()) await folded.first().click();
    texts.push(await app.innerText());
    if (card < 30) await slider.press('ArrowRight');
  }
  const all = texts.join('\n');
  expect(all).toContain('Regarding: Radio Dalsan');
  for (const jargon of [/\bseed\b/i, /research file/i, /\bConcerns:/]) expect(all).not.toMatch(jargon);
});
