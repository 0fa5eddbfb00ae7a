// Benchmark: our widget and TimelineJS3 on the same stories, in headless
// Debian Chromium, cold cache, several runs each; prints medians and spreads.
// Run with bench/run.sh: it writes the stories and builds a bundle per story
// (the story compiled in, as a newsroom ships one) before this measures:
//   ours      the bundle with the story compiled in;
//   ours ?story=  the standard bundle loading the story's JSON at run time;
//   TL3       TimelineJS3 from npm, loading its JSON at run time.
//   node bench/run.mjs [--runs 5] [--sizes real,100,1000,10000] [--steps 200]
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const STEPS = Number(arg('steps', 200));
const SIZES = arg('sizes', 'real,100,1000,10000').split(',');
// A subject that cannot show its first card in this time, or step in this
// time, is reported as such instead of stalling the whole run.
const LOAD_BUDGET_MS = Number(arg('load-budget', 120_000));
const STEP_BUDGET_MS = Number(arg('step-budget', 60_000));
const SITE = 'http://127.0.0.1:8092';

// Stories and bundles on disk (bench/run.sh), served by tests/e2e/server.mjs
// under /bench/out/.
const out = new URL('./out/', import.meta.url);
for (const size of SIZES) {
  const needed = [`story-${size}.json`, `tl3-${size}.json`, ...(size === 'real' ? [] : [`dist-${size}/index.html`])];
  const missing = needed.filter((f) => !existsSync(new URL(f, out)));
  if (missing.length) {
    console.error(`bench/out/ lacks ${missing.join(', ')}: run bench/run.sh, which writes and builds them`);
    process.exit(2);
  }
}

const server = spawn('node', ['tests/e2e/server.mjs'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--enable-precise-memory-info',
    // Every other host fails to resolve: nothing leaves 127.0.0.1, and no
    // request waits on interception (page.route would delay each one).
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

// Each subject installs window.__step(kind, forward) in the page: one keyboard
// or pointer step to the next/previous event, done the way a reader would.
const subjects = {
  ours: {
    url: (size) => (size === 'real' ? `${SITE}/` : `${SITE}/bench/out/dist-${size}/`),
    ready: '.ptx-app .ptx-card-title',
    install: () => {
      window.__step = (kind, forward) => {
        const track = document.querySelector('.ptx-app .ptx-track');
        const slider = track.querySelector('[role=slider]');
        if (kind === 'key') {
          slider.dispatchEvent(new KeyboardEvent('keydown', { key: forward ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
          return;
        }
        // Pointer: press on the track at the next marker's x.
        const now = Number(slider.getAttribute('aria-valuenow'));
        const max = Number(slider.getAttribute('aria-valuemax'));
        const next = Math.min(max, Math.max(1, now + (forward ? 1 : -1)));
        window.__xs ??= [...track.querySelector('.ptx-markers path').getAttribute('d').matchAll(/M(\d+) /g)].map((m) => Number(m[1]));
        const box = track.getBoundingClientRect();
        const x = box.left + (window.__xs[Math.min(next - 1, window.__xs.length - 1)] / 2000) * box.width;
        const init = { clientX: x, clientY: box.top + box.height / 2, bubbles: true, pointerId: 1, button: 0, isPrimary: true, pointerType: 'mouse' };
        track.dispatchEvent(new PointerEvent('pointerdown', init));
        track.dispatchEvent(new PointerEvent('pointerup', init));
      };
    },
    wasmMemory: (page) => page.evaluate(() => window.__wasmMemory?.() ?? null),
  },
  get ['ours ?story=']() {
    return { ...this.ours, url: (size) => `${SITE}/?story=/bench/out/story-${size}.json` };
  },
  timelinejs: {
    url: (size) => `${SITE}/bench/timelinejs.html?data=/bench/out/tl3-${size}.json`,
    ready: '.tl-slide-content .tl-headline',
    install: () => {
      window.__step = (kind, forward) => {
        if (kind === 'key') {
          // TimelineJS3 has no keyboard stepping of its own; keyboard users
          // reach its next/previous buttons, so activate those.
          document.querySelector(forward ? '.tl-slidenav-next' : '.tl-slidenav-previous')?.click();
          return;
        }
        const markers = [...document.querySelectorAll('.tl-timemarker')];
        const current = markers.findIndex((m) => m.classList.contains('tl-timemarker-active'));
        markers[Math.min(markers.length - 1, Math.max(0, current + (forward ? 1 : -1)))]?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      };
    },
    wasmMemory: async () => null,
  },
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

async function measureOnce(subject, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } }); // cold cache
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = () => e.detail.wasm.memory.buffer.byteLength; });
  });
  // Bodies through Playwright (the DevTools protocol's getResponseBody
  // misses some).
  const responses = [];
  const outside = [];
  page.on('response', (r) => responses.push(r));
  page.on('request', (r) => { if (!r.url().startsWith(SITE) && !r.url().startsWith('data:')) outside.push(r.url()); });

  try {
    await page.goto(subject.url(size), { waitUntil: 'load', timeout: LOAD_BUDGET_MS });
    await page.waitForSelector(subject.ready, { timeout: LOAD_BUDGET_MS });
    await page.waitForFunction(() => performance.getEntriesByName('first-card').length > 0, null, { timeout: LOAD_BUDGET_MS });
  } catch {
    await context.close();
    return { failed: `no first card within ${LOAD_BUDGET_MS / 1000} s` };
  }
  const timing = await page.evaluate(() => ({
    firstCard: performance.getEntriesByName('first-card')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    heap: performance.memory?.usedJSHeapSize ?? NaN,
  }));
  const wasm = await subject.wasmMemory(page);
  // Each file of the first render, raw and as a server would send it compressed.
  const files = [];
  for (const r of responses) {
    if (r.status() >= 300 && r.status() < 400) continue; // a redirect has no body
    // Playwright gives no body for a very large document (the 10,000-event
    // page is 13 MB): fetch it again from the local server rather than leave
    // it out of the figures.
    const raw = await r.body().catch(() => null)
      ?? await fetch(r.url()).then((again) => again.arrayBuffer()).then((b) => Buffer.from(b)).catch(() => null);
    if (!raw) throw new Error(`${r.url()}: no body to measure`);
    files.push({ url: r.url().replace(SITE, ''), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: brotliCompressSync(raw).length });
  }
  const transferred = files.reduce((sum, f) => sum + f.raw, 0);

  // Scrub latency, measured in the page: from the step's input event to the
  // start of the next animation frame (the frame that paints the change).
  await page.evaluate(subject.install);
  const latencies = { key: [], pointer: [] };
  const stepsDone = {};
  for (const kind of ['key', 'pointer']) {
    const started = Date.now();
    for (let i = 0; i < STEPS && Date.now() - started < STEP_BUDGET_MS; i++) {
      const forward = Math.floor(i / 20) % 2 === 0;
      latencies[kind].push(await page.evaluate(([k, f]) => new Promise((resolve) => {
        const t0 = performance.now();
        window.__step(k, f);
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }), [kind, forward]));
    }
    stepsDone[kind] = latencies[kind].length;
  }
  await context.close();
  return { ...timing, wasm, transferred, files, outside, latencies, stepsDone };
}

// The browser's first page load after launch is slower than any later one,
// and this machine drifts over minutes: one load is thrown away, and the runs
// take turns between subjects so that drift touches each alike.
await measureOnce(subjects.ours, SIZES[0]);
const results = {};
for (const size of SIZES) {
  const names = Object.keys(subjects);
  for (const name of names) results[`${name}:${size}`] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const name of names) {
      const runs = results[`${name}:${size}`];
      if (runs.failed) continue;
      const run = await measureOnce(subjects[name], size);
      if (run.failed) {
        runs.length = 0;
        runs.failed = run.failed;
      } else {
        runs.push(run);
      }
    }
  }
  for (const name of names) {
    const runs = results[`${name}:${size}`];
    const summary = runs.failed ?? `first card ${median(runs.map((r) => r.firstCard)).toFixed(0)} ms, key p95 ${median(runs.map((r) => pct(r.latencies.key, 0.95))).toFixed(1)} ms over ${runs[0].stepsDone.key} steps`;
    process.stderr.write(`measured ${name} at ${size}: ${summary}\n`);
  }
}
// The embeds, on article pages (tests/e2e/hosts/, bench/hosts/), with the
// real story: what the article pays for carrying one. TimelineJS3's own
// embed is an iframe of its page, so it is measured as one.
const EMBEDS = [
  ['ours, iframe, top', '/hosts/iframe.html'],
  ['ours, script, top', '/hosts/script-top.html'],
  ['TL3, iframe, top', '/bench/hosts/tl3-top.html'],
  ['ours, iframe, below', '/hosts/iframe-below.html'],
  ['ours, script, below', '/hosts/script-below.html'],
  ['TL3, iframe, below', '/bench/hosts/tl3-below.html'],
];
// How long a below-the-fold embed is watched, unscrolled, for requests it
// should not make: a window, not a wait for a condition, since the point is
// that nothing happens.
const UNSCROLLED_MS = 1500;

async function measureEmbed(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => brotliCompressSync(b).length, () => 0)));
  const brotliSoFar = async () => (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  try {
    await page.goto(`${SITE}${path}`, { waitUntil: 'load', timeout: LOAD_BUDGET_MS });
    const hostReady = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    let beforeScroll = NaN;
    if (path.includes('below')) {
      await page.waitForTimeout(UNSCROLLED_MS);
      beforeScroll = await brotliSoFar();
      await page.locator('#after').scrollIntoViewIfNeeded();
    }
    // The first card: the widget's own mark, in the article (script embed)
    // or in the frame (iframe), on the article's clock.
    const origin = await page.evaluate(() => performance.timeOrigin);
    const marked = () => performance.getEntriesByName('first-card').length > 0;
    let firstCard;
    if (path.includes('script')) {
      await page.waitForFunction(marked, null, { timeout: LOAD_BUDGET_MS });
      firstCard = await page.evaluate(() => performance.getEntriesByName('first-card')[0].startTime);
    } else {
      const frame = await (await page.waitForSelector('iframe', { timeout: LOAD_BUDGET_MS })).contentFrame();
      await frame.waitForFunction(marked, null, { timeout: LOAD_BUDGET_MS });
      firstCard = await frame.evaluate(() => performance.timeOrigin + performance.getEntriesByName('first-card')[0].startTime) - origin;
    }
    // Height messages and the stylesheet settle within a few frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cls = await page.evaluate(() => window.__cls);
    const total = await brotliSoFar();
    await context.close();
    return { hostReady, firstCard, beforeScroll, total, cls };
  } catch (e) {
    await context.close();
    return { failed: String(e.message ?? e).split('\n')[0] };
  }
}

const embedResults = {};
if (SIZES.includes('real')) {
  for (const [name] of EMBEDS) embedResults[name] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const [name, path] of EMBEDS) {
      const run = await measureEmbed(path);
      if (run.failed) process.stderr.write(`embed ${name}: ${run.failed}\n`);
      else embedResults[name].push(run);
    }
  }
}
await browser.close();
server.kill();

const NAMES = Object.keys(subjects);
const spread = (xs, digits) => `±${((Math.max(...xs) - Math.min(...xs)) / 2).toFixed(digits)}`;
const flat = (key, p) => (r) => pct(r.latencies[key], p);
const METRICS = [
  ['transferred (KB, raw)', (r) => r.transferred / 1024, 1],
  ['first view (KB, brotli, page included)', (r) => r.files.reduce((sum, f) => sum + f.brotli, 0) / 1024, 1],
  ['first card (ms)', (r) => r.firstCard, 0],
  ['first contentful paint (ms)', (r) => r.fcp, 0],
  ['key step p50 (ms)', flat('key', 0.5), 1],
  ['key step p95 (ms)', flat('key', 0.95), 1],
  ['pointer step p50 (ms)', flat('pointer', 0.5), 1],
  ['pointer step p95 (ms)', flat('pointer', 0.95), 1],
  ['JS heap (MB)', (r) => r.heap / 1048576, 1],
];
const printTable = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows) console.log(r.map((cell, c) => String(cell).padEnd(widths[c])).join(' | '));
};
const tableFor = (size) => [
  ['metric', ...NAMES.map((n) => (n === 'timelinejs' ? 'TL3' : n)), 'ours / TL3'],
  ...METRICS.map(([label, f, digits]) => {
    const medians = {};
    const cells = NAMES.map((name) => {
      const xs = results[`${name}:${size}`].map(f);
      medians[name] = median(xs);
      return xs.length ? `${medians[name].toFixed(digits)} ${spread(xs, digits)}` : 'failed';
    });
    const ratio = medians.ours / medians.timelinejs;
    return [label, ...cells, Number.isFinite(ratio) ? ratio.toFixed(2) : '–'];
  }),
];
for (const size of SIZES) {
  for (const name of Object.keys(subjects)) {
    const runs = results[`${name}:${size}`];
    if (!runs.length) {
      console.log(`\n${name}, ${size}: ${runs.failed}`);
      continue;
    }
    const files = runs[0].files;
    const total = (k) => files.reduce((sum, f) => sum + f[k], 0);
    console.log(`\n${name}, ${size}: first-render files (bytes raw / gzip -9 / brotli)`);
    for (const f of files) console.log(`  ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(8)} ${String(f.brotli).padStart(8)}  ${f.url}`);
    console.log(`  ${String(total('raw')).padStart(9)} ${String(total('gzip')).padStart(8)} ${String(total('brotli')).padStart(8)}  total`);
  }
}
const wasmMemory = SIZES.map((s) => `${s}: ${(median(results[`ours:${s}`].map((r) => r.wasm)) / 1048576).toFixed(1)} MB`).join(', ');
const stepCounts = Object.entries(results).filter(([, runs]) => runs.length).map(([k, runs]) => `${k} ${runs[0].stepsDone.key}/${runs[0].stepsDone.pointer}`).join(', ');
const outside = Object.entries(results).flatMap(([k, runs]) => runs.flatMap((r) => r.outside.map((u) => `${k} ${u}`)));

for (const size of SIZES) {
  console.log(`\n${size === 'real' ? 'the real story (30 events)' : `synthetic story, ${size} events`}: medians (± half the range)`);
  printTable(tableFor(size));
}
if (Object.keys(embedResults).length) {
  console.log('\nembeds on an article page, real story, 1280 × 900: medians (± half the range)');
  const cell = (runs, f, digits) => {
    const xs = runs.map(f).filter(Number.isFinite);
    return xs.length ? `${median(xs).toFixed(digits)} ${spread(xs, digits)}` : '–';
  };
  printTable([
    ['embed', 'article load (ms)', 'first card (ms)', 'KB before scrolling (brotli)', 'KB in all (brotli)', 'CLS'],
    ...EMBEDS.map(([name]) => {
      const runs = embedResults[name];
      if (!runs.length) return [name, 'failed', '', '', '', ''];
      return [name, cell(runs, (r) => r.hostReady, 0), cell(runs, (r) => r.firstCard, 0),
        cell(runs, (r) => r.beforeScroll / 1024, 1), cell(runs, (r) => r.total / 1024, 1), cell(runs, (r) => r.cls, 3)];
    }),
  ]);
  console.log(`KB before scrolling: what a below-the-fold embed fetched in its first ${UNSCROLLED_MS / 1000} s unscrolled (the article page included)`);
}
console.log(`\nmedians of ${RUNS} cold-cache runs (± half the range); scrub latency over ${STEPS} steps per run: input event → start of the next frame`);
console.log(`steps measured per run (key/pointer; fewer when a subject needed more than ${STEP_BUDGET_MS / 1000} s): ${stepCounts}`);
console.log(`our wasm linear memory after load: ${wasmMemory}`);
// The goals of issue #5, checked against this run.
const largest = SIZES.filter((x) => x !== 'real').map(Number).sort((a, b) => b - a)[0];
const goals = [];
if (results['ours:real']?.length) {
  // As scripts/bundle-size.sh counts it: the widget's wasm (story compiled
  // in), JS and CSS; the HTML page (with the no-JS prerendered story) apart.
  const files = results['ours:real'][0].files;
  const page = files.filter((f) => f.url === '/' || f.url.endsWith('.html')).reduce((sum, f) => sum + f.brotli, 0);
  const brotli = files.reduce((sum, f) => sum + f.brotli, 0) - page;
  goals.push([`first render of the real story ≤ 64 KB brotli (wasm + JS + CSS; page ${(page / 1024).toFixed(1)} KB apart)`, `${(brotli / 1024).toFixed(1)} KB`, brotli <= 64 * 1024]);
}
if (largest === 10000 && results['ours:10000']?.length) {
  const runs = results['ours:10000'];
  const runtime = results['ours ?story=:10000'];
  const first = median(runs.map((r) => r.firstCard));
  const p95 = Math.max(median(runs.map((r) => pct(r.latencies.key, 0.95))), median(runs.map((r) => pct(r.latencies.pointer, 0.95))));
  goals.push(['first card at 10,000 events ≤ 300 ms, story compiled in (page carries the no-JS prerender)', `${first.toFixed(0)} ms`, first <= 300]);
  if (runtime?.length) {
    const loaded = median(runtime.map((r) => r.firstCard));
    goals.push(['first card at 10,000 events ≤ 300 ms, story JSON loaded at run time (?story=)', `${loaded.toFixed(0)} ms`, loaded <= 300]);
  }
  goals.push(['scrub step p95 at 10,000 events ≤ 16 ms', `${p95.toFixed(1)} ms`, p95 <= 16]);
}
for (const [goal, value, met] of goals) console.log(`goal: ${met ? 'met    ' : 'NOT MET'}  ${goal}: ${value}`);
console.log(outside.length ? `blocked requests to other hosts:\n  ${[...new Set(outside)].join('\n  ')}` : 'no request left 127.0.0.1');
