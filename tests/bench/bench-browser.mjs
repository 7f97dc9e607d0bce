// `make bench-browser`: the explorer's release build (dist/) against a plain-JS page doing the
// same filter-and-render (reference.html), in headless Chromium, at the bundled size and at about
// 1,000, 10,000 and 100,000 entries (enlarge.mjs). Prints figures; asserts nothing.
//
//   load      navigation start until the result count and the view show (ms)
//   click     a theme checkbox ticked or unticked until the frame that shows the new count has
//             been laid out and painted (median and maximum of CLICKS clicks, ms)
//   script, style and layout  Chromium's own time in script, and in style and layout, per click
//             (CDP Performance.getMetrics over all the clicks): where a click's time goes
//   elements  elements on the page after loading, in each view (the budget is 5,000)
//
// BENCH_SIZES=1000,10000 picks the sizes (0 is the bundled dataset; none skips these tables),
// BENCH_VIEWS=list the views, BENCH_CLICKS=41 the clicks per page. The clicks alternate between
// ticking and unticking one theme, which cost differently, so the median lies where the two
// directions meet; BENCH_DIRECTIONS=1 prints each direction's median as well.
//
// BENCH_THROTTLE=fast3g first prints a table of first visits of index.html (no cache, the bundled
// dataset) under Chrome DevTools' "Fast 3G" conditions (562.5 ms latency, 180,000 bytes/s down,
// 84,375 bytes/s up, through CDP's Network.emulateNetworkConditions), and unthrottled: the time
// from navigation until the first results show, and when the module and the dataset were asked
// for and arrived (so that one can see whether they come in parallel). BENCH_RUNS=3 visits each.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { countEntries, enlarge } from './enlarge.mjs';
import { launchBrowser, readDataset, repoRoot, startServer } from '../e2e/support.mjs';

const CLICKS = Number(process.env.BENCH_CLICKS || 41);
const SIZES = process.env.BENCH_SIZES === 'none' ? [] : (process.env.BENCH_SIZES || '0,1000,10000,100000').split(',').map(Number);
const VIEWS = (process.env.BENCH_VIEWS || 'matrix,list,agenda').split(',');
const here = path.join(repoRoot, 'tests', 'bench');
const RUNS = Number(process.env.BENCH_RUNS || 3);

/** Chrome DevTools' network presets, as CDP Network.emulateNetworkConditions takes them. */
const THROTTLES = {
  none: null,
  // DevTools' "Fast 3G" (front_end/core/sdk/NetworkManager.ts): 1.6 Mbps down and 750 kbps up
  // at 90 %, 150 ms latency times 3.75.
  fast3g: { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 },
};

/** The app's stylesheet as the module carries it: style/*.css in the order build.rs names. */
function appStylesheet() {
  const build = readFileSync(path.join(repoRoot, 'build.rs'), 'utf8');
  const list = build.match(/const APP_STYLES: &\[&str\] = &\[([^\]]*)\]/);
  const files = list ? [...list[1].matchAll(/"([\w-]+)"/g)].map((m) => `style/${m[1]}.css`) : [];
  if (files.length === 0) throw new Error('no stylesheet named in build.rs (APP_STYLES)');
  return files.map((f) => readFileSync(path.join(repoRoot, f), 'utf8')).join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));

// Runs in the page: ticks `selector`, waits for `countSelector` to change, then for a frame.
async function timedClick(page, selector, countSelector) {
  return page.evaluate(
    async ([selector, countSelector]) => {
      const count = document.querySelector(countSelector);
      const before = count.textContent;
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (count.textContent !== before) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(count, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      document.querySelector(selector).click();
      await changed;
      // The frame that shows the change: a requestAnimationFrame callback runs before that
      // frame's style, layout and paint, and a message posted from it arrives after them.
      await new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
      return performance.now() - start;
    },
    [selector, countSelector],
  );
}

async function measure(browser, url, { countSelector, boxSelector, timeout }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url, { timeout });
    // The count, then the view itself: a view other than the matrix says "Loading this view…"
    // until its part of the module has come (src/ui/on_demand.rs).
    // Or the app's load-error view: a dataset past the reader's limits (32 MB) is refused with
    // a located message, not read, and that is reported as such.
    await page.waitForFunction(
      (s) =>
        (document.querySelector(s)?.textContent.trim() && !document.querySelector('.dx-view-loading')) ||
        document.querySelector('.dx-app .dx-problems li'),
      countSelector,
      { timeout, polling: 10 },
    );
    const load = await page.evaluate(() => performance.now());
    const refused = await page.evaluate(() => document.querySelector('.dx-app .dx-problems li')?.textContent.trim());
    if (refused) throw new Error(`refused after ${Math.round(load)} ms: ${refused.replace(/\s+/g, ' ')}`);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    // Where the clicks' time goes: Chromium's own totals of script, and of style and layout.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const totals = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const of = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { script: of('ScriptDuration'), layout: of('RecalcStyleDuration') + of('LayoutDuration') };
    };
    const before = await totals();
    const clicks = [];
    for (let i = 0; i < CLICKS; i++) clicks.push(await timedClick(page, boxSelector, countSelector));
    const after = await totals();
    const perClick = (k) => ((after[k] - before[k]) * 1000) / CLICKS;
    return { load, elements, clicks, script: perClick('script'), layout: perClick('layout') };
  } finally {
    await page.close();
  }
}

/**
 * A first visit of the standalone page: a new context (nothing cached), the network throttled
 * as `conditions` says, until the result count shows. Resource timings say when the module and
 * the dataset were requested and finished, from navigation start.
 */
async function firstVisit(browser, url, conditions) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('.dx-result-count')?.textContent.trim(), null, {
      timeout: 120_000,
      polling: 10,
    });
    return await page.evaluate(() => {
      const load = performance.now();
      const entry = (suffix) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix));
      const span = (e) => (e ? [e.startTime, e.responseEnd] : [NaN, NaN]);
      const requests = (suffix) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(suffix)).length;
      return {
        load,
        wasm: span(entry('dialogue-explorer_bg.wasm')),
        data: span(entry('data/dialogues.json')),
        dataRequests: requests('data/dialogues.json'),
      };
    });
  } finally {
    await context.close();
  }
}

async function firstVisits(browser) {
  const profile = process.env.BENCH_THROTTLE;
  if (!profile) return;
  // Compressed, as any host sends them: the sizes of `make size` are the ones that travel.
  const server = await startServer({ gzip: true });
  if (!(profile in THROTTLES)) throw new Error(`BENCH_THROTTLE=${profile}: one of ${Object.keys(THROTTLES).join(', ')}`);
  console.log('| first visit | load ms (median) | load ms (all) | module asked–arrived ms | dataset asked–arrived ms | dataset requests |');
  console.log('|---|---|---|---|---|---|');
  for (const name of [...new Set(['none', profile])]) {
    const visits = [];
    for (let i = 0; i < RUNS; i++) visits.push(await firstVisit(browser, server.url, THROTTLES[name]));
    const mid = visits.find((v) => v.load === median(visits.map((w) => w.load)));
    const range = ([a, b]) => `${ms(a)}–${ms(b)}`;
    console.log(
      `| ${name} | ${ms(mid.load)} | ${visits.map((v) => ms(v.load)).join(', ')} | ${range(mid.wasm)} | ${range(mid.data)} | ${mid.dataRequests} |`,
    );
  }
  console.log('');
  await server.close();
}

async function main() {
  const bundled = readDataset();
  const server = await startServer();
  server.override('bench/reference.html', readFileSync(path.join(here, 'reference.html')));
  server.override('bench/reference.js', readFileSync(path.join(here, 'reference.js')));
  server.override('bench/app.css', appStylesheet(), 'text/css; charset=utf-8');
  const browser = await launchBrowser();
  const theme = bundled.themes[0].id;
  const rows = [];
  try {
    await firstVisits(browser);
    for (const size of SIZES) {
      const data = size === 0 ? bundled : enlarge(bundled, size);
      const entries = countEntries(data);
      const file = `bench/data-${entries}.json`;
      server.override(file, JSON.stringify(data), 'application/json');
      const timeout = 30_000 + entries * 3;
      for (const view of VIEWS) {
        const ref = await measure(browser, `${server.url}bench/reference.html?view=${view}&src=../${file}`, {
          countSelector: '#count',
          boxSelector: `#facets input[data-facet="theme"][data-value="${theme}"]`,
          timeout,
        });
        rows.push({ who: 'plain JS', entries, dialogues: data.dialogues.length, view, ...ref });
        // The standalone page reads its dataset's address from the mount element: serve a copy
        // of index.html whose data-src names the enlarged file.
        const index = readFileSync(path.join(repoRoot, 'dist', 'index.html'), 'utf8')
          .replace(/\b(src|href)="(?![a-z]+:|\/|#|\.\.\/)(?:\.\/)?/g, '$1="../')
          .replace('<main id="dialogue-explorer"', `<main id="dialogue-explorer" data-src="${path.basename(file)}"`)
          // and so does its preload (index.html), or it would fetch the bundled file for nothing
          .replace('href="../data/dialogues.json"', `href="${path.basename(file)}"`);
        server.override('bench/index.html', index, 'text/html; charset=utf-8');
        try {
          const app = await measure(browser, `${server.url}bench/index.html?dx-view=${view}`, {
            countSelector: '.dx-result-count',
            boxSelector: `input[data-facet="theme"][data-value="${theme}"]`,
            timeout,
          });
          rows.push({ who: 'app', entries, dialogues: data.dialogues.length, view, ...app });
        } catch (err) {
          rows.push({ who: 'app', entries, dialogues: data.dialogues.length, view, failed: err.message.split('\n')[0] });
        }
      }
      print(rows.slice(-2 * VIEWS.length));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}

let header = false;
function print(rows) {
  if (!header) {
    console.log('| page | entries | dialogues | view | load ms | click median ms | click max ms | script ms per click | style and layout ms per click | elements |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    header = true;
  }
  for (const r of rows) {
    if (r.failed) {
      console.log(`| ${r.who} | ${r.entries} | ${r.dialogues} | ${r.view} | failed: ${r.failed} | | | | | |`);
      continue;
    }
    if (process.env.BENCH_DIRECTIONS) {
      // The clicks alternate: the even ones tick the checkbox, the odd ones untick it.
      const tick = r.clicks.filter((_, i) => i % 2 === 0);
      const untick = r.clicks.filter((_, i) => i % 2 === 1);
      console.log(`${r.who} ${r.view}: tick median ${ms(median(tick))}, untick median ${ms(median(untick))}`);
    }
    console.log(
      `| ${r.who} | ${r.entries} | ${r.dialogues} | ${r.view} | ${ms(r.load)} | ${ms(median(r.clicks))} | ${ms(Math.max(...r.clicks))} | ${ms(r.script)} | ${ms(r.layout)} | ${r.elements} |`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
