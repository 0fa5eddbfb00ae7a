// The newsroom studio (studio.html): paste a broken story, see its problems
// where they are, go to one, fix it and watch the preview follow; the work
// survives a reload; download; axe and keyboard-only use; and the time from
// a keystroke to an updated preview on the real story.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { editStory } from './support/edited-story.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const BUNDLED = readFileSync(new URL('../../static/story.json', import.meta.url), 'utf8');
const STORY = JSON.parse(BUNDLED);

const editor = (page) => page.getByRole('textbox', { name: 'Story file' });
const summary = (page) => page.locator('.studio-summary');
const previewCard = (page) => page.locator('.studio-frame .ptx-card-title');
const previewTitle = (page) => page.locator('.studio-frame .ptx-title');

// Each check bumps data-checks: wait for the next one rather than for time.
async function checks(page) {
  return Number(await page.locator('.studio').getAttribute('data-checks'));
}
async function nextCheck(page, before) {
  await expect.poll(() => checks(page)).toBeGreaterThan(before);
}

async function openStudio(page) {
  await page.goto('./studio.html');
  await expect(previewTitle(page)).toHaveText(STORY.meta.title);
  await expect(summary(page)).toHaveText('No problems, no warnings.');
}

/// Pastes `text` over the whole editor through the clipboard, as an editor would.
async function paste(page, text) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/// Line, column (1-based, in characters) and UTF-16 offset of `needle`'s nth occurrence.
function placeOf(text, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return { line, column, offset: at };
}

test('a pasted broken story: problems with line:column, go to one, fix it, the preview follows', async ({ page }) => {
  await openStudio(page);
  const event = STORY.events[3];
  const broken = structuredClone(STORY);
  broken.events[3].date = '19x5';
  broken.events[3].headline = 'A headline written in the studio';
  const brokenText = JSON.stringify(broken, null, 2);

  const before = await checks(page);
  await paste(page, brokenText);
  await nextCheck(page, before);

  await expect(summary(page)).toHaveText('1 problem(s), 0 warning(s).');
  await expect(page.locator('.studio-banner')).toHaveText(
    'The text has 1 problem(s): the preview shows the last version without problems.');
  // The key "date" of events[3]: the fourth "date" key after "events".
  const eventsAt = brokenText.indexOf('"events"');
  const datesBefore = brokenText.slice(0, eventsAt).split('"date":').length - 1;
  const place = placeOf(brokenText, '"date":', datesBefore + 3);
  const problem = page.locator('.studio-problem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText(`line ${place.line}:${place.column}`);
  await expect(problem).toContainText('events[3].date');

  // The preview still shows the story as it was, on the first card.
  await expect(previewCard(page)).toHaveText(STORY.events[0].headline);

  // Keyboard only: Tab to the problem, Enter.
  await problem.focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  expect(await editor(page).evaluate((t) => t.selectionStart)).toBe(place.offset);
  await expect(previewCard(page)).toHaveText(event.headline);

  // Fix the date where the cursor is: the preview redraws on the same card,
  // with the new headline.
  const fixed = brokenText.replace('"date": "19x5"', `"date": "${event.date}"`);
  const beforeFix = await checks(page);
  await paste(page, fixed);
  await nextCheck(page, beforeFix);
  await expect(summary(page)).toHaveText('No problems, no warnings.');
  await expect(page.locator('.studio-banner')).toHaveCount(0);
  await expect(previewCard(page)).toHaveText('A headline written in the studio');
});

test('warnings are listed with the story-check message and do not block the preview', async ({ page }) => {
  await openStudio(page);
  const warned = structuredClone(STORY);
  warned.meta.title = 'A title with a hidden \u202Eoverride';
  const before = await checks(page);
  await paste(page, JSON.stringify(warned, null, 2));
  await nextCheck(page, before);
  await expect(summary(page)).toHaveText('0 problem(s), 1 warning(s).');
  await expect(page.locator('.studio-warning code')).toHaveText('meta.title');
  await expect(page.locator('.studio-warning .studio-message')).toHaveText(
    'the text contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control, invisible when read: delete it unless it is meant to be there');
  await expect(previewTitle(page)).toHaveText(warned.meta.title);
  await expect(page.locator('.studio-banner')).toHaveCount(0);
});

test('the work survives a reload, asks before leaving unsaved, downloads, and discards', async ({ page }) => {
  await openStudio(page);
  await editor(page).focus();
  const titleAt = BUNDLED.indexOf(STORY.meta.title);
  await editor(page).evaluate((t, at) => t.setSelectionRange(at, at), titleAt);
  const before = await checks(page);
  const edited = BUNDLED.replace(STORY.meta.title, `Edited: ${STORY.meta.title}`);
  await page.keyboard.type('Edited: ');
  // The browser's own undo and redo, on typing.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editor(page).inputValue()).toBe(BUNDLED);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => editor(page).inputValue()).toBe(edited);
  await nextCheck(page, before);
  await expect(previewTitle(page)).toHaveText(`Edited: ${STORY.meta.title}`);
  await expect(page.locator('.studio-status')).toContainText('Unsaved changes');

  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.accept(); });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(previewTitle(page)).toHaveText(`Edited: ${STORY.meta.title}`);
  expect(await editor(page).inputValue()).toBe(edited);
  await expect(page.locator('.studio-status')).toContainText('Unsaved changes');

  // Ctrl+S downloads the text as it is, and it counts as saved.
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('ControlOrMeta+S')]);
  expect(download.suggestedFilename()).toBe('story.json');
  expect(readFileSync(await download.path(), 'utf8')).toBe(await editor(page).inputValue());
  await expect(page.locator('.studio-status')).not.toContainText('Unsaved changes');

  await page.getByRole('button', { name: 'Discard my changes' }).click();
  await expect.poll(() => editor(page).inputValue()).toBe(BUNDLED);
  await expect(previewTitle(page)).toHaveText(STORY.meta.title);
  // "Swap back" brings the discarded text back, and pressed again, forward.
  const swap = page.getByRole('button', { name: 'Swap back' });
  await swap.click();
  await expect(previewTitle(page)).toHaveText(`Edited: ${STORY.meta.title}`);
  await swap.click();
  await expect(previewTitle(page)).toHaveText(STORY.meta.title);
});

test('a story.json opened with the file picker replaces the text', async ({ page }) => {
  await openStudio(page);
  const other = structuredClone(STORY);
  other.meta.title = 'Opened from a file';
  const before = await checks(page);
  await page.locator('.studio-file input').setInputFiles({
    name: 'other-story.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)),
  });
  await nextCheck(page, before);
  await expect(previewTitle(page)).toHaveText('Opened from a file');
  await expect(page.locator('.studio-status')).toContainText('Opened other-story.json.');
});

test('axe finds no violations in the studio, with a problem listed', async ({ page }) => {
  await openStudio(page);
  const before = await checks(page);
  await paste(page, BUNDLED.replace('"language": "en"', '"language": ""'));
  await nextCheck(page, before);
  await expect(page.locator('.studio-problem')).toHaveCount(1);
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('keystroke to updated preview on the real story (median and p95)', async ({ page }) => {
  await openStudio(page);
  const titleAt = BUNDLED.indexOf(STORY.meta.title);
  await editor(page).focus();
  await editor(page).evaluate((t, at) => t.setSelectionRange(at, at), titleAt);
  const times = [];
  for (let i = 0; i < 15; i++) {
    // In the page: from the key going down to the preview's title changing.
    await page.evaluate(() => {
      window.studioEdit = new Promise((resolve) => {
        let down = 0;
        addEventListener('keydown', () => { down = performance.now(); }, { once: true, capture: true });
        const title = () => document.querySelector('.studio-frame .ptx-title')?.textContent;
        const was = title();
        const observer = new MutationObserver(() => {
          if (down && title() !== was) { observer.disconnect(); resolve(performance.now() - down); }
        });
        observer.observe(document.querySelector('.studio-frame'), { subtree: true, childList: true, characterData: true });
      });
    });
    await page.keyboard.type('x');
    times.push(await page.evaluate(() => window.studioEdit));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.ceil(times.length * 0.95) - 1];
  console.log(`studio: keystroke to updated preview, ${times.length} edits: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`);
  await expect(previewTitle(page)).toHaveText(`${'x'.repeat(15)}${STORY.meta.title}`);
  // The debounce is 250 ms; the check and redraw must add well under a second.
  expect(p95).toBeLessThan(1250);
});

test('the story as spreadsheet tabs: download the CSV tabs as a zip, edit one as European Excel saves it, import them', async ({ page }) => {
  await openStudio(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as spreadsheet (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('story-sheets.zip');
  const dir = mkdtempSync(join(tmpdir(), 'studio-sheets-'));
  execFileSync('unzip', ['-q', await download.path(), '-d', dir]);
  const tabs = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  expect(tabs.map((t) => t.name).sort()).toEqual(
    ['actors', 'citations', 'claims', 'eras', 'events', 'notes', 'outlets', 'places', 'route', 'sources', 'story', 'versions']
      .map((t) => `${t}.csv`));

  // As European Excel saves it: a byte order mark, ';' and CRLF; the title edited.
  const story = tabs.find((t) => t.name === 'story.csv');
  story.text = '\uFEFF' + story.text.replace(STORY.meta.title, 'Title from the spreadsheet').replaceAll(',', ';').replaceAll('\n', '\r\n');
  const before = await checks(page);
  await page.locator('.studio-file input').setInputFiles(tabs.map((t) => ({
    name: t.name, mimeType: 'text/csv', buffer: Buffer.from(t.text),
  })));
  await nextCheck(page, before);
  await expect(previewTitle(page)).toHaveText('Title from the spreadsheet');
  await expect(summary(page)).toHaveText('No problems, no warnings.');

  // A broken cell is named by tab, row and column, and nothing is opened.
  const places = tabs.find((t) => t.name === 'places.csv');
  const rows = places.text.split('\n');
  rows[1] = rows[1].replace(/^([^,]*,[^,]*,)[^,]*/, '$1north');
  await page.locator('.studio-file input').setInputFiles(tabs.map((t) => ({
    name: t.name, mimeType: 'text/csv', buffer: Buffer.from(t === places ? rows.join('\n') : t.text),
  })));
  await expect(page.locator('.studio-sheet-problems li')).toHaveText(['places.csv: row 2, column lat: "north" is not a number']);
  await expect(previewTitle(page)).toHaveText('Title from the spreadsheet');
});

const DIST = new URL('../../dist/', import.meta.url).pathname;
const REPUBLISHED = new URL('../../target/e2e-republished/', import.meta.url).pathname;
// `trunk build --release` of the edited story (scripts/test.sh builds it).
const EDITED_BUILD = new URL('../../target/dist-edited/', import.meta.url).pathname;

/// Every file under `dir`, as paths relative to it, sorted.
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/// Clicks "Download bundle" and unzips what comes into `dir`; the files' names.
async function downloadBundle(page, dir) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download bundle (publish)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('explainer-bundle.zip');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('unzip', ['-q', await download.path(), '-d', dir]);
  return filesUnder(dir);
}

test('"Download bundle" for the bundled story is the release build, file for file', async ({ page }) => {
  await openStudio(page);
  const dir = mkdtempSync(join(tmpdir(), 'studio-bundle-'));
  const names = await downloadBundle(page, dir);
  const manifest = readFileSync(join(DIST, 'bundle-files.txt'), 'utf8').trim().split('\n');
  expect(names).toEqual([...manifest].sort());
  // Every file of the English bundle is in it (the language folders are
  // built by scripts/build-languages.sh, not by the build the studio ships in).
  const built = filesUnder(DIST).filter((name) => !/^(tr|ur|az|en-XA)\//.test(name));
  expect(names).toEqual(built);
  for (const name of names) {
    expect(readFileSync(join(dir, name)).equals(readFileSync(join(DIST, name))), name).toBe(true);
  }
  await expect(page.locator('.studio-status')).toContainText(`Downloaded explainer-bundle.zip: the ${names.length} files`);
});

test('an edited story\'s bundle is the release build of that story, file for file, and shows the edit in the widget, the no-JS page, the script embed and the offline page', async ({ page, browser }) => {
  await openStudio(page);
  const edited = editStory(STORY);
  const before = await checks(page);
  await paste(page, JSON.stringify(edited, null, 2));
  await nextCheck(page, before);
  const names = await downloadBundle(page, REPUBLISHED);
  // What the story does not touch is the shipped build's; what it does is new.
  const fromStory = ['index.html', 'explainer-offline.html', 'story.txt', 'story.json', 'oembed.json'];
  for (const name of names) {
    const same = readFileSync(join(REPUBLISHED, name)).equals(readFileSync(join(DIST, name)));
    expect(same, name).toBe(!fromStory.includes(name));
  }
  // And all of it is what `trunk build --release` writes for the edited story.
  expect(existsSync(EDITED_BUILD), `${EDITED_BUILD}: scripts/test.sh builds it`).toBe(true);
  expect(names).toEqual(filesUnder(EDITED_BUILD));
  for (const name of names) {
    expect(readFileSync(join(REPUBLISHED, name)).equals(readFileSync(join(EDITED_BUILD, name))), name).toBe(true);
  }

  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/republished/');
  await expect(page.locator('.ptx-app .ptx-title')).toHaveText(edited.meta.title);
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(edited.events[0].headline);
  await expect(page).toHaveTitle(new RegExp(`^${edited.meta.title} — `));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', edited.meta.title);
  const oembed = JSON.parse(readFileSync(join(REPUBLISHED, 'oembed.json'), 'utf8'));
  expect(oembed.title).toBe(edited.meta.title);

  // The script embed, from a page beside the bundle.
  writeFileSync(join(REPUBLISHED, 'host.html'),
    '<!doctype html><html lang="en"><body><p>Article</p><div data-ptx-explainer></div><script type="module" src="./embed.js"></script></body></html>');
  await page.goto('/republished/host.html');
  await expect(page.locator('[data-ptx-explainer] .ptx-card-title')).toHaveText(edited.events[0].headline);

  // The offline page, from disk.
  await page.goto(`file://${REPUBLISHED}explainer-offline.html`);
  await expect(page.locator('.ptx-app .ptx-card-title')).toHaveText(edited.events[0].headline);
  expect(errors).toEqual([]);

  // Readers without JavaScript get the edited prerender.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto('http://127.0.0.1:8092/republished/');
  await expect(plain.locator('[data-ptx-static] .ptx-title')).toHaveText(edited.meta.title);
  await expect(plain.locator('[data-ptx-static] li').first()).toContainText(edited.events[0].headline);
  await noScript.close();
});

test('"Download bundle" waits for a text without problems', async ({ page }) => {
  await openStudio(page);
  const broken = structuredClone(STORY);
  broken.events[3].date = '19x5';
  const before = await checks(page);
  await paste(page, JSON.stringify(broken, null, 2));
  await nextCheck(page, before);
  await page.getByRole('button', { name: 'Download bundle (publish)' }).click();
  await expect(page.locator('.studio-status')).toContainText('The text has 1 problem(s): fix them, then download the bundle.');
});
