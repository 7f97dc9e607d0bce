// End-to-end tests of the foundation: loading, summary, error and retry, accessibility,
// narrow screens, sub-path hosting. They run against the release build in dist/
// (`make build`; `make test` builds first): `node --test tests/e2e/`.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';

import {
  DATASET_PATH,
  checkA11y,
  errorText,
  launchBrowser,
  readDataset,
  repoRoot,
  requireBuild,
  screenshot,
  settle,
  startServer,
  waitForOutcome,
  watchPage,
} from './support.mjs';

// Without a build there is nothing to test: one failing test says so, instead of every test
// failing with the same message.
let missingBuild = null;
try {
  requireBuild();
} catch (err) {
  missingBuild = err;
}
test('a release build is present in dist/', () => {
  if (missingBuild) throw missingBuild;
});

const DESKTOP = { width: 1280, height: 800 };
const TIMEOUT = { timeout: 90_000 };
// The browser's own report of the blocked dataset.
const EXPECTED_404 = [/Failed to load resource: .*404/];

describe('foundation', { skip: missingBuild ? 'no build in dist/' : false }, () => {
  let server;
  let browser;
  let dataset;

  before(async () => {
    requireBuild();
    dataset = readDataset();
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(() => server?.reset());

  /** A fresh browser context and page on the app, closed when the test ends. */
  async function openApp(t, { viewport = DESKTOP, url = server.url, origin = server.origin } = {}) {
    const context = await browser.newContext({ viewport });
    t.after(() => context.close());
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const watch = watchPage(page, origin);
    await page.goto(url);
    return { page, watch };
  }

  function expectedCounts() {
    const counts = {};
    for (const [key, field] of [
      ['dialogues', 'dialogues'],
      ['working-groups', 'working_groups'],
      ['themes', 'themes'],
    ]) {
      assert.ok(Array.isArray(dataset[field]), `dist/${DATASET_PATH} has no array "${field}"`);
      counts[key] = dataset[field].length;
    }
    return counts;
  }

  async function assertSummary(page) {
    const outcome = await waitForOutcome(page);
    if (outcome !== 'summary') assert.fail(`expected the summary, the app shows an error:\n${await errorText(page)}`);
    assert.equal(await page.locator('#dialogue-explorer > div.dx-app').count(), 1, 'one div.dx-app root in #dialogue-explorer');
    const summary = page.locator('#dialogue-explorer section.dx-summary');
    await summary.waitFor({ state: 'visible' });
    for (const [key, expected] of Object.entries(expectedCounts())) {
      const el = summary.locator(`[data-count="${key}"]`);
      assert.equal(await el.count(), 1, `one [data-count="${key}"] in section.dx-summary`);
      const text = (await el.textContent()).trim();
      assert.match(text, /^\d+$/, `[data-count="${key}"] holds only digits, found ${JSON.stringify(text)}`);
      assert.equal(Number(text), expected, `[data-count="${key}"] matches dist/${DATASET_PATH}`);
    }
    assert.equal(await page.locator('#dialogue-explorer .dx-error').count(), 0, 'no .dx-error next to the summary');
  }

  async function assertError(page) {
    const outcome = await waitForOutcome(page);
    assert.equal(outcome, 'error', 'expected .dx-error, the app shows the summary');
    const error = page.locator('#dialogue-explorer .dx-error');
    assert.equal(await error.getAttribute('role'), 'alert', '.dx-error has role="alert"');
    const reason = error.locator('.dx-error-reason');
    assert.ok((await reason.count()) >= 1, `.dx-error has a .dx-error-reason:\n${await errorText(page)}`);
    const retry = error.locator('button.dx-retry');
    assert.equal(await retry.count(), 1, 'one button.dx-retry in .dx-error');
    assert.match(await retry.innerText(), /retry/i, 'the retry button says "Retry"');
    return { error, reason: (await reason.first().innerText()).trim(), retry };
  }

  function assertNoPageErrors(watch) {
    assert.deepEqual(watch.pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(watch.foreignRequests, [], 'no request leaves the origin');
  }

  test('(a) the summary shows the counts of the dataset, cleanly and accessibly', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t);
    await assertSummary(page);
    await settle(page);
    assertNoPageErrors(watch);
    assert.deepEqual(watch.consoleErrors, [], 'no console errors');
    const violations = await checkA11y(page);
    assert.equal(violations.length, 0, `axe violations:\n${violations.join('\n\n')}`);
    await screenshot(page, 'summary');
  });

  test('(b) a missing dataset shows a 404 error; Retry recovers once it is back', TIMEOUT, async (t) => {
    server.block(DATASET_PATH);
    const { page, watch } = await openApp(t);
    const { reason, retry } = await assertError(page);
    assert.match(reason, /404/, `.dx-error-reason names the 404, found ${JSON.stringify(reason)}`);
    assertNoPageErrors(watch);
    assert.deepEqual(watch.unexpectedConsoleErrors(EXPECTED_404), [], 'no console errors but the 404 itself');
    const violations = await checkA11y(page);
    assert.equal(violations.length, 0, `axe violations:\n${violations.join('\n\n')}`);
    await screenshot(page, 'error');

    server.unblock(DATASET_PATH);
    await retry.click();
    await page.locator('#dialogue-explorer section.dx-summary').waitFor({ state: 'visible' });
    await assertSummary(page);
    assertNoPageErrors(watch);
  });

  test('(c) malformed JSON shows the problem with its line and column', TIMEOUT, async (t) => {
    server.override(DATASET_PATH, '{"schema_version": 1, "sources": [}');
    const { page, watch } = await openApp(t);
    const { error } = await assertError(page);
    const problems = await error.locator('ul.dx-problems li').allInnerTexts();
    assert.ok(problems.length >= 1, `ul.dx-problems lists the problem:\n${await errorText(page)}`);
    assert.ok(
      problems.some((p) => p.includes('line 1')),
      `a problem names "line 1" (as "line L, column C"), found:\n${problems.join('\n')}`,
    );
    assertNoPageErrors(watch);
    assert.deepEqual(watch.consoleErrors, [], 'no console errors');
  });

  test('(c3) an invalid dataset lists every problem with its place, as the validator does', TIMEOUT, async (t) => {
    const fixture = path.join(repoRoot, 'tests/fixtures/invalid/dangling-references');
    server.override(DATASET_PATH, fs.readFileSync(`${fixture}.json`, 'utf8'));
    const { page, watch } = await openApp(t);
    const { error } = await assertError(page);
    const shown = (await error.locator('ul.dx-problems li').allInnerTexts()).map((p) => p.trim());
    // The expected file holds `LINE:COL: path: message`; the page says `line L, column C path: message`.
    const expected = fs
      .readFileSync(`${fixture}.expected`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.replace(/^(\d+):(\d+): /, 'line $1, column $2 '));
    assert.deepEqual(shown, expected);
    assertNoPageErrors(watch);
    const violations = await checkA11y(page);
    assert.equal(violations.length, 0, `axe violations:\n${violations.join('\n\n')}`);
    await screenshot(page, 'invalid-dataset');
  });

  test('(c2) a dataset of the wrong shape lists its problems', TIMEOUT, async (t) => {
    server.override(DATASET_PATH, '[]');
    const { page, watch } = await openApp(t);
    const { error } = await assertError(page);
    const problems = await error.locator('ul.dx-problems li').allInnerTexts();
    assert.ok(problems.length >= 1, `ul.dx-problems lists the problems:\n${await errorText(page)}`);
    assertNoPageErrors(watch);
  });

  test('(d) at 320 px wide there is no horizontal scrolling', TIMEOUT, async (t) => {
    const viewport = { width: 320, height: 640 };
    const scrollWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

    const { page, watch } = await openApp(t, { viewport });
    await assertSummary(page);
    assert.ok((await scrollWidth(page)) <= 320, `summary: scrollWidth ${await scrollWidth(page)} > 320`);

    server.block(DATASET_PATH);
    await page.reload();
    await assertError(page);
    assert.ok((await scrollWidth(page)) <= 320, `error: scrollWidth ${await scrollWidth(page)} > 320`);
    assertNoPageErrors(watch);
  });

  test('(e) while the dataset loads, a status says so', TIMEOUT, async (t) => {
    const release = server.hold(DATASET_PATH);
    t.after(release);
    const { page, watch } = await openApp(t);
    const loading = page.locator('#dialogue-explorer .dx-loading');
    await loading.waitFor({ state: 'visible' });
    assert.equal(await loading.getAttribute('role'), 'status', '.dx-loading has role="status"');
    release();
    await assertSummary(page);
    assert.equal(await loading.count(), 0, '.dx-loading is gone once loaded');
    assertNoPageErrors(watch);
  });

  test('(f) the app works served from a sub-path', TIMEOUT, async (t) => {
    const prefix = '/tools/dialogue-explorer/';
    const sub = await startServer({ prefix });
    t.after(() => sub.close());
    const { page, watch } = await openApp(t, { url: sub.url, origin: sub.origin });
    await waitForOutcome(page);
    await settle(page);
    const outside = sub.requests.filter((r) => !r.startsWith(`GET ${prefix}`));
    assert.deepEqual(outside, [], `every request stays under ${prefix} (use relative URLs)`);
    await assertSummary(page);
    assertNoPageErrors(watch);
    assert.deepEqual(watch.consoleErrors, [], 'no console errors');
  });
});
