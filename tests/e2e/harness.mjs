// The harness every end-to-end test file shares (support.mjs holds the machinery under it: the
// static server, the browser, the page watcher):
//
// - NEEDS_BUILD / missingBuild: the suites are skipped when dist/ holds no release build;
// - useSuite(): the hooks of a suite (dataset, server and browser) and fresh pages on the app;
// - ready(), until(), assertClean(), assertNoErrors(), axeReport(): waiting and checking;
// - APP, params(), statusText(), facetInput(), facetLabel(), activeCell(): reading the app;
// - suite.oracle: the expected values, computed by the app's own domain (oracle.mjs).

import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';

import path from 'node:path';

import { Oracle, buildOracle } from './oracle.mjs';
import { DATASET_PATH, checkA11y, distDir, launchBrowser, readDataset, requireBuild, settle, startServer } from './support.mjs';
import { waitForOutcome, watchPage } from './support.mjs';

// ---------------------------------------------------------------------------------------------
// The build, the suite and its pages.
// ---------------------------------------------------------------------------------------------

/**
 * Why there is nothing to test (no release build in dist/), or null. Without a build the suites
 * are skipped, and foundation.test.mjs has one failing test that says so, instead of every test
 * failing with the same message.
 */
export const missingBuild = (() => {
  try {
    requireBuild();
    return null;
  } catch (err) {
    return err;
  }
})();

/** Options of the describe() of a suite: skipped without a build. */
export const NEEDS_BUILD = { skip: missingBuild ? 'no build in dist/' : false };

export const DESKTOP = { width: 1280, height: 900 };
export const WIDE = { width: 1400, height: 1000 };
export const PHONE = { width: 375, height: 800 };
export const NARROW = { width: 320, height: 640 };

/** The root of the standalone app (index.html, embed.html). */
export const APP = '#dialogue-explorer .dx-app';

/**
 * Registers the hooks of a suite; call it first in the suite's describe(), so that its `before`
 * runs before the suite's own. Before all tests: the dataset of the build, a static server over
 * dist/, the browser and the oracle of the build's dataset (built if need be); before each: the
 * server's reset(); after all: both closed.
 *
 * Returns the suite: `server`, `browser`, `dataset` and `oracle` (set once `before` has run) and
 * the helpers below, which can be destructured (`const { openApp, goto } = suite`).
 *
 * @param {object} [defaults] of every page the suite opens: `viewport` (DESKTOP) and any other
 *   option of browser.newContext() (locale, colorScheme, acceptDownloads…).
 */
export function useSuite({ viewport: defaultViewport = DESKTOP, ...defaultContext } = {}) {
  const suite = {
    server: null,
    browser: null,
    dataset: null,
    /** What the app's domain computes for the build's dataset (oracle.mjs); links to `server`. */
    oracle: null,

    /**
     * A fresh browser context (closed when the test `t` ends) and a page in it, watched, on no
     * address yet; returns `{ context, page, watch }`.
     *
     * @param {object} [options] `viewport`; `origins`, the origin or origins whose requests
     *   are the page's own (default: the suite's server); `init`, `{ script, arg }` added as an
     *   init script of the context; `context`, an open context to add the page to instead (its
     *   options are then left alone); any other option of browser.newContext().
     */
    async newPage(t, { viewport = defaultViewport, origins = suite.server.origin, init, context, ...options } = {}) {
      if (!context) {
        context = await suite.browser.newContext({ viewport, ...defaultContext, ...options });
        t.after(() => context.close());
        context.setDefaultTimeout(20_000);
      }
      if (init) await context.addInitScript(init.script, init.arg);
      const page = await context.newPage();
      const watch = watchPage(page, origins);
      return { context, page, watch };
    },

    /** A fresh page (see newPage) at `url` (default: the app), without waiting for anything. */
    async openPage(t, url = suite.server.url, options = {}) {
      const opened = await suite.newPage(t, options);
      await opened.page.goto(url);
      return opened;
    },

    /** A fresh page (see newPage) on the app at `query` (as "?dx-view=list"), once the explorer shows. */
    async openApp(t, { query = '', ...options } = {}) {
      const opened = await suite.newPage(t, options);
      await suite.goto(opened.page, query);
      return opened;
    },

    /** Opens the app at `query` in `page` and waits until the explorer shows. */
    async goto(page, query) {
      await page.goto(suite.server.url + query);
      await ready(page);
    },

    /** The dialogue of the dataset with this id (which must be there). */
    dialogueById(id) {
      const d = suite.dataset.dialogues.find((x) => x.id === id);
      assert.ok(d, `the dataset has dialogue ${id}`);
      return d;
    },
  };

  before(async () => {
    suite.dataset = readDataset();
    suite.server = await startServer();
    suite.browser = await launchBrowser();
    buildOracle();
    suite.oracle = new Oracle({ dataset: path.join(distDir, DATASET_PATH), base: suite.server.url });
  });

  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });

  beforeEach(() => suite.server?.reset());

  return suite;
}

// ---------------------------------------------------------------------------------------------
// Waiting and checking.
// ---------------------------------------------------------------------------------------------

/**
 * Waits until the explorer (not only the summary) is on screen, with its view: a view other than
 * the matrix says "Loading this view…" until its part of the module has come (src/ui/on_demand.rs).
 */
export async function ready(page) {
  const outcome = await waitForOutcome(page);
  assert.equal(outcome, 'summary', 'the app loaded its dataset');
  await page.locator(`${APP} .dx-explorer`).waitFor();
  await until(() => page.locator(`${APP} .dx-view-loading`).count(), (n) => n === 0, 'the view has come', 20_000);
}

/** Polls `read()` until `ok(value)` holds; fails with `message` and the last value otherwise. */
export async function until(read, ok, message, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) assert.fail(`${message} (last seen: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * What the watcher of a page saw: no uncaught error, no console error (but those matching one
 * of `allowedConsole`; none checked with `checkConsole: false`), no request leaving the served
 * origin(s).
 */
export function assertNoErrors(watch, { allowedConsole = [], checkConsole = true } = {}) {
  assert.deepEqual(watch.pageErrors, [], 'no uncaught errors in the page');
  if (checkConsole) assert.deepEqual(watch.unexpectedConsoleErrors(allowedConsole), [], 'no console errors');
  assert.deepEqual(watch.foreignRequests, [], 'no request leaves the served origin(s)');
}

/** Lets late requests happen (for a second at most), then assertNoErrors(watch, options). */
export async function assertClean(page, watch, options) {
  await settle(page, 1_000);
  assertNoErrors(watch, options);
}

/**
 * Asserts that axe-core finds no violation on the page (`options` as for checkA11y);
 * `what` names the page in the message.
 */
export async function assertAccessible(page, what, options) {
  const violations = await checkA11y(page, options);
  assert.equal(violations.length, 0, `axe violations${what ? ` ${what}` : ''}:\n${violations.join('\n\n')}`);
}

/**
 * Collects the axe violations of several screens, so that one run lists every violation:
 * `check(page, what)` on each screen, then `assertNone()`.
 */
export function axeReport() {
  const found = [];
  return {
    async check(page, what, options) {
      const violations = await checkA11y(page, options);
      if (violations.length > 0) found.push(`== ${what}:\n${violations.join('\n\n')}`);
    },
    assertNone() {
      assert.equal(found.length, 0, `axe violations on ${found.length} screen(s):\n${found.join('\n\n')}`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the app.
// ---------------------------------------------------------------------------------------------

/** The query parameters of the page's address. */
export const params = (page) => new URL(page.url()).searchParams;

/**
 * The text of the result count ("12 entries in 3 dialogues", a polite live region) of the app
 * rooted at `root`.
 */
export async function statusText(page, root = APP) {
  const status = page.locator(`${root} p.dx-result-count[role="status"][aria-live="polite"]`);
  return ((await status.textContent()) ?? '').trim();
}

/** The checkbox of a facet value. */
export const facetInput = (page, facet, value, root = APP) =>
  page.locator(`${root} input[type="checkbox"][data-facet="${facet}"][data-value="${value}"]`);

/** The label of a facet value (a click on it toggles the value). */
export const facetLabel = (page, facet, value, root = APP) =>
  page.locator(`${root} li.dx-facet-value:has(input[data-facet="${facet}"][data-value="${value}"]) > label`);

/** The data-cell ("row-column") of the focused matrix cell, else a description of the focused element. */
export function activeCell(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.matches('button.dx-cell') ? el.dataset.cell : `<${el?.tagName?.toLowerCase()} ${el?.className ?? ''}>`;
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers.
// ---------------------------------------------------------------------------------------------

/** The English text of a dataset Text (a string, or an object with `en`). */
export function en(text) {
  if (text == null) return '';
  return typeof text === 'string' ? text : (text.en ?? '');
}

export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses "Show more" inside `scope` (a selector in the app) until the whole list is drawn. */
export async function showAll(page, scope) {
  const button = page.locator(`${APP} ${scope} .dx-show-more button`);
  while ((await button.count()) > 0) {
    const before = await page.locator(`${APP} ${scope} article`).count();
    await button.first().click();
    await until(() => page.locator(`${APP} ${scope} article`).count(), (n) => n > before, '"Show more" adds to the list');
  }
}
