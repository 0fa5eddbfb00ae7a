// Stories for the benchmark: synthetic ones of any size that our validator
// accepts, and any story converted to TimelineJS3's JSON format.
import { readFileSync } from 'node:fs';

const pad = (n) => String(n).padStart(2, '0');

/** A valid story with `count` events, one a day from 1 January 1990. */
export function syntheticStory(count) {
  const day0 = Date.UTC(1990, 0, 1);
  const dateOf = (i) => {
    const d = new Date(day0 + i * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  const lastYear = new Date(day0 + (count - 1) * 86_400_000).getUTCFullYear();
  const eras = [];
  for (let year = 1990; year <= lastYear; year += 5) {
    eras.push({ id: `era-${year}`, label: `${year}–${Math.min(year + 4, lastYear)}`, start: `${year}`, end: `${Math.min(year + 4, lastYear)}` });
  }
  const source = (id) => ({
    id, seed: id, publisher: `Publisher ${id}`, country: null, kind: 'news-site', about: 'Synthetic.', headline: `Headline ${id}`, author: null, date: '2025-05-27',
    url: `https://${id}.example/story`,
    identification: { publisher: 'confirmed', headline: 'confirmed', author: 'unknown', date: 'confirmed' },
    identification_note: 'Synthetic.', framing: 'Synthetic.',
  });
  return {
    meta: { title: `Synthetic story, ${count} events`, standfirst: 'Generated for the benchmark.', updated: '2026-11-22', language: 'en' },
    actors: [{ id: 'a', name: 'Alphaland' }, { id: 'b', name: 'Betaland' }],
    sources: [source('s1'), source('s2')],
    eras,
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`, date: dateOf(i), headline: `Event ${i + 1}`, body: `What happened on day ${i + 1}.`,
      actors: [i % 2 ? 'a' : 'b'],
      claims: [{ text: `Claim for event ${i + 1}.`, sources: [{ id: i % 3 ? 's1' : 's2', passage: `The source's words on day ${i + 1}.` }] }],
    })),
  };
}

/** Our story in TimelineJS3's format: a slide per event, eras as groups. */
export function toTimelineJs(story) {
  const eraOf = (date) => story.eras.find((e) => date.replace(/^~/, '').slice(0, 10) >= e.start && date.replace(/^~/, '').slice(0, 4) <= e.end.slice(0, 4));
  const sourceName = (id) => story.sources.find((s) => s.id === id)?.publisher ?? id;
  return {
    title: { text: { headline: story.meta.title, text: story.meta.standfirst } },
    events: story.events.map((e) => {
      const [y, m, d] = e.date.replace(/^~/, '').split('/')[0].split('-');
      const claims = e.claims.map((c) => `<li>${c.text} (${c.sources.map((cited) => sourceName(cited.id)).join('; ')})</li>`).join('');
      return {
        start_date: { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) },
        text: { headline: e.headline, text: `<p>${e.body}</p><ul>${claims}</ul>` },
        group: eraOf(e.date)?.label,
      };
    }),
  };
}

export function realStory() {
  return JSON.parse(readFileSync(new URL('../static/story.json', import.meta.url), 'utf8'));
}

// As a command (bench/run.sh): writes story-SIZE.json and tl3-SIZE.json into
// a folder for each size given ("real" is the shipped story).
//   node bench/stories.mjs OUT_DIR real 100 1000 10000
if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const [dir, ...sizes] = process.argv.slice(2);
  mkdirSync(dir, { recursive: true });
  for (const size of sizes) {
    const story = size === 'real' ? realStory() : syntheticStory(Number(size));
    writeFileSync(`${dir}/story-${size}.json`, JSON.stringify(story));
    writeFileSync(`${dir}/tl3-${size}.json`, JSON.stringify(toTimelineJs(story)));
  }
}
