// The widget in Turkish, Urdu and Azerbaijani: each language's bundle in its
// folder (dist/tr/, dist/ur/, dist/az/; scripts/build-languages.sh), its
// page and its no-JS page, lang and dir on the right elements, the mirrored
// Urdu timeline (and the embed setting that keeps it left to right), the
// keyboard, axe, narrow screens, deep links, and how an embed picks its
// language. Expected texts come from the translated story files themselves.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const story = (lang) => JSON.parse(readFileSync(new URL(`../../static/story.${lang}.json`, import.meta.url)));
const LANGS = { tr: 'ltr', ur: 'rtl', az: 'ltr' };
const DAY = { tr: '25 Mayıs 2025', ur: '25 مئی 2025', az: '25 may 2025' };

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const headline = (lang, id) => story(lang).events.find((e) => e.id === id).headline;

for (const [lang, dir] of Object.entries(LANGS)) {
  test(`${lang}: the page speaks ${lang}, with lang and dir on the widget root only`, async ({ page }) => {
    await page.goto(`./${lang}/#card=istanbul-meeting`);
    const root = page.locator('.ptx-app > .ptx');
    await expect(root).toHaveAttribute('lang', lang);
    await expect(root).toHaveAttribute('dir', dir);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await page.locator('html').getAttribute('dir')).toBeNull();
    await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(headline(lang, 'istanbul-meeting'));
    await expect(page.locator('.ptx-app .ptx-card-meta time')).toHaveText(DAY[lang]);
    await expect(page.locator('.ptx-app .ptx-title')).toHaveText(story(lang).meta.title);
    // The switcher: a real link per language, this one marked.
    const current = page.locator('.ptx-languages a[aria-current="page"]');
    await expect(current).toHaveAttribute('lang', lang);
    await expect(page.locator('.ptx-languages a')).toHaveCount(4);
    await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(5);
    // What search results and link previews show: the story in this language.
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', story(lang).meta.standfirst);
    await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', story(lang).meta.title);
    await expect(page.locator('head meta[property="og:description"]')).toHaveAttribute('content', story(lang).meta.standfirst);
  });

  test(`${lang}: the keyboard steps in the direction the reader sees`, async ({ page }) => {
    await page.goto(`./${lang}/#card=istanbul-meeting`);
    const handle = page.locator('.ptx-app .ptx-handle');
    await handle.focus();
    const now = Number(await handle.getAttribute('aria-valuenow'));
    // Towards later events is left on a mirrored (right-to-left) axis.
    const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.press(later);
    await expect(handle).toHaveAttribute('aria-valuenow', String(now + 1));
    await page.keyboard.press(earlier);
    await page.keyboard.press(earlier);
    await expect(handle).toHaveAttribute('aria-valuenow', String(now - 1));
    // The last event sits at the axis's end: the left on a mirrored axis.
    await page.keyboard.press('End');
    const track = await page.locator('.ptx-app .ptx-track').boundingBox();
    const knob = await handle.boundingBox();
    const atLeft = knob.x + knob.width / 2 < track.x + track.width / 2;
    expect(atLeft).toBe(dir === 'rtl');
  });

  test(`${lang}: a deep link survives a step and a reload`, async ({ page }) => {
    await page.goto(`./${lang}/#card=lachin-summit`);
    await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(headline(lang, 'lachin-summit'));
    await page.locator('.ptx-app .ptx-nav .ptx-step').last().click();
    await expect(page).not.toHaveURL(/card=lachin-summit/);
    const moved = new URL(page.url());
    expect(moved.pathname).toMatch(new RegExp(`/${lang}/$`));
    const id = moved.hash.match(/card=([a-z0-9-]+)/)[1];
    await page.reload();
    await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(headline(lang, id));
  });

  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${lang}: axe finds no violations at ${width}px, ${colorScheme}`, async ({ browser }) => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`./${lang}/#card=khamenei-meeting`);
        await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(headline(lang, 'khamenei-meeting'));
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('.ptx-app .ptx-cite').first().click();
        await page.locator('.ptx-app .ptx-original summary').first().click();
        await page.locator('.ptx-app .ptx-sources > summary').click();
        await expect(page.locator('.ptx-app .ptx-popover')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  test(`${lang}: no horizontal scrolling at 320px`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`./${lang}/#card=istanbul-meeting`);
    await page.locator('.ptx-app .ptx-cite').first().click();
    await page.locator('.ptx-app .ptx-sources > summary').click();
    await expect(page.locator('.ptx-app .ptx-popover')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test(`${lang}: without JavaScript the whole story is there in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`./${lang}/`);
    const article = page.locator('.ptx-static > article');
    await expect(article).toHaveAttribute('lang', lang);
    await expect(article).toHaveAttribute('dir', dir);
    await expect(page.locator('.ptx-static .ptx-card')).toHaveCount(30);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story(lang).meta.title);
    await expect(page.locator('#ptx-card-istanbul-meeting time')).toHaveText(DAY[lang]);
    await expect(page).toHaveTitle(new RegExp(story(lang).meta.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await context.close();
  });
}

test('ur: a translated quotation is marked as ours, with the English one click away', async ({ page }) => {
  await page.goto('./ur/#card=khamenei-meeting');
  const english = JSON.parse(readFileSync(new URL('../../static/story.json', import.meta.url)));
  const claim = english.events.find((e) => e.id === 'khamenei-meeting').claims.find((c) => c.quote);
  const original = page.locator('.ptx-app .ptx-original').first();
  await expect(original.locator('summary')).toHaveText('ہمارا ترجمہ · اصل انگریزی متن دکھائیں');
  await expect(original.locator('p')).toBeHidden();
  await original.locator('summary').click();
  await expect(original.locator('p[lang="en"][dir="ltr"] q')).toHaveText(claim.quote.text);
});

test('ur: English headlines keep their punctuation, the route and sentences read as Urdu, map labels stay in the frame, headings have Nastaliq room', async ({ page }) => {
  await page.goto('./ur/#card=istanbul-meeting');
  // A source's own English headline is one bidi island in the Urdu line
  // (first-strong isolate … pop), in the widget and in the no-JS page alike.
  const english = JSON.parse(readFileSync(new URL('../../static/story.json', import.meta.url)));
  const quoted = english.sources.find((s) => s.headline && /[?”"]$/.test(s.headline));
  const isolated = `\u2068${quoted.headline}\u2069`;
  const texts = await page.locator('.ptx-app .ptx-card-sources li, .ptx-app .ptx-source-headline').allTextContents();
  expect(texts.some((t) => t.includes(isolated))).toBe(true);
  expect(await page.locator('[data-ptx-static]').textContent()).toContain(isolated);
  // Labels run from their pin across the map as in English, never out of it
  // (Istanbul, on the left edge, ran out to the left).
  const frame = await page.locator('.ptx-app .ptx-map svg').boundingBox();
  for (const label of await page.locator('.ptx-app .ptx-map .ptx-pin text').all()) {
    const box = await label.boundingBox();
    expect(box.x, await label.textContent()).toBeGreaterThanOrEqual(frame.x - 1);
    expect(box.x + box.width, await label.textContent()).toBeLessThanOrEqual(frame.x + frame.width + 1);
  }
  // The route runs the way Urdu reads, and Urdu's own punctuation ends and
  // separates (no Latin "." or ", " written into the widget's sentences).
  const caption = await page.locator('.ptx-app .ptx-map figcaption').textContent();
  expect(caption).toContain(' ← ');
  expect(caption).not.toContain('→');
  expect(caption).toMatch(/۔/);
  const sure = await page.locator('.ptx-app .ptx-source-id').first().textContent();
  expect(sure).toMatch(/^[^.]*، [^.]*، [^.]*، [^.]*۔ /);
  // A closed panel's disclosure arrow points the way Urdu runs (mirrored ▸).
  const arrow = await page.locator('.ptx-app .ptx-sources > summary').evaluate((el) => getComputedStyle(el, '::before').transform);
  expect(arrow).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  const ratio = await page.locator('.ptx-app .ptx-title').evaluate((el) => {
    const s = getComputedStyle(el);
    return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
  });
  expect(ratio).toBeGreaterThanOrEqual(1.7);
});

test('ur: an embed setting keeps the timeline left to right', async ({ page }) => {
  await page.goto('./ur/?timeline=ltr#card=istanbul-meeting');
  const handle = page.locator('.ptx-app .ptx-handle');
  await handle.focus();
  const now = Number(await handle.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(now + 1));
  await page.keyboard.press('End');
  const track = await page.locator('.ptx-app .ptx-track').boundingBox();
  const knob = await handle.boundingBox();
  expect(knob.x + knob.width / 2).toBeGreaterThan(track.x + track.width / 2);
  await expect(page.locator('.ptx-app > .ptx')).toHaveAttribute('dir', 'rtl');
});

test('ur: dragging follows the pointer on the mirrored axis', async ({ page }) => {
  await page.goto('./ur/#card=istanbul-meeting');
  const track = await page.locator('.ptx-app .ptx-track').boundingBox();
  const y = track.y + track.height / 2;
  await page.mouse.move(track.x + track.width - 2, y);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.locator('.ptx-app .ptx-handle')).toHaveAttribute('aria-valuenow', '1');
  await page.mouse.move(track.x + 2, y);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.locator('.ptx-app .ptx-handle')).toHaveAttribute('aria-valuenow', String(story('ur').events.length));
});

test('?lang= or #lang= on the English page opens that language, keeping the card', async ({ page }) => {
  await page.goto('./#lang=az&card=lachin-summit');
  await expect(page).toHaveURL(/\/az\/#card=lachin-summit$/);
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(headline('az', 'lachin-summit'));
  await page.goto('./?lang=tr#card=lachin-summit');
  await expect(page).toHaveURL(/\/tr\/#card=lachin-summit$/);
  await expect(page.locator('.ptx-app > .ptx')).toHaveAttribute('lang', 'tr');
});

test('a script embed takes the article\'s lang, or its data-lang', async ({ page }) => {
  await page.goto('/hosts/script-ur.html');
  const widgets = page.locator('.ptx-app > .ptx');
  await expect(widgets).toHaveCount(2);
  // One language per article: the first placeholder's decides.
  await expect(widgets.first()).toHaveAttribute('lang', 'ur');
  await expect(widgets.first()).toHaveAttribute('dir', 'rtl');
  // The article itself is left alone.
  await expect(page.locator('#after')).toHaveAttribute('dir', 'ltr');
});

test('the pseudo-locale (every string 40 % longer, accented) neither overflows nor clips at 320px', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto('./en-XA/#card=istanbul-meeting');
  await expect(page.locator('.ptx-app .ptx-kicker')).toHaveText(/^Éxplåîñéŕ ļ/);
  await page.locator('.ptx-app .ptx-cite').first().click();
  await page.locator('.ptx-app .ptx-filters summary').click();
  await page.locator('.ptx-app .ptx-sources > summary').click();
  await page.locator('.ptx-app .ptx-disagree-toggle').first().click();
  await expect(page.locator('.ptx-app .ptx-popover')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Text cut off inside a box that hides its overflow (screen-reader text
  // is hidden by design).
  const clipped = await page.evaluate(() => [...document.querySelectorAll('.ptx-app *')]
    .filter((el) => !el.closest('.ptx-sr'))
    .filter((el) => {
      const s = getComputedStyle(el);
      const hides = s.overflowX !== 'visible' || s.textOverflow === 'ellipsis';
      return hides && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim() !== '';
    })
    .map((el) => `${el.className || el.tagName}: ${el.textContent.trim().slice(0, 40)}`));
  expect(clipped).toEqual([]);
  await page.close();
});
