// End-to-end tests of what the agenda and the matrix show when the filters leave little or
// nothing: a part of the agenda that the status filter excludes is left out, heading and all
// (standalone and in the README's agenda-only WordPress embedding, whose preset filters say
// "status=upcoming"), and an empty result says so in place, with a Reset button that works, on
// the agenda and the matrix as on the entries.
//
// Expected values come from the app's own domain (examples/oracle.rs, through suite.oracle).
// Run against the release build: `make build && node --test tests/e2e/empty-and-status.test.mjs`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APP, NEEDS_BUILD, assertClean, params, until, useSuite } from './harness.mjs';
import { screenshot, serveHost } from './support.mjs';

const TIMEOUT = { timeout: 90_000 };
/** A day with dialogues both before and after it in the bundled data. */
const TODAY = '2024-01-01';
/** A search that no entry, dialogue or label matches. */
const NOTHING = 'qqxxzz';

describe('the agenda under the status filter, and empty results in place', NEEDS_BUILD, () => {
  const suite = useSuite();
  const { openApp, openPage } = suite;
  const catalogue = (lang) => suite.oracle.catalogue(lang);

  /** Whether each part of the agenda shows (its heading in view) in the explorer at `root`. */
  async function partsShown(page, root = APP) {
    const shown = async (part) => {
      const heading = page.locator(`${root} section.${part} h2`);
      return (await heading.count()) > 0 && (await heading.isVisible());
    };
    return { upcoming: await shown('dx-agenda-upcoming'), past: await shown('dx-agenda-past') };
  }

  test('1. the status filter leaves out the part of the agenda it excludes, heading and all', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: `?dx-view=agenda&dx-today=${TODAY}` });
    await page.locator(`${APP} .dx-agenda article.dx-card`).first().waitFor();
    assert.deepEqual(await partsShown(page), { upcoming: true, past: true }, 'without the filter, both parts');
    for (const [status, want] of [
      ['upcoming', { upcoming: true, past: false }],
      ['past', { upcoming: false, past: true }],
      ['upcoming,past', { upcoming: true, past: true }],
    ]) {
      const query = `?dx-view=agenda&dx-status=${status}&dx-today=${TODAY}`;
      const expected = suite.oracle.state(query).agenda;
      await suite.goto(page, query);
      await page.locator(`${APP} .dx-agenda article.dx-card`).first().waitFor();
      assert.deepEqual(await partsShown(page), want, `status=${status}`);
      if (!want.past) {
        const nothingPast = page.locator(`${APP} section.dx-agenda-past p.dx-empty-note`);
        assert.equal(await nothingPast.isVisible(), false, `status=${status}: no "No past dialogue matches." under a hidden heading`);
        assert.equal(expected.past.length, 0, `status=${status}: the domain has nothing past either`);
      }
      // Each part draws its first 10 dialogues.
      const cards = await page.locator(`${APP} .dx-agenda article.dx-card:visible`).evaluateAll((els) => els.map((e) => e.dataset.dialogue));
      const drawn = [...(want.upcoming ? expected.upcoming.slice(0, 10) : []), ...(want.past ? expected.past.slice(0, 10) : [])];
      assert.deepEqual(cards, drawn, `status=${status}: the dialogues of the domain`);
    }
    await assertClean(page, watch);
  });

  test('2. the README\'s agenda-only embedding (filters="wg=tip&status=upcoming") shows no "Past" heading', TIMEOUT, async (t) => {
    for (const lang of ['en', 'ar']) {
      const url = serveHost(suite.server, 'wordpress.html', {
        __ATTRS__: `view="agenda" views="agenda" controls="none" filters="wg=tip&amp;status=upcoming" theme="light" today="${TODAY}" lang="${lang}"`,
        __LANG__: lang,
        __DIR__: lang === 'ar' ? 'rtl' : 'ltr',
        __TITLE__: 'Upcoming dialogues',
      });
      const { page, watch } = await openPage(t, url);
      const root = 'dialogue-explorer#agenda';
      await page.locator(`${root} .dx-agenda article.dx-card`).first().waitFor();
      const expected = suite.oracle.state(`?dx-view=agenda&dx-wg=tip&dx-status=upcoming&dx-today=${TODAY}`).agenda;
      assert.ok(expected.upcoming.length > 0, `the domain has upcoming trafficking dialogues on ${TODAY}`);
      assert.deepEqual(await partsShown(page, root), { upcoming: true, past: false }, `${lang}: the upcoming part only`);
      const text = (await page.locator(`${root} .dx-agenda`).innerText()).replace(/\s+/g, ' ');
      assert.ok(!text.includes(catalogue(lang).agenda_past), `${lang}: no "${catalogue(lang).agenda_past}" heading in the embedding: ${text.slice(0, 200)}`);
      if (lang === 'en') assert.ok(!text.includes('No past dialogue matches.'), 'and no "No past dialogue matches."');
      await assertClean(page, watch);
    }
  });

  test('3. an empty agenda says so in place, with a Reset button that brings the dialogues back', TIMEOUT, async (t) => {
    const query = `?dx-view=agenda&dx-q=${NOTHING}&dx-today=${TODAY}`;
    assert.equal(suite.oracle.state(query).counts.dialogues, 0, `the domain finds no dialogue for "${NOTHING}"`);
    const { page, watch } = await openApp(t, { query });
    const empty = page.locator(`${APP} .dx-agenda .dx-empty-result`);
    await empty.waitFor();
    assert.equal((await empty.locator('p.dx-empty-note').textContent()).trim(), catalogue('en').no_results);
    const reset = empty.locator('button.dx-empty-reset');
    assert.equal((await reset.textContent()).trim(), catalogue('en').reset_filters, 'a real button, named');
    await screenshot(page, 'agenda-empty-1280');
    await reset.click();
    await page.locator(`${APP} .dx-agenda article.dx-card`).first().waitFor();
    assert.equal(params(page).get('dx-q'), null, 'the search is gone from the address');
    assert.equal(await empty.count(), 0, 'the message goes with the empty result');
    await assertClean(page, watch);
  });

  test('4. an empty matrix says so in place, instead of rows of zeros, and Reset brings the table back', TIMEOUT, async (t) => {
    for (const lang of ['en', 'ar']) {
      const query = `?dx-q=${NOTHING}&dx-lang=${lang}`;
      const expected = suite.oracle.state(query);
      assert.equal(expected.counts.dialogues, 0, `the domain finds no dialogue for "${NOTHING}"`);
      const { page, watch } = await openApp(t, { query });
      const empty = page.locator(`${APP} .dx-matrix-view .dx-empty-result`);
      await empty.waitFor();
      assert.equal((await empty.locator('p.dx-empty-note').textContent()).trim(), catalogue(lang).no_results, lang);
      assert.equal(await page.locator(`${APP} table.dx-matrix`).isVisible(), false, `${lang}: no table of zeros`);
      const reset = empty.locator('button.dx-empty-reset');
      assert.equal((await reset.textContent()).trim(), catalogue(lang).reset_filters, `${lang}: the Reset button`);
      if (lang === 'en') await screenshot(page, 'matrix-empty-1280');
      await reset.click();
      await until(
        () => page.locator(`${APP} table.dx-matrix button.dx-cell:not([data-count="0"])`).count(),
        (n) => n > 0,
        `${lang}: after Reset, the table shows the whole record`,
      );
      assert.ok(await page.locator(`${APP} table.dx-matrix`).isVisible(), `${lang}: the table is back`);
      assert.equal(await empty.count(), 0, `${lang}: the message goes`);
      assert.equal(params(page).get('dx-q'), null);
      await assertClean(page, watch);
    }
  });

  test('5. a dialogue that records no entry is still a result: no "nothing matches" on the agenda', TIMEOUT, async (t) => {
    // A dialogue with no agenda item and no topic, picked by its year and group.
    const bare = suite.dataset.dialogues.find((d) => (d.agenda_items ?? []).length === 0 && (d.topics_raised ?? []).length === 0 && d.date);
    assert.ok(bare, 'the dataset has a dialogue that records no entry');
    const query = `?dx-view=agenda&dx-wg=${bare.working_groups[0]}&dx-year=${bare.date.slice(0, 4)}&dx-today=${TODAY}`;
    const expected = suite.oracle.state(query);
    assert.ok(expected.counts.dialogues > 0, 'the domain shows it');
    const { page, watch } = await openApp(t, { query });
    await page.locator(`${APP} .dx-agenda article.dx-card[data-dialogue="${bare.id}"]`).waitFor();
    assert.equal(await page.locator(`${APP} .dx-empty-result`).count(), 0, 'no "nothing matches" above a dialogue shown');
    await assertClean(page, watch);
  });
});
