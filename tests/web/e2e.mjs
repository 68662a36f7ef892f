// End-to-end test of dyad's web page in real headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core; playwright never downloads a browser here).
//
//   node tests/web/e2e.mjs http://127.0.0.1:PORT/
//
// Loads the page served by `dyad serve`, pastes a Spanish story into the "code a text" form,
// codes it, and finds its events in the table, the network, the map and the document view.
// Exits non-zero with a message on the first failed check. Environment:
//   DYAD_SCREENSHOT  save a PNG of the page there (the README's docs/screenshot.png)
//   CHROMIUM         browser executable (default /usr/bin/chromium)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const url = process.argv[2];
if (!url) {
  console.error('usage: node e2e.mjs URL');
  process.exit(2);
}

const STORY = {
  title: 'Colombia y Venezuela retoman el diálogo en Bogotá',
  text:
    'El presidente de Colombia se reunió con el gobierno de Venezuela en Bogotá el martes. ' +
    'El ejército venezolano acusó a los rebeldes colombianos de atacar la frontera. ' +
    'Brasil ofreció ayuda humanitaria a Venezuela.',
  date: '2024-05-07',
};

function check(cond, what) {
  if (!cond) throw new Error(`check failed: ${what}`);
  console.log(`ok: ${what}`);
}

const userDataDir = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
let context;
const problems = [];
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1040, height: 900 },
    deviceScaleFactor: 1,
    timeout: 60_000,
  });
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  // The page must work offline: any request that leaves the server is a failure.
  const origin = new URL(url).origin;
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    problems.push(`request outside the server: ${u}`);
    return route.abort();
  });

  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  check(await page.locator('#events-table').isVisible(), 'page loaded with the events table');
  check((await page.locator('#map-figure svg path.land').count()) === 1, 'map outline drawn');

  // Paste a Spanish story and code it.
  await page.fill('#code-title', STORY.title);
  await page.fill('#code-text', STORY.text);
  await page.selectOption('#code-lang', 'es');
  await page.fill('#code-date', STORY.date);
  await page.click('#code-submit');
  const summary = page.locator('#code-summary');
  await summary.waitFor();
  const docId = await summary.getAttribute('data-doc');
  check(docId, `coded as document ${docId}: ${await summary.textContent()}`);
  const coded = await page.locator('#code-result li[data-event]').count();
  check(coded >= 2, `${coded} events listed under the form`);

  // The table shows the document's events (the page filters on it after coding).
  const rows = page.locator(`#events-table tbody tr[data-doc="${docId}"]`);
  await rows.first().waitFor();
  const nRows = await rows.count();
  check(nRows === coded, `table has the ${coded} events of the document`);
  const tableText = await page.locator('#events-table tbody').innerText();
  check(/COLGOV/.test(tableText) && /VENGOV/.test(tableText), 'table names COLGOV and VENGOV');

  // The network has the actors as nodes and their meeting as an edge.
  for (const actor of ['COLGOV', 'VENGOV']) {
    await page.locator(`#network svg [data-actor="${actor}"]`).first().waitFor();
    check(true, `network node ${actor}`);
  }
  const edge = page.locator('#network svg [data-source="COLGOV"][data-target="VENGOV"]');
  check((await edge.count()) === 1, 'network edge COLGOV → VENGOV');
  const colour = await edge.getAttribute('stroke');
  check(/^rgb\(/.test(colour), `edge coloured by mean Goldstein (${colour})`);

  // The map: a dot for every located event of the document. The pasted story names Bogotá,
  // so the geo stage must have placed at least one event.
  const located = await page.evaluate(async (id) => {
    const r = await (await fetch(`/events?doc=${encodeURIComponent(id)}`)).json();
    return r.events.filter((e) => e.location && e.location.lat != null && e.location.lon != null).length;
  }, docId);
  const dots = await page.locator('#map svg circle[data-event]').count();
  check(located > 0, 'coded events carry locations');
  check(dots === located, `map has a dot for each of the ${located} located events`);

  // The map's drawing, whatever the geo stage does today: the map's request for events is
  // answered once with the story's events placed in Bogotá, and a dot must appear there.
  const evs = await page.evaluate(async (id) => (await (await fetch(`/events?doc=${encodeURIComponent(id)}`)).json()).events, docId);
  const placed = evs.map((e) => ({ ...e, location: { name: 'Bogotá', country: 'COL', lat: 4.61, lon: -74.08 } }));
  await page.route(/\/events\?.*limit=1000/, (route) =>
    route.fulfill({ json: { total: placed.length, offset: 0, limit: 1000, events: placed } }),
  );
  await page.click('#filters-apply');
  const dot = page.locator('#map svg circle[data-place="Bogotá"]').first();
  await dot.waitFor();
  const [cx, cy] = [Number(await dot.getAttribute('cx')), Number(await dot.getAttribute('cy'))];
  check(Math.abs(cx - 1059.2) < 1 && Math.abs(cy - 853.9) < 1, `a located event is a dot at Bogotá (${cx}, ${cy})`);
  check((await page.locator('#map svg circle[data-event]').count()) === placed.length, 'one map element per located event');
  await page.unroute(/\/events\?.*limit=1000/);
  await page.click('#filters-apply');
  await page.waitForFunction((n) => document.querySelectorAll('#map svg circle[data-event]').length === n, located);

  // The document view marks actors and triggers, each event beside its sentence.
  await page.locator('#document-view .doc-event').first().waitFor();
  check((await page.locator('#document-view .doc-event').count()) === coded, 'document view lists every event');
  check((await page.locator('#document-view mark.trigger').count()) >= 2, 'triggers marked');
  check((await page.locator('#document-view mark.actor[data-actor="COLGOV"]').count()) >= 1, 'actor COLGOV marked');
  // Each event's row has its sentence on the left, with the event's trigger marked in it.
  const misplaced = await page.evaluate(() =>
    [...document.querySelectorAll('#document-view .doc-event')].filter((ev) => {
      const sentence = ev.parentElement.previousElementSibling;
      const marked = [...sentence.querySelectorAll('mark.trigger')].map((m) => m.textContent);
      return !marked.includes(ev.dataset.trigger);
    }).length,
  );
  check(misplaced === 0, 'every event sits beside its sentence, its trigger marked there');

  // Clicking the edge shows its dyad's timeline: a bar for the story's week.
  await edge.dispatchEvent('click');
  await page.waitForFunction(() => document.getElementById('timeline-dyad').value === 'COLGOV\u0000VENGOV');
  await page.locator('#timeline-figure svg rect[data-period="2024-W19"]').waitFor();
  check(true, 'edge click draws the COLGOV → VENGOV timeline (2024-W19)');

  // Filtering the table by actor.
  await page.fill('#filters input[name=doc]', docId);
  await page.fill('#filters input[name=actor]', 'COLREB');
  await page.click('#filters-apply');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#events-table tbody tr')].every((tr) => /COLREB/.test(tr.textContent)),
  );
  const filtered = await page.locator('#events-table tbody tr[data-event]').count();
  check(filtered >= 1 && filtered < coded, `actor filter leaves ${filtered} event(s)`);
  await page.fill('#filters input[name=actor]', '');
  await page.click('#filters-apply');
  await page.waitForFunction((n) => document.querySelectorAll('#events-table tbody tr[data-event]').length === n, coded);

  if (process.env.DYAD_SCREENSHOT) {
    // The picture for the README: the story's meeting on the timeline.
    await page.locator('#network svg [data-source="COLGOV"][data-target="VENGOV"]').dispatchEvent('click');
    await page.locator('#timeline-figure svg rect[data-period="2024-W19"]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: process.env.DYAD_SCREENSHOT, fullPage: true });
    console.log(`screenshot: ${process.env.DYAD_SCREENSHOT}`);
  }
  check(problems.length === 0, `no page errors${problems.length ? `: ${problems.join('; ')}` : ''}`);
  console.log('e2e: all checks passed');
} catch (e) {
  console.error(`e2e: ${e.message}`);
  if (problems.length) console.error(problems.join('\n'));
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
