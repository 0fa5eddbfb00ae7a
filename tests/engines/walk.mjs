// A reader's walk through the release bundle in every engine readers use:
// Chromium, Firefox and WebKit, each driven over W3C WebDriver by its own
// driver (chromedriver, geckodriver, WebKitWebDriver) through one client,
// selenium-webdriver. One walk, parameterised by engine and by how the widget
// is placed: the page itself, an iframe embed sized by our host script, and a
// script embed in a shadow root (the host pages of tests/e2e/hosts/, served by
// tests/e2e/server.mjs). Every wait is on a condition, never a fixed time.
//
//   node tests/engines/walk.mjs [chromium] [firefox] [webkit]   (default: all three)
//
// WebKit's MiniBrowser has no headless switch: run under `xvfb-run -a` (the
// test run does). Prints "  ok"/"  FAIL" per check, one line per engine,
// "walk ENGINE: N passed, M failed (S s)", and exits non-zero on any failure.
// Screenshots: target/engine-shots/ENGINE-WIDTH.png (and -dark), to compare.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import webdriver from 'selenium-webdriver';
import getLogInspector from 'selenium-webdriver/bidi/logInspector.js';

const { Builder, Key } = webdriver;
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SHOTS = resolve(root, 'target/engine-shots');
const SITE = 'http://127.0.0.1:8092';
const WAIT = 10_000; // ms for any one condition; a slow machine passes well within it
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// ---------------------------------------------------------------- engines

/** How to start each engine's WebDriver and what to ask it for. */
const ENGINES = {
  chromium: {
    driver: (port) => ['chromedriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      webSocketUrl: true, // WebDriver BiDi: console and script errors
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=1280,900'],
      },
    }),
    // A reader's dark setting, through the DevTools protocol.
    async darkScheme(driver) {
      await driver.sendDevToolsCommand('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
      return async () => driver.sendDevToolsCommand('Emulation.setEmulatedMedia', { features: [] });
    },
  },
  firefox: {
    driver: (port) => ['geckodriver', ['--port', String(port), '--websocket-port', '0']],
    capabilities: (dark = false) => ({
      browserName: 'firefox',
      webSocketUrl: true,
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        args: ['-headless', '-width', '1280', '-height', '900'],
        // 0: dark, 1: light; only the session that checks the reader's dark setting.
        prefs: dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {},
      },
    }),
  },
  webkit: {
    driver: (port) => ['WebKitWebDriver', [`--port=${port}`]],
    capabilities: (dark = false) => ({
      browserName: 'MiniBrowser',
      // No webSocketUrl: WebKitGTK 2.50 refuses a session that asks for
      // BiDi, so its errors are caught in the page only.
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: dark ? ['--automation', '--dark-mode'] : ['--automation'] },
    }),
  },
};

// ---------------------------------------------------------------- helpers

class CheckFailure extends Error {}

/** Polls `probe` until `ok(value)` holds; fails naming what was awaited and what was last seen. */
async function until(what, probe, ok = (v) => v === true, timeout = WAIT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (e) {
      last = `error: ${e.message.split('\n')[0]}`;
    }
    if (Date.now() > end) throw new CheckFailure(`${what}: still ${JSON.stringify(last)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50)); // polling interval, not a guess at a duration
  }
}
const equals = (want) => (v) => v === want;

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function reachable(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts a child process and waits until `url` answers. */
async function startProcess(command, args, url, env = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
  const exited = new Promise((r) => child.once('exit', (code) => r(code)));
  const up = until(`${command} to answer on ${url}`, () => reachable(url), undefined, 30_000);
  const code = await Promise.race([up.then(() => null), exited.then((c) => ({ c }))]);
  if (code) throw new Error(`${command} exited (${code.c}): ${stderr.trim()}`);
  return { child, stop: () => { if (child.exitCode === null) child.kill('SIGTERM'); return exited; } };
}

// ---------------------------------------------------------------- placements

/** The three ways the widget reaches a reader, each a URL and a root to search from. */
const PLACEMENTS = {
  page: {
    url: (hash) => `${SITE}/${hash ? `#${hash}` : ''}`,
    root: 'document',
  },
  iframe: {
    // Only #card passes from the article into the frame (embed-host.js).
    url: (hash) => `${SITE}/hosts/iframe.html${hash ? `#${hash}` : ''}`,
    root: 'document',
    frame: 'iframe[data-ptx-embed][scrolling=no]', // the host script swaps in this one
  },
  // The page in a 360 px frame (hosts/narrow.html): a phone's viewport in
  // engines whose windows cannot be that narrow.
  narrow: {
    url: (hash) => `${SITE}/hosts/narrow.html${hash ? `#${hash}` : ''}`,
    root: 'document',
    frame: '#narrow',
  },
  script: {
    url: (hash) => `${SITE}/hosts/script.html${hash ? `#${hash.split('&').map((p) => `first.${p}`).join('&')}` : ''}`,
    root: "document.querySelector('[data-id=first]').shadowRoot",
  },
};

/** One browser session and the placement it is looking at. */
class Reader {
  constructor(driver, engine) {
    this.driver = driver;
    this.engine = engine;
    this.placement = PLACEMENTS.page;
    this.errors = [];
  }

  /** Loads the placement's page afresh (through about:blank: a fragment change alone would not reload). */
  async open(placement, hash = '') {
    this.placement = PLACEMENTS[placement];
    await this.driver.switchTo().defaultContent();
    await this.driver.get('about:blank');
    await this.driver.get(this.placement.url(hash));
    await this.enter();
    await this.catchErrors();
    await until('the first card to be shown', () => this.js("return !!R.querySelector('.ptx-app .ptx-card-title')"));
  }

  /** Into the iframe, when the placement has one. */
  async enter() {
    await this.driver.switchTo().defaultContent();
    if (!this.placement.frame) return;
    const frame = await until('the embed iframe', () => this.driver.executeScript(`return document.querySelector('${this.placement.frame}')`), (v) => v !== null);
    await this.driver.switchTo().frame(frame);
    await until('the iframe to load the widget', () => this.driver.executeScript('return !!document.querySelector(".ptx-app .ptx-card-title")'));
  }

  /** Runs `body` with R bound to the placement's root (a document or a shadow root). */
  async js(body, ...args) {
    return this.driver.executeScript(`const R = ${this.placement.root}; if (!R) return null; ${body}`, ...args);
  }

  async el(selector) {
    return until(`an element ${selector}`, () => this.js('return R.querySelector(arguments[0])', selector), (v) => v !== null);
  }

  /** The element whose aria-label starts with `label` (first match). */
  async labelled(label) {
    return until(`an element labelled "${label}…"`, () => this.js(
      "return [...R.querySelectorAll('[aria-label]')].find((e) => e.getAttribute('aria-label').startsWith(arguments[0])) ?? null", label), (v) => v !== null);
  }

  async text(selector) {
    return this.js("const e = R.querySelector(arguments[0]); return e ? e.textContent.trim() : null", selector);
  }

  async expectText(selector, want) {
    const ok = want instanceof RegExp ? (v) => typeof v === 'string' && want.test(v) : equals(want);
    await until(`${selector} to read ${want}`, () => this.text(selector), ok);
  }

  async position(want) {
    await this.expectText('.ptx-app .ptx-position', want);
  }

  async title(want) {
    await this.expectText('.ptx-app .ptx-card-title', want);
  }

  /** Focuses an element as a click or Tab would, then types keys at it (at the focused element, as a keyboard does). */
  async keys(selector, ...keys) {
    await this.el(selector);
    // Focus comes with a click when the document does not have it, as it
    // does for a reader (here on the widget's title, which does nothing):
    // WebKit lets neither a cross-origin frame nor a page whose window is
    // not focused take focus from script alone.
    if (!(await this.driver.executeScript('return document.hasFocus()'))) await this.click('.ptx-app .ptx-title');
    // Keys go to whatever has focus: focus the element (as found now) until
    // it has it. WebKit's script embed sometimes ignored the first focus().
    await until(`${selector} to take focus`, () =>
      this.js('const e = R.querySelector(arguments[0]); e?.focus(); return !!e && R.activeElement === e', selector));
    for (const key of keys) await this.driver.actions({ async: true }).sendKeys(key).perform();
  }

  async click(elementOrSelector) {
    const el = typeof elementOrSelector === 'string' ? await this.el(elementOrSelector) : elementOrSelector;
    if (this.placement.frame) await this.scrollFrameTo(el);
    await el.click();
  }

  /** Scrolls the article so that `el`, inside the iframe, is mid-screen, as a
   * reader does before clicking it. geckodriver does not scroll the article for
   * an element in an iframe that never scrolls itself (the host script makes it
   * as tall as its content), and its click then lands elsewhere. */
  async scrollFrameTo(el) {
    const top = await this.driver.executeScript('return arguments[0].getBoundingClientRect().top', el);
    await this.driver.switchTo().defaultContent();
    await this.driver.executeScript(`const f = document.querySelector('${this.placement.frame}');
      window.scrollBy(0, f.getBoundingClientRect().top + arguments[0] - innerHeight / 2)`, top);
    await this.enter();
  }

  /** Errors the page itself sees from here on, in every engine: uncaught errors and console.error. */
  async catchErrors() {
    await this.js(`
      const w = (R.ownerDocument ?? R).defaultView;
      if (w.__ptxErrors) return;
      w.__ptxErrors = [];
      w.addEventListener('error', (e) => w.__ptxErrors.push('error: ' + e.message));
      w.addEventListener('unhandledrejection', (e) => w.__ptxErrors.push('rejection: ' + e.reason));
      const original = w.console.error.bind(w.console);
      w.console.error = (...a) => { w.__ptxErrors.push('console.error: ' + a.join(' ')); original(...a); };`);
  }

  async pageErrors() {
    return (await this.js('return ((R.ownerDocument ?? R).defaultView.__ptxErrors) ?? []')) ?? [];
  }
}

// ---------------------------------------------------------------- the walk

/** The checks of the walk for one placement. Each starts from a fresh load, so one failure does not topple the rest. */
function walk(placement) {
  const checks = [];
  const check = (name, body) => checks.push({ name: `${placement}: ${name}`, body });

  check('the first card is visible, with its position and no failure notice', async (r) => {
    await r.open(placement);
    await r.title('Pakistan is born, and a friendship with Turkey begins');
    await r.position('1 of 30');
    const shown = await r.js("const c = R.querySelector('.ptx-app .ptx-card').getBoundingClientRect(); return c.width > 100 && c.height > 100");
    if (!shown) throw new CheckFailure('the first card has no size on screen');
    if (await r.js("return !!R.querySelector('.ptx-failure, .ptx-app .ptx-error')")) throw new CheckFailure('a failure notice is shown');
  });

  check('keyboard: arrows, End and Home move through the events', async (r) => {
    await r.open(placement);
    const slider = '.ptx-app [role=slider]';
    await r.keys(slider, Key.ARROW_RIGHT, Key.ARROW_RIGHT);
    await r.position('3 of 30');
    await until('aria-valuenow to follow', () => r.js("return R.querySelector(arguments[0]).getAttribute('aria-valuenow')", slider), equals('3'));
    await r.keys(slider, Key.END);
    await r.position('30 of 30');
    await r.title('Last stop: Tajikistan');
    await r.keys(slider, Key.ARROW_LEFT);
    await r.position('29 of 30');
    await r.keys(slider, Key.HOME);
    await r.position('1 of 30');
  });

  check('Next and Previous buttons step, and Previous is off at the start', async (r) => {
    await r.open(placement);
    await r.click(await r.labelled('Next event'));
    await r.position('2 of 30');
    await r.click(await r.labelled('Previous event'));
    await r.position('1 of 30');
    await until('Previous to be disabled on the first card', async () => (await r.labelled('Previous event')).getAttribute('disabled'), (v) => v !== null);
  });

  check('a citation opens its source with its passage, and Escape closes it', async (r) => {
    await r.open(placement);
    await r.click(await r.labelled('Source: GSDN'));
    await r.expectText('.ptx-app .ptx-popover', /GSDN \(Global Strategic and Defence News\)/);
    await r.expectText('.ptx-app .ptx-popover .ptx-passage', /^The friendship between Turkey and Pakistan began soon after Pakistan became independent in 1947\.$/);
    const href = await r.js("return R.querySelector('.ptx-app .ptx-popover a').getAttribute('href')");
    if (!href.startsWith('https://gsdn.live/?p=2871#:~:text=The%20friendship%20between%20Turkey,')) throw new CheckFailure(`the source link is ${href}`);
    await r.driver.actions({ async: true }).sendKeys(Key.ESCAPE).perform();
    await until('the popover to close', () => r.js("return R.querySelector('.ptx-app .ptx-popover') === null"));
  });

  check('a disagreement expands into its versions', async (r) => {
    await r.open(placement, 'card=istanbul-meeting');
    await r.title('Sharif meets Erdogan in Istanbul');
    const toggle = await r.el('.ptx-app .ptx-disagree-toggle');
    await r.expectText('.ptx-app .ptx-disagree-toggle', /Sources disagree$/);
    if (await toggle.getAttribute('aria-expanded') !== 'false') throw new CheckFailure('the disagreement starts expanded');
    await r.click(toggle);
    await until('aria-expanded to be true', () => toggle.getAttribute('aria-expanded'), equals('true'));
    await until('three versions', () => r.js("return R.querySelectorAll('.ptx-app .ptx-version').length"), equals(3));
    await until('the third version to say "In Ankara."', () => r.js("return R.querySelectorAll('.ptx-app .ptx-version')[2].textContent"), (t) => t.includes('In Ankara.'));
  });

  check('filters narrow the events, and the deep link round-trips', async (r) => {
    await r.open(placement);
    await r.click('.ptx-app .ptx-filters summary');
    const iran = await until('the Iran checkbox', () => r.js(
      "return [...R.querySelectorAll('.ptx-app .ptx-check')].find((l) => l.textContent.trim() === 'Iran')?.querySelector('input') ?? null"), (v) => v !== null);
    await r.click(iran);
    await r.expectText('.ptx-app .ptx-filter-count', 'Showing 4 of 30 events');
    await r.position('1 of 4');
    await r.title('On to Tehran');
    await until('4 markers on the scrubber', () => r.js("return R.querySelector('.ptx-app .ptx-markers').getAttribute('data-count')"), equals('4'));
    await r.keys('.ptx-app [role=slider]', Key.ARROW_RIGHT);
    await r.title('Talks with Khamenei and Pezeshkian');
    // The address follows the reader: the page's own, or the frame's inside an iframe.
    const want = { page: '#card=khamenei-meeting&actors=iran', iframe: '#card=khamenei-meeting&actors=iran', script: '#first.card=khamenei-meeting&first.actors=iran' }[placement];
    await until('the address to follow', () => r.driver.executeScript('return location.hash'), equals(want));
    // Opened again from that address. Into an iframe, the article passes only #card on.
    await r.open(placement, placement === 'iframe' ? 'card=khamenei-meeting' : 'card=khamenei-meeting&actors=iran');
    await r.title('Talks with Khamenei and Pezeshkian');
    if (placement !== 'iframe') await r.expectText('.ptx-app .ptx-filter-count', 'Showing 4 of 30 events');
  });

  if (placement !== 'iframe') {
    check('a forced dark theme takes the dark palette (light-dark())', async (r) => {
      // The page through #theme=dark; the script embed's second instance has data-theme="dark".
      await r.open(placement, placement === 'page' ? 'theme=dark' : '');
      const background = placement === 'page'
        ? () => r.js("return getComputedStyle(R.querySelector('.ptx-app .ptx')).backgroundColor")
        : () => r.driver.executeScript("return getComputedStyle(document.querySelector('[data-id=second]').shadowRoot.querySelector('.ptx')).backgroundColor");
      await until('the dark background', background, equals('rgb(22, 24, 28)'));
      const ink = await r.js("return getComputedStyle(R.querySelector('.ptx-app .ptx-card-title')).color");
      if (placement === 'page' && ink !== 'rgb(235, 232, 225)') throw new CheckFailure(`dark title ink is ${ink}`);
    });
  }

  if (placement === 'iframe') {
    check('the host script fits the iframe to its content, and again when it grows', async (r) => {
      await r.open(placement);
      const fitted = async (what) => {
        await until(`the iframe to fit its content (${what})`, async () => {
          await r.driver.switchTo().defaultContent();
          const box = await r.driver.executeScript(`return document.querySelector('${r.placement.frame}').getBoundingClientRect().height`);
          await r.enter();
          const content = await r.driver.executeScript("return Math.ceil(document.getElementById('ptx-explainer').getBoundingClientRect().bottom + scrollY)");
          return { box, content };
        }, ({ box, content }) => Math.abs(box - content) <= 2);
      };
      await fitted('on load');
      const before = await r.driver.executeScript('return document.documentElement.scrollHeight');
      await r.click('.ptx-app .ptx-sources > summary');
      await until('the sources panel to open', () => r.js("return R.querySelector('.ptx-app .ptx-sources').open"));
      await until('the content to grow', () => r.driver.executeScript('return document.documentElement.scrollHeight'), (h) => h > before + 100);
      await fitted('after the sources panel opened');
      const inner = await r.driver.executeScript('return document.documentElement.scrollHeight - document.documentElement.clientHeight');
      if (inner > 2) throw new CheckFailure(`the frame scrolls inside by ${inner} px`);
    });
  }

  check('no console or script errors', async (r) => {
    await r.open(placement);
    await r.keys('.ptx-app [role=slider]', Key.END);
    await r.title('Last stop: Tajikistan');
    await r.driver.switchTo().defaultContent();
    await r.enter();
    const seen = [...(await r.pageErrors()), ...r.errors.splice(0)]
      // The script-embed host page has a third instance whose story is missing on purpose (HTTP 404).
      .filter((e) => !(placement === 'script' && /missing-story\.json/.test(e)));
    if (seen.length) throw new CheckFailure(seen.join(' | '));
  });

  return checks;
}

/** What the widget relies on from the engine (README, Browser support): each
 * must be there, or this check names what is missing, for the table to say
 * what degrades. */
const FEATURES = {
  'CSS light-dark() (the one palette for both schemes)': "CSS.supports('color', 'light-dark(#000, #fff)')",
  'CSS color-scheme': "CSS.supports('color-scheme', 'light dark')",
  'CSS content-visibility (prerendered cards laid out lazily)': "CSS.supports('content-visibility', 'auto')",
  'CSS :where() (reset inside the shadow root)': "CSS.supports('selector(:where(p))')",
  'CSS inset': "CSS.supports('inset', '0')",
  'CSS overflow-wrap: anywhere': "CSS.supports('overflow-wrap', 'anywhere')",
  'ResizeObserver (iframe height reports)': "typeof ResizeObserver === 'function'",
  'IntersectionObserver (a script embed loads when near)': "typeof IntersectionObserver === 'function'",
  'Shadow DOM (script embed)': "typeof Element.prototype.attachShadow === 'function'",
  'URLSearchParams': "typeof URLSearchParams === 'function'",
  'WebAssembly reference types (wasm-bindgen 0.2.130 output)': 'WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,7,1,5,0,208,111,26,11]))',
};

function featureCheck() {
  return {
    name: 'the engine has every feature the widget relies on',
    async body(r) {
      await r.open('page');
      const missing = [];
      for (const [name, test] of Object.entries(FEATURES)) {
        if (!(await r.driver.executeScript(`try { return !!(${test}); } catch { return false; }`))) missing.push(name);
      }
      if (missing.length) throw new CheckFailure(`missing: ${missing.join('; ')}`);
    },
  };
}

/** Sets the viewport (not the window) to `width` × `height` CSS pixels, as near as the engine allows. */
async function viewport(r, width, height) {
  await r.driver.switchTo().defaultContent();
  r.placement = PLACEMENTS.page;
  const win = r.driver.manage().window();
  await win.setRect({ width, height });
  for (let i = 0; i < 3; i++) {
    const [w, h] = await r.driver.executeScript('return [window.innerWidth, window.innerHeight]');
    if (w === width && h === height) break;
    const rect = await win.getRect();
    // Never smaller than the viewport asked for, in whole pixels: WebKit
    // refuses anything else ("Invalid width value"), and a busy machine can
    // report a half-resized window.
    const next = {
      width: Math.max(width, Math.round(rect.width + width - w)),
      height: Math.max(height, Math.round(rect.height + height - h)),
    };
    try {
      await win.setRect(next);
    } catch {
      break; // as near as the engine allows; the checks measure what they need
    }
  }
  return r.driver.executeScript('return [window.innerWidth, window.innerHeight]');
}

/** Everything a reader may open on the Istanbul card: disagreement, citation, filters, sources. */
async function openEverything(r, placement) {
  await r.open(placement, 'card=istanbul-meeting');
  await r.title('Sharif meets Erdogan in Istanbul');
  await r.click('.ptx-app .ptx-disagree-toggle');
  await until('three versions', () => r.js("return R.querySelectorAll('.ptx-app .ptx-version').length"), equals(3));
  await r.click(await r.labelled('Source: The Jerusalem Post'));
  await until('the popover', () => r.js("return R.querySelector('.ptx-app .ptx-popover') !== null"));
  await r.click('.ptx-app .ptx-filters summary');
  await r.click('.ptx-app .ptx-sources > summary');
  await until('filters and sources open', () => r.js("return R.querySelector('.ptx-app .ptx-filters').open && R.querySelector('.ptx-app .ptx-sources').open"));
}

/** Screenshot of the viewport, scrolled to the top: at 1280 px the window,
 * at 360 px the window (500 px, about the narrowest Firefox allows) with the
 * 360 px frame at its left. Not an element screenshot: WebKitGTK 2.50 offsets
 * an element's screenshot inside a frame by about 100 px. */
async function screenshot(r, name) {
  const top = async (where) => {
    await r.driver.executeScript('scrollTo(0, 0)');
    await until(`${where} to scroll to the top`, () => r.driver.executeScript('return scrollY'), equals(0));
    // Two animation frames: the scroll has been painted (WebKitGTK otherwise
    // captures the frame as it was before the scroll).
    await r.driver.executeAsyncScript('requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))');
  };
  if (r.placement.frame) await top('the frame');
  await r.driver.switchTo().defaultContent();
  await top('the page');
  await writeFile(resolve(SHOTS, `${name}.png`), await r.driver.takeScreenshot(), 'base64');
  await r.enter();
}

/** Whether the placement's document scrolls sideways, and by how much. */
async function overflow(r) {
  return r.driver.executeScript('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

function layoutChecks(engine) {
  return [
    {
      name: 'at 360 px (a 360 px frame): no horizontal overflow with everything open; screenshot',
      async body(r) {
        await viewport(r, 500, 1300);
        await openEverything(r, 'narrow');
        const width = await r.driver.executeScript('return window.innerWidth');
        if (width !== 360) throw new CheckFailure(`the frame's viewport is ${width} px wide`);
        const sideways = await overflow(r);
        await screenshot(r, `${engine}-360`);
        if (sideways > 0) throw new CheckFailure(`the page scrolls sideways by ${sideways} px`);
      },
    },
    {
      name: 'at 1280 px (the window): no horizontal overflow with everything open; screenshot',
      async body(r) {
        const [w] = await viewport(r, 1280, 1300);
        if (w !== 1280) throw new CheckFailure(`the viewport is ${w} px wide, not 1280`);
        await openEverything(r, 'page');
        const sideways = await overflow(r);
        await screenshot(r, `${engine}-1280`);
        if (sideways > 0) throw new CheckFailure(`the page scrolls sideways by ${sideways} px`);
      },
    },
  ];
}

/** The reader's own dark setting (prefers-color-scheme), as each engine lets a
 * driver set it: Chromium through DevTools in this session; Firefox (a
 * preference) and WebKitGTK (MiniBrowser --dark-mode) in a second session. */
function darkCheck(engine) {
  return {
    name: 'the reader\'s dark setting (prefers-color-scheme) turns the widget dark; screenshot at 360 px',
    async body(r, session) {
      const spec = ENGINES[engine];
      let reader = r;
      let end = async () => {};
      if (spec.darkScheme) end = await spec.darkScheme(r.driver);
      else {
        const dark = await session({ dark: true });
        reader = dark.reader;
        end = dark.quit;
      }
      try {
        await viewport(reader, 500, 1300);
        await openEverything(reader, 'narrow');
        const scheme = await reader.driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches");
        if (!scheme) throw new CheckFailure('the engine did not take the dark setting');
        await until('the dark background', () => reader.js("return getComputedStyle(R.querySelector('.ptx-app .ptx')).backgroundColor"), equals('rgb(22, 24, 28)'));
        await screenshot(reader, `${engine}-360-dark`);
      } finally {
        await end();
      }
    },
  };
}

// ---------------------------------------------------------------- running

/** Starts the engine's driver and a session; returns the reader and a way to end both. */
async function startSession(engine, { dark = false } = {}) {
  const spec = ENGINES[engine];
  const port = await freePort();
  const [command, args] = spec.driver(port);
  const driverProcess = await startProcess(command, args, `http://127.0.0.1:${port}/status`);
  let driver;
  try {
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(spec.capabilities(dark)).build();
  } catch (e) {
    await driverProcess.stop();
    throw e;
  }
  const reader = new Reader(driver, engine);
  // Console and script errors from the engine itself, where it offers them (WebDriver BiDi).
  const caps = await driver.getCapabilities();
  reader.bidi = Boolean(caps.get('webSocketUrl'));
  if (reader.bidi) {
    const inspector = await getLogInspector(driver);
    await inspector.onLog((entry) => { if (entry.level === 'error') reader.errors.push(`${entry.type}: ${entry.text}`); });
  }
  reader.version = `${caps.getBrowserName()} ${caps.getBrowserVersion()}`;
  const quit = async () => {
    await driver.quit().catch(() => {});
    await driverProcess.stop();
  };
  return { reader, quit };
}

async function runEngine(engine) {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  console.log(`\n-- ${engine}`);
  if (engine === 'webkit' && !process.env.DISPLAY) {
    console.log('  FAIL webkit needs an X display: run under xvfb-run -a (MiniBrowser has no headless mode)');
    failed++;
  } else {
    let session;
    try {
      session = await startSession(engine);
      const { reader } = session;
      console.log(`  ${reader.version}; errors from the engine through BiDi: ${reader.bidi ? 'yes' : 'no (page hooks only)'}`);
      const checks = [featureCheck(), ...walk('page'), ...walk('iframe'), ...walk('script'), ...layoutChecks(engine), darkCheck(engine)];
      for (const { name, body } of checks) {
        const t = Date.now();
        try {
          await body(reader, (opts) => startSession(engine, opts));
          passed++;
          console.log(`  ok   ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
        } catch (e) {
          failed++;
          console.log(`  FAIL ${name}: ${e instanceof CheckFailure ? e.message : e.stack}`);
        }
        reader.errors.length = 0; // each check judges its own errors
      }
    } catch (e) {
      failed++;
      console.log(`  FAIL ${engine} could not be started: ${e.message}`);
    } finally {
      await session?.quit();
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`walk ${engine}: ${passed} passed, ${failed} failed (${seconds} s)`);
  return failed;
}

const engines = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ENGINES);
for (const e of engines) if (!ENGINES[e]) throw new Error(`unknown engine ${e}; known: ${Object.keys(ENGINES).join(', ')}`);
await mkdir(SHOTS, { recursive: true });
// Our own server always: one already on the port may serve another checkout's dist/.
if (await reachable(`${SITE}/`)) throw new Error(`${SITE} is already taken; stop whatever serves it`);
const server = await startProcess('node', [resolve(root, 'tests/e2e/server.mjs')], `${SITE}/`);
let failures = 0;
try {
  for (const engine of engines) failures += await runEngine(engine);
} finally {
  await server?.stop();
}
process.exit(failures ? 1 : 0);
