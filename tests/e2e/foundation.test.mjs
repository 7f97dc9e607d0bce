// End-to-end tests of the foundation: loading, summary, error and retry, accessibility,
// narrow screens, sub-path hosting. They run against the release build in dist/
// (`make build`; `make test` builds first): `node --test tests/e2e/`.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import { NARROW, NEEDS_BUILD, assertAccessible, assertNoErrors, missingBuild, useSuite } from './harness.mjs';
import { DATASET_PATH, errorText, repoRoot, screenshot, settle, startServer, waitForOutcome } from './support.mjs';

// Without a build the suite is skipped: this one test fails and says why.
test('a release build is present in dist/', () => {
  if (missingBuild) throw missingBuild;
});

const TIMEOUT = { timeout: 90_000 };
// The browser's own report of the blocked dataset.
const EXPECTED_404 = [/Failed to load resource: .*404/];

describe('foundation', NEEDS_BUILD, () => {
  // Pages of 1280 × 800 (the summary's screenshot).
  const suite = useSuite({ viewport: { width: 1280, height: 800 } });
  const { openPage } = suite;

  function expectedCounts() {
    const counts = {};
    for (const [key, field] of [
      ['dialogues', 'dialogues'],
      ['working-groups', 'working_groups'],
      ['themes', 'themes'],
    ]) {
      assert.ok(Array.isArray(suite.dataset[field]), `dist/${DATASET_PATH} has no array "${field}"`);
      counts[key] = suite.dataset[field].length;
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

  /** No uncaught error and no request leaving the origin (console errors are checked apart). */
  const assertNoPageErrors = (watch) => assertNoErrors(watch, { checkConsole: false });

  /** Serves `body` as the dataset, opens the app and returns the problems its error lists (one at least). */
  async function listedProblems(t, body, what) {
    suite.server.override(DATASET_PATH, body);
    const { page, watch } = await openPage(t);
    const { error } = await assertError(page);
    const problems = await error.locator('ul.dx-problems li').allInnerTexts();
    assert.ok(problems.length >= 1, `ul.dx-problems lists the ${what}:\n${await errorText(page)}`);
    return { watch, problems };
  }

  test('(a) the summary shows the counts of the dataset, cleanly and accessibly', TIMEOUT, async (t) => {
    const { page, watch } = await openPage(t);
    await assertSummary(page);
    await settle(page);
    assertNoErrors(watch);
    await assertAccessible(page);
    await screenshot(page, 'summary');
  });

  test('(b) a missing dataset shows a 404 error; Retry recovers once it is back', TIMEOUT, async (t) => {
    suite.server.block(DATASET_PATH);
    const { page, watch } = await openPage(t);
    const { reason, retry } = await assertError(page);
    assert.match(reason, /404/, `.dx-error-reason names the 404, found ${JSON.stringify(reason)}`);
    assertNoErrors(watch, { allowedConsole: EXPECTED_404 });
    await assertAccessible(page);
    await screenshot(page, 'error');

    suite.server.unblock(DATASET_PATH);
    await retry.click();
    await page.locator('#dialogue-explorer section.dx-summary').waitFor({ state: 'visible' });
    await assertSummary(page);
    assertNoPageErrors(watch);
  });

  test('(c) malformed JSON shows the problem with its line and column', TIMEOUT, async (t) => {
    const { watch, problems } = await listedProblems(t, '{"schema_version": 1, "sources": [}', 'problem');
    assert.ok(
      problems.some((p) => p.includes('line 1')),
      `a problem names "line 1" (as "line L, column C"), found:\n${problems.join('\n')}`,
    );
    assertNoErrors(watch);
  });

  test('(c3) an invalid dataset lists every problem with its place, as the validator does', TIMEOUT, async (t) => {
    const fixture = path.join(repoRoot, 'tests/fixtures/invalid/dangling-references');
    suite.server.override(DATASET_PATH, fs.readFileSync(`${fixture}.json`, 'utf8'));
    const { page, watch } = await openPage(t);
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
    await assertAccessible(page);
    await screenshot(page, 'invalid-dataset');
  });

  test('(c2) a dataset of the wrong shape lists its problems', TIMEOUT, async (t) => {
    const { watch } = await listedProblems(t, '[]', 'problems');
    assertNoPageErrors(watch);
  });

  test('(d) at 320 px wide there is no horizontal scrolling', TIMEOUT, async (t) => {
    const scrollWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

    const { page, watch } = await openPage(t, suite.server.url, { viewport: NARROW });
    await assertSummary(page);
    assert.ok((await scrollWidth(page)) <= 320, `summary: scrollWidth ${await scrollWidth(page)} > 320`);

    suite.server.block(DATASET_PATH);
    await page.reload();
    await assertError(page);
    assert.ok((await scrollWidth(page)) <= 320, `error: scrollWidth ${await scrollWidth(page)} > 320`);
    assertNoPageErrors(watch);
  });

  test('(e) while the dataset loads, a status says so', TIMEOUT, async (t) => {
    const release = suite.server.hold(DATASET_PATH);
    t.after(release);
    const { page, watch } = await openPage(t);
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
    const { page, watch } = await openPage(t, sub.url, { origins: sub.origin });
    await waitForOutcome(page);
    await settle(page);
    const outside = sub.requests.filter((r) => !r.startsWith(`GET ${prefix}`));
    assert.deepEqual(outside, [], `every request stays under ${prefix} (use relative URLs)`);
    await assertSummary(page);
    assertNoErrors(watch);
  });
});
