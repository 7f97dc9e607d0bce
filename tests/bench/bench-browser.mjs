// `make bench-browser`: the explorer's release build (dist/) against a plain-JS page doing the
// same filter-and-render (reference.html), in headless Chromium, at the bundled size and at about
// 1,000, 10,000 and 100,000 entries (enlarge.mjs). Prints figures; asserts nothing.
//
//   load      navigation start until the result count shows (ms)
//   click     a theme checkbox ticked or unticked until the frame that shows the new count has
//             been laid out and painted (median and maximum of CLICKS clicks, ms)
//   elements  elements on the page after loading, in each view (the budget is 5,000)
//
// BENCH_SIZES=1000,10000 picks the sizes (0 is the bundled dataset), BENCH_VIEWS=list the views,
// BENCH_CLICKS=41 the clicks per page.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { countEntries, enlarge } from './enlarge.mjs';
import { launchBrowser, readDataset, repoRoot, startServer } from '../e2e/support.mjs';

const CLICKS = Number(process.env.BENCH_CLICKS || 41);
const SIZES = (process.env.BENCH_SIZES || '0,1000,10000,100000').split(',').map(Number);
const VIEWS = (process.env.BENCH_VIEWS || 'matrix,list,agenda').split(',');
const here = path.join(repoRoot, 'tests', 'bench');

/** The app's stylesheet as the module carries it: style/*.css in the order src/ui/styles.rs names. */
function appStylesheet() {
  const styles = readFileSync(path.join(repoRoot, 'src', 'ui', 'styles.rs'), 'utf8');
  const files = [...styles.matchAll(/include_str!\("\.\.\/\.\.\/(style\/[\w-]+\.css)"\)/g)].map((m) => m[1]);
  if (files.length === 0) throw new Error('no stylesheet named in src/ui/styles.rs');
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
    await page.waitForFunction((s) => document.querySelector(s)?.textContent.trim(), countSelector, {
      timeout,
      polling: 10,
    });
    const load = await page.evaluate(() => performance.now());
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const clicks = [];
    for (let i = 0; i < CLICKS; i++) clicks.push(await timedClick(page, boxSelector, countSelector));
    return { load, elements, clicks };
  } finally {
    await page.close();
  }
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
          .replace('<main id="dialogue-explorer"', `<main id="dialogue-explorer" data-src="${path.basename(file)}"`);
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
    console.log('| page | entries | dialogues | view | load ms | click median ms | click max ms | elements |');
    console.log('|---|---|---|---|---|---|---|---|');
    header = true;
  }
  for (const r of rows) {
    if (r.failed) {
      console.log(`| ${r.who} | ${r.entries} | ${r.dialogues} | ${r.view} | failed: ${r.failed} | | | |`);
      continue;
    }
    console.log(
      `| ${r.who} | ${r.entries} | ${r.dialogues} | ${r.view} | ${ms(r.load)} | ${ms(median(r.clicks))} | ${ms(Math.max(...r.clicks))} | ${r.elements} |`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
