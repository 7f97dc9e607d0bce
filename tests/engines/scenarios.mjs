// The scenarios of the engine tier, written once and run in Chromium (Playwright), Firefox and
// WebKit (WebDriver) through the driver layer of drivers.mjs. Each is `{ name, run(page, ctx) }`
// with ctx = { server, shot(name) }. They read the app through page.evaluate() only.
//
// Errors: the server puts a small script first in every page it serves here (HOOK), which
// records console.error calls, uncaught errors and rejections, resources that fail to load
// and CSP violations in window.__dxErrors, the same way in every engine; Playwright's own
// console and page-error events are checked as well in Chromium.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { distDir, serveHost } from '../e2e/support.mjs';

export const HOOK_PATH = 'engines-hook.js';
// A script of the page that logs an error and throws one: the hook must see both.
const PROBE_PATH = 'engines-probe.js';
const PROBE = `console.error('engine probe: logged'); setTimeout(() => { throw new Error('engine probe: thrown'); });`;
const HOOK = `(() => {
  const errors = (window.__dxErrors = []);
  const text = (v) => (v && v.stack) || String(v);
  const original = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(text).join(' '));
    return original.apply(this, args);
  };
  addEventListener('error', (e) => {
    const t = e.target;
    errors.push(t && t !== window && (t.src || t.href) ? 'failed to load: ' + (t.src || t.href) : 'error: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + text(e.reason)));
  addEventListener('securitypolicyviolation', (e) => errors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
})();`;
const HOOK_TAG = `<head>\n<script src="/${HOOK_PATH}"></script>`;

/** Makes `server` serve the hook, and index.html and embed.html with the hook first. */
export function installHook(server) {
  server.override(HOOK_PATH, HOOK, 'text/javascript; charset=utf-8');
  server.override(PROBE_PATH, PROBE, 'text/javascript; charset=utf-8');
  for (const page of ['index.html', 'embed.html']) {
    const html = readFileSync(path.join(distDir, page), 'utf8');
    assert.ok(html.includes('<head>'), `${page} has a <head>`);
    server.override(page, html.replace('<head>', HOOK_TAG), 'text/html; charset=utf-8');
  }
}

/** A host page of tests/e2e/hosts/, served with the hook; returns its address. */
const host = (server, name) => serveHost(server, name, { '<head>': HOOK_TAG });

const APP = '#dialogue-explorer .dx-app';

/** Polls `fn(arg)` in the page until its value is truthy; returns it. */
export async function waitFor(page, fn, arg, message, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await page.evaluate(fn, arg).catch((err) => `<${err.message.split('\n')[0]}>`);
    if (value && !(typeof value === 'string' && value.startsWith('<'))) return value;
    if (Date.now() > deadline) {
      assert.fail(`${page.engine}: ${message} (last seen: ${JSON.stringify(value)}; the page: ${await pageState(page)})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What a failed wait reports: the address, the app's text and the errors the hook saw. */
async function pageState(page) {
  const state = await page
    .evaluate(() => {
      const host = document.querySelector('#dialogue-explorer') || document.body;
      return {
        url: location.href,
        readyState: document.readyState,
        text: (host?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 400),
        errors: window.__dxErrors ?? null,
      };
    })
    .catch((err) => `<${err.message.split('\n')[0]}>`);
  return JSON.stringify(state);
}

/** The errors the hook saw in the page (and in the same-origin frames of it). */
async function assertNoErrors(page) {
  const seen = await page.evaluate(() => {
    const all = [...(window.__dxErrors || ['<no hook in the page>'])];
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        all.push(...(frame.contentWindow.__dxErrors || []).map((e) => `(frame) ${e}`));
      } catch {
        // a frame of another origin: not readable
      }
    }
    return all;
  });
  assert.deepEqual(seen, [], `${page.engine}: no error in the page`);
  const native = page.nativeErrors();
  if (native) assert.deepEqual(native, [], `${page.engine}: no console or page error`);
}

/** Opens the standalone app at `query` and waits for the explorer. */
async function openApp(page, server, query = '') {
  page.clearNativeErrors();
  await page.goto(server.url + query);
  await waitFor(page, (app) => document.querySelector(`${app} .dx-explorer`) != null, APP, 'the explorer shows');
}

// Read in the page (no eval: the app's CSP forbids it, and WebKit applies it to what a script does).
const statusOf = (root) => document.querySelector(`${root} p.dx-result-count[role="status"]`)?.textContent.trim();
const query = () => Object.fromEntries(new URL(location.href).searchParams);

export const SCENARIOS = [
  {
    name: 'the error hook sees an error logged and an error thrown by the page',
    async run(page, { server }) {
      await openApp(page, server);
      await page.evaluate((src) => {
        const script = document.createElement('script');
        script.src = src;
        document.head.append(script);
      }, `/${PROBE_PATH}`);
      const seen = await waitFor(page, () => window.__dxErrors.length >= 2 && window.__dxErrors, null, 'two errors recorded');
      assert.ok(seen.some((e) => e.startsWith('console.error: engine probe: logged')), `${page.engine}: the logged error: ${JSON.stringify(seen)}`);
      assert.ok(seen.some((e) => e.includes('engine probe: thrown')), `${page.engine}: the thrown error: ${JSON.stringify(seen)}`);
      page.clearNativeErrors();
    },
  },
  {
    name: 'the standalone page loads and renders the matrix',
    async run(page, { server, shot }) {
      await page.setViewport(1280, 900);
      await openApp(page, server);
      const matrix = await waitFor(
        page,
        (app) => {
          const table = document.querySelector(`${app} table.dx-matrix`);
          const cells = table?.querySelectorAll('button.dx-cell').length ?? 0;
          if (cells === 0) return null;
          const box = table.getBoundingClientRect();
          return { cells, rows: table.querySelectorAll('tbody tr').length, width: box.width, fonts: document.fonts.status };
        },
        APP,
        'the matrix has cells',
      );
      assert.ok(matrix.rows > 0 && matrix.width > 300, `${page.engine}: a matrix of ${JSON.stringify(matrix)}`);
      await waitFor(page, () => document.fonts.status === 'loaded', null, 'the fonts are loaded');
      await shot('matrix-1280');
      // The columns switch's legend is on the line of its buttons (WebKit put a floated legend
      // above them: docs/decisions.md).
      const legend = await page.evaluate((app) => {
        const fieldset = document.querySelector(`${app} fieldset.dx-segmented`);
        const range = document.createRange();
        range.selectNodeContents(fieldset.querySelector('legend'));
        const text = range.getBoundingClientRect();
        const button = fieldset.querySelector('label').getBoundingClientRect();
        return { textMiddle: Math.round((text.top + text.bottom) / 2), buttonTop: Math.round(button.top), buttonBottom: Math.round(button.bottom) };
      }, APP);
      assert.ok(
        legend.textMiddle > legend.buttonTop && legend.textMiddle < legend.buttonBottom,
        `${page.engine}: the "Columns" legend is beside its buttons: ${JSON.stringify(legend)}`,
      );
      await assertNoErrors(page);
    },
  },
  {
    name: 'a facet click narrows the results, the URL says so and Back undoes it',
    async run(page, { server }) {
      await openApp(page, server, '?dx-view=list');
      const before = await waitFor(page, statusOf, APP, 'the result count');
      // The count is the main module's; the list's entries come with the list's part.
      const entriesBefore = await waitFor(
        page,
        (app) => document.querySelectorAll(`${app} article.dx-entry`).length,
        APP,
        'the entries drawn',
      );
      const value = await page.evaluate(
        (app) => document.querySelector(`${app} input[type="checkbox"][data-facet="wg"]:not(:disabled)`)?.dataset.value,
        APP,
      );
      assert.ok(value, `${page.engine}: a working group to tick`);
      await page.click(
        ([app, v]) => document.querySelector(`${app} input[data-facet="wg"][data-value="${v}"]`).closest('li').querySelector('label'),
        [APP, value],
      );
      const after = await waitFor(page, ([app, b]) => {
        const t = document.querySelector(`${app} p.dx-result-count[role="status"]`)?.textContent.trim();
        return t !== b && t;
      }, [APP, before], 'the count changes');
      assert.equal((await page.evaluate(query))['dx-wg'], value, `${page.engine}: the URL has dx-wg`);
      const checked = await page.evaluate(([app, v]) => document.querySelector(`${app} input[data-facet="wg"][data-value="${v}"]`).checked, [APP, value]);
      assert.equal(checked, true, `${page.engine}: the box is ticked`);
      const narrowed = await page.evaluate((app) => document.querySelectorAll(`${app} article.dx-entry`).length, APP);
      assert.ok(narrowed > 0 && narrowed <= entriesBefore, `${page.engine}: ${narrowed} entries of ${entriesBefore} (${after})`);

      await page.back();
      await waitFor(page, ([app, b]) => document.querySelector(`${app} p.dx-result-count[role="status"]`)?.textContent.trim() === b, [APP, before], 'Back restores the count');
      assert.equal((await page.evaluate(query))['dx-wg'], undefined, `${page.engine}: Back removes dx-wg`);
      await assertNoErrors(page);
    },
  },
  {
    name: 'the search marks its word',
    async run(page, { server }) {
      await openApp(page, server, '?dx-view=list');
      await page.click(`${APP} .dx-search input[type="search"]`);
      await page.type(`${APP} .dx-search input[type="search"]`, 'child');
      const marks = await waitFor(
        page,
        (app) => {
          const m = [...document.querySelectorAll(`${app} .dx-results mark.dx-mark`)].map((e) => e.textContent);
          return m.length > 0 && m;
        },
        APP,
        'the results have marks',
      );
      assert.ok(marks.every((m) => m.toLowerCase().startsWith('child')), `${page.engine}: marks ${JSON.stringify(marks.slice(0, 5))}`);
      await waitFor(page, () => new URL(location.href).searchParams.get('dx-q') === 'child', null, 'dx-q=child in the URL');
      await assertNoErrors(page);
    },
  },
  {
    name: 'the agenda and a dialogue page render',
    async run(page, { server, shot }) {
      await page.setViewport(1280, 900);
      await openApp(page, server, '?dx-view=agenda&dx-today=2024-01-01');
      const id = await waitFor(page, (app) => document.querySelector(`${app} .dx-agenda article.dx-card`)?.dataset.dialogue, APP, 'agenda cards');
      await waitFor(page, () => document.fonts.status === 'loaded', null, 'the fonts are loaded');
      await shot('agenda-1280');
      await page.click(`${APP} .dx-agenda article.dx-card h3 a`);
      const title = await waitFor(
        page,
        ([app, d]) => document.querySelector(`${app} article.dx-dialogue-page[data-dialogue="${d}"]`) && document.querySelector(`${app} .dx-page-title`)?.textContent.trim(),
        [APP, id],
        'the dialogue page',
      );
      assert.ok(title.length > 3, `${page.engine}: the page's title "${title}"`);
      const q = await page.evaluate(query);
      assert.deepEqual([q['dx-view'], q['dx-id']], ['dialogue', id], `${page.engine}: the URL names the dialogue`);
      await assertNoErrors(page);
    },
  },
  {
    name: 'two elements on one host page, and host CSS that does not reach in',
    async run(page, { server }) {
      page.clearNativeErrors();
      await page.goto(host(server, 'two-instances.html'));
      await waitFor(page, () => {
        const first = document.querySelector('dialogue-explorer#first')?.shadowRoot;
        const second = document.querySelector('dialogue-explorer#second')?.shadowRoot;
        return first?.querySelector('table.dx-matrix button.dx-cell') != null && second?.querySelector('.dx-agenda article.dx-card') != null;
      }, null, 'the matrix in the first element and the agenda in the second');
      await assertNoErrors(page);

      // The same probes on a page without CSS and on the hostile one.
      const styles = () => {
        const root = document.querySelector('dialogue-explorer#widget')?.shadowRoot;
        const probes = { app: '.dx-app', tab: 'a.dx-tab', th: 'table.dx-matrix th.dx-col-head', cell: 'button.dx-cell', label: '.dx-facet-value label' };
        if (!root?.querySelector('table.dx-matrix button.dx-cell')) return null;
        const props = ['font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'color', 'letter-spacing', 'word-spacing',
          'text-transform', 'text-indent', 'text-shadow', 'text-align', 'border-top-width', 'border-top-style', 'display'];
        return Object.fromEntries(Object.entries(probes).map(([k, sel]) => {
          const cs = getComputedStyle(root.querySelector(sel));
          return [k, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
        }));
      };
      await page.goto(host(server, 'plain.html'));
      const plain = await waitFor(page, styles, null, 'the widget on the plain page');
      await page.goto(host(server, 'hostile-css.html'));
      const hostile = await waitFor(page, styles, null, 'the widget on the hostile page');
      const hostTh = await page.evaluate(() => getComputedStyle(document.querySelector('main > table th')).color);
      assert.equal(hostTh, 'rgb(255, 0, 0)', `${page.engine}: the host's CSS applies to the host`);
      assert.deepEqual(hostile, plain, `${page.engine}: the widget's computed styles are those of a page without CSS`);
      await assertNoErrors(page);
    },
  },
  {
    name: 'the iframe page posts its height',
    async run(page, { server }) {
      page.clearNativeErrors();
      await page.goto(host(server, 'iframe.html'));
      // The first messages may come while the dataset loads; the agenda's is taller than 300 px.
      await waitFor(page, () => window.heightMessages?.at(-1) > 300, null, 'a height message of the agenda (over 300 px)');
      await waitFor(page, () => document.getElementById('frame').contentWindow.document.querySelector('.dx-agenda article.dx-card') != null, null, 'the agenda in the frame');
      // The latest message, read at each try: the agenda may still grow once it shows (its part
      // of the module arrives after the frame's first layout, and fonts after that).
      await waitFor(page, () => document.getElementById('frame').getBoundingClientRect().height === window.heightMessages.at(-1), null, 'the frame takes the height');
      await waitFor(page, () => document.getElementById('frame').contentWindow.document.querySelector('.dx-agenda article.dx-card') != null, null, 'the agenda in the frame');
      await assertNoErrors(page);
    },
  },
  {
    name: 'Arabic is laid out right to left',
    async run(page, { server }) {
      await page.setViewport(1280, 900);
      await openApp(page, server, '?dx-lang=ar');
      const layout = await waitFor(page, (app) => {
        const el = document.querySelector(`${app}[dir="rtl"][lang="ar"]`);
        const table = el?.querySelector('table.dx-matrix');
        const head = table?.querySelector('th.dx-row-head');
        if (!head) return null;
        const t = table.getBoundingClientRect();
        const h = head.getBoundingClientRect();
        return { direction: getComputedStyle(el).direction, headRight: Math.round(h.right), tableRight: Math.round(t.right), tableLeft: Math.round(t.left) };
      }, APP, '.dx-app[dir=rtl][lang=ar] with its matrix');
      assert.equal(layout.direction, 'rtl', `${page.engine}: direction`);
      assert.ok(Math.abs(layout.headRight - layout.tableRight) <= 2, `${page.engine}: the theme column is on the right: ${JSON.stringify(layout)}`);
      await assertNoErrors(page);
    },
  },
  {
    name: 'the ICS and CSV downloads produce their files',
    async run(page, { server }) {
      await openApp(page, server, '?dx-view=list');
      // What the app hands the browser: the Blob behind the object URL and the <a download>
      // it clicks (the click itself is kept from navigating, so no engine opens a dialog).
      await page.evaluate(() => {
        window.__dxDownloads = [];
        const blobs = new Map();
        const create = URL.createObjectURL;
        URL.createObjectURL = function (obj) {
          const url = create.call(URL, obj);
          blobs.set(url, obj);
          return url;
        };
        HTMLAnchorElement.prototype.click = function () {
          const blob = blobs.get(this.href);
          const record = { name: this.download, href: this.href, type: blob?.type, text: null };
          window.__dxDownloads.push(record);
          blob?.arrayBuffer().then((b) => (record.text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)));
        };
      });
      for (const [kind, extension, start] of [['ics', '.ics', 'BEGIN:VCALENDAR'], ['csv', '.csv', '\ufeff']]) {
        await page.click(`${APP} .dx-export button[data-export="${kind}"]`);
        const file = await waitFor(page, (n) => window.__dxDownloads.at(-1)?.text != null && window.__dxDownloads.length === n && window.__dxDownloads.at(-1), kind === 'ics' ? 1 : 2, `the ${kind} file`);
        assert.ok(file.href.startsWith('blob:'), `${page.engine}: a blob: URL (${file.href})`);
        assert.ok(file.name.endsWith(extension), `${page.engine}: the file name ${file.name}`);
        assert.ok(file.text.startsWith(start), `${page.engine}: ${kind} starts with ${JSON.stringify(start)}: ${JSON.stringify(file.text.slice(0, 40))}`);
        assert.ok(file.text.length > 200, `${page.engine}: ${kind} has content`);
      }
      await assertNoErrors(page);
    },
  },
  {
    name: 'a star survives a reload',
    async run(page, { server }) {
      await openApp(page, server, '?dx-view=agenda&dx-today=2024-01-01');
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const star = `${APP} .dx-agenda article.dx-card button.dx-star[data-star]`;
      const id = await waitFor(page, (s) => document.querySelector(s)?.dataset.star, star, 'a star button');
      const pressed = (s) => document.querySelector(s)?.getAttribute('aria-pressed');
      assert.equal(await page.evaluate(pressed, star), 'false', `${page.engine}: not starred yet`);
      await page.click(star);
      await waitFor(page, (s) => document.querySelector(s)?.getAttribute('aria-pressed') === 'true', star, 'the star is pressed');
      await page.reload();
      await waitFor(page, ([s, d]) => document.querySelector(`${s.replace('[data-star]', `[data-star="${d}"]`)}`)?.getAttribute('aria-pressed') === 'true', [star, id], 'the star is still pressed after the reload');
      const stored = await page.evaluate(() => localStorage.getItem('dialogue-explorer:stars:v1'));
      assert.ok(stored?.includes(id), `${page.engine}: localStorage keeps ${id}: ${stored}`);
      await page.evaluate(() => localStorage.clear());
      await assertNoErrors(page);
    },
  },
];
