// End-to-end tests of what an embedding chooses and of finding one's way: the element's
// `filters`, `views` and `controls` attributes and the same options of embed.html (in English and
// in Arabic, right to left), the brand colours and the transparent background of the iframe
// page, the pages' Back to where the reader came from (standalone and embedded), and the
// standalone page's title and language. The agenda-only WordPress page of the README is
// tests/e2e/hosts/wordpress.html; its screenshots go to docs/screenshots. Run against the
// release build: `make build && node --test tests/e2e/embed-options.test.mjs`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NEEDS_BUILD, PHONE, assertNoErrors, params, ready, statusText, until, useSuite } from './harness.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { screenshot, screenshotDir, serveHost, settle } from './support.mjs';

/** A screenshot of the whole page (docs/screenshots/NAME.png). */
async function fullPage(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

const TIMEOUT = { timeout: 90_000 };
const TODAY = '2024-01-01';
/** The README's WordPress example: only the upcoming trafficking dialogues. */
const AGENDA_ONLY = `view="agenda" views="agenda" controls="none" filters="wg=tip&amp;status=upcoming" theme="light"`;

/** The WordPress host page with these attributes on the element, in this language. */
function wordpress(suite, { attrs, lang = 'en', title = 'Upcoming dialogues' }) {
  return serveHost(suite.server, 'wordpress.html', {
    __ATTRS__: `${attrs} today="${TODAY}"`,
    __LANG__: lang,
    __DIR__: lang === 'ar' ? 'rtl' : 'ltr',
    __TITLE__: title,
  });
}

const EL = 'dialogue-explorer#agenda';

/** What of the explorer `root` shows: tabs, facets, search, summary, downloads, settings. */
function parts(scope, root) {
  const count = (sel) => scope.locator(`${root} ${sel}`).count();
  return Promise.all([
    count('nav.dx-views a.dx-tab'),
    count('section.dx-filters'),
    count('.dx-search input[type="search"]'),
    count('.dx-summary'),
    count('button[data-export]'),
    count('.dx-settings select'),
  ]).then(([tabs, facets, search, summary, downloads, settings]) => ({ tabs, facets, search, summary, downloads, settings }));
}

/** The dialogues of the agenda's cards, in order, in the explorer `root`. */
const cards = (scope, root) => scope.locator(`${root} .dx-agenda article.dx-card`).evaluateAll((els) => els.map((e) => e.dataset.dialogue));

/** The colour of pixel (x, y) of a screenshot (a PNG buffer), read by the browser in a blank page. */
async function pixel(context, png, x, y) {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(
      async ([b64, px, py]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0);
        return [...g.getImageData(px, py, 1, 1).data.slice(0, 3)];
      },
      [png.toString('base64'), x, y],
    );
  } finally {
    await blank.close();
  }
}

describe('embedding options and the way back', NEEDS_BUILD, () => {
  const suite = useSuite({ colorScheme: 'light' });
  const { openPage, openApp, goto } = suite;

  // -------------------------------------------------------------------------------------------
  // Missing 9: filters, views, controls.
  // -------------------------------------------------------------------------------------------

  test('the agenda-only WordPress page shows the upcoming trafficking dialogues and nothing else', TIMEOUT, async (t) => {
    const expected = suite.oracle.state(`?dx-view=agenda&dx-wg=tip&dx-status=upcoming&dx-today=${TODAY}`);
    assert.ok(expected.agenda.upcoming.length > 0, `some trafficking dialogue is upcoming on ${TODAY}`);
    const heights = {};
    for (const [name, viewport] of [['1280', DESKTOP], ['375', PHONE]]) {
      const { page, watch } = await openPage(t, wordpress(suite, { attrs: AGENDA_ONLY }), { viewport });
      await page.locator(`${EL} .dx-agenda article.dx-card`).first().waitFor();
      assert.deepEqual(await cards(page, EL), expected.agenda.upcoming, `${name}: the upcoming trafficking dialogues, in order`);
      assert.deepEqual(
        await parts(page, EL),
        { tabs: 0, facets: 0, search: 0, summary: 0, downloads: 0, settings: 0 },
        `${name}: no tabs, filters, search, figures, downloads or settings`,
      );
      assert.equal(await page.locator(`${EL} .dx-toolbar`).count(), 0, 'no empty toolbar either');
      assert.equal(await statusText(page, EL), expected.status.en, 'the count says what is shown');
      await settle(page);
      // The element is as tall as the cards it shows and little more: no blank space, no box of
      // its own height (at 375 px two dialogues with all their topics are long, and should be).
      const { height, cardsHeight } = await page.locator(EL).evaluate((e) => {
        const cards = [...e.shadowRoot.querySelectorAll('.dx-agenda article.dx-card')];
        return {
          height: Math.round(e.getBoundingClientRect().height),
          cardsHeight: Math.round(cards.reduce((sum, c) => sum + c.getBoundingClientRect().height, 0)),
        };
      });
      heights[name] = height;
      t.diagnostic(`the agenda-only element is ${height} px tall at ${name} px, ${cardsHeight} px of it cards`);
      assert.ok(cardsHeight > 0 && height - cardsHeight < 600, `${name}: the cards make its height (${height} px, cards ${cardsHeight} px)`);
      await fullPage(page, `embed-wordpress-agenda-${name}`);
      assertNoErrors(watch);
    }
  });

  test('the agenda-only page in Arabic: right to left, in Arabic, the same dialogues', TIMEOUT, async (t) => {
    const expected = suite.oracle.state(`?dx-view=agenda&dx-wg=tip&dx-status=upcoming&dx-today=${TODAY}`);
    const url = wordpress(suite, { attrs: AGENDA_ONLY, lang: 'ar', title: 'الحوارات المقبلة' });
    const { page, watch } = await openPage(t, url, { viewport: PHONE });
    await page.locator(`${EL} .dx-app[lang="ar"][dir="rtl"] .dx-agenda article.dx-card`).first().waitFor();
    assert.deepEqual(await cards(page, EL), expected.agenda.upcoming);
    assert.deepEqual(await parts(page, EL), { tabs: 0, facets: 0, search: 0, summary: 0, downloads: 0, settings: 0 });
    assert.equal(await statusText(page, EL), expected.status.ar, 'the count in Arabic');
    await fullPage(page, 'embed-wordpress-agenda-ar-375');
    assertNoErrors(watch);
  });

  test('views="agenda,list" offers those two tabs; controls="search" shows the search box alone (English and Arabic)', TIMEOUT, async (t) => {
    for (const lang of ['en', 'ar']) {
      const url = wordpress(suite, { attrs: `views="list,agenda" controls="search" lang="${lang}"`, lang });
      const { page, watch } = await openPage(t, url);
      await page.locator(`${EL} .dx-app[lang="${lang}"] nav.dx-views`).waitFor();
      const labels = await page.locator(`${EL} nav.dx-views a.dx-tab`).allTextContents();
      const m = suite.oracle.catalogue(lang);
      assert.deepEqual(labels.map((l) => l.trim()), [m.view_list, m.view_agenda], `${lang}: the two tabs, in the order of the tabs`);
      const shown = await parts(page, EL);
      assert.deepEqual({ ...shown, tabs: undefined }, { tabs: undefined, facets: 0, search: 1, summary: 0, downloads: 0, settings: 0 }, lang);
      // The view named by no `view` attribute is the matrix, not offered: the first tab shows.
      await page.locator(`${EL} a.dx-tab[aria-current="page"]`).waitFor();
      assert.equal((await page.locator(`${EL} a.dx-tab[aria-current="page"]`).textContent()).trim(), labels[0].trim());
      assert.equal(await page.locator(`${EL} table.dx-matrix`).count(), 0, 'no matrix');
      assert.equal(await page.locator(`${EL} .dx-app`).getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      // The search box searches.
      const before = await statusText(page, EL);
      await page.locator(`${EL} .dx-search input`).fill('corruption');
      await until(() => statusText(page, EL), (s) => s !== before, `${lang}: the search narrows the count`);
      if (lang === 'ar') await screenshot(page, 'embed-views-search-ar-1280');
      assertNoErrors(watch);
    }
  });

  test('a preset value the dataset lacks is dropped and said, as in a link', TIMEOUT, async (t) => {
    const url = wordpress(suite, { attrs: `view="agenda" filters="wg=tip&amp;year=1999"` });
    const { page, watch } = await openPage(t, url);
    const notice = page.locator(`${EL} p.dx-notice[role="status"]`);
    await notice.waitFor();
    assert.match(await notice.textContent(), /1999/);
    assert.equal(await statusText(page, EL), suite.oracle.state('?dx-wg=tip').status.en, 'the known value is kept');
    assertNoErrors(watch);
  });

  test('embed.html takes the same options, and accent as a brand colour (hex only), in English and in Arabic', TIMEOUT, async (t) => {
    const expected = suite.oracle.state(`?dx-view=agenda&dx-wg=tip&dx-status=upcoming&dx-today=${TODAY}`);
    for (const lang of ['en', 'ar']) {
      const query = `view=agenda&views=agenda&controls=none&filters=${encodeURIComponent('wg=tip&status=upcoming')}&today=${TODAY}&theme=light&accent=%237a1f5c&lang=${lang}`;
      const { page, watch } = await openPage(t, serveHost(suite.server, 'coloured-iframe.html', { __QUERY__: query.replaceAll('&', '&amp;') }));
      const frame = page.frameLocator('#frame');
      await frame.locator('.dx-agenda article.dx-card').first().waitFor();
      const root = frame.locator('.dx-app');
      assert.equal(await root.getAttribute('lang'), lang, `${lang}: the explorer speaks the language asked`);
      assert.equal(await root.getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr', `${lang}: and writes in its direction`);
      assert.deepEqual(await cards(frame, '#dialogue-explorer'), expected.agenda.upcoming, `${lang}: the preset filters hold`);
      assert.deepEqual(await parts(frame, '#dialogue-explorer'), { tabs: 0, facets: 0, search: 0, summary: 0, downloads: 0, settings: 0 }, lang);
      assert.equal(await statusText(frame, '#dialogue-explorer'), expected.status[lang], `${lang}: the count in the language`);
      const link = frame.locator('.dx-agenda article.dx-card h3 a').first();
      assert.equal(await link.evaluate((a) => getComputedStyle(a).color), 'rgb(122, 31, 92)', `${lang}: links take the accent`);
      // Not a style attribute: set through the CSSOM, which a strict policy allows.
      assert.equal(await root.evaluate((e) => e.style.getPropertyValue('--dx-accent')), '#7a1f5c', lang);
      if (lang === 'ar') await screenshot(page, 'embed-iframe-accent-ar');
      assertNoErrors(watch);
    }

    // A colour that is not hex is refused: the default accent stays.
    const bad = await openPage(t, `${suite.server.url}embed.html?view=agenda&today=${TODAY}&accent=${encodeURIComponent('red;background:url(x)')}`);
    await bad.page.locator('#dialogue-explorer .dx-agenda article.dx-card').first().waitFor();
    assert.equal(await bad.page.locator('#dialogue-explorer .dx-app').evaluate((e) => e.style.getPropertyValue('--dx-accent')), '');
    assert.equal(await bad.page.locator('#dialogue-explorer .dx-agenda article.dx-card h3 a').first().evaluate((a) => getComputedStyle(a).color), 'rgb(11, 95, 138)');
    assertNoErrors(bad.watch);
  });

  // -------------------------------------------------------------------------------------------
  // Missing 13: the iframe page is transparent.
  // -------------------------------------------------------------------------------------------

  test("the iframe page is transparent: a coloured host page shows through the explorer, in English and in Arabic", TIMEOUT, async (t) => {
    for (const lang of ['en', 'ar']) {
      const { page, context, watch } = await openPage(t, serveHost(suite.server, 'coloured-iframe.html', { __QUERY__: `view=list&amp;theme=light&amp;today=${TODAY}&amp;lang=${lang}` }));
      const frame = page.frameLocator('#frame');
      await frame.locator('.dx-results').first().waitFor();
      const root = frame.locator('.dx-app');
      assert.equal(await root.getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr', `${lang}: the direction of the language`);
      assert.equal(await root.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgba(0, 0, 0, 0)', `${lang}: the app root has no background`);
      // A point of the explorer's own padding, above its content, at the end the text starts
      // from (the right in Arabic): the host's colour there.
      const box = await root.boundingBox();
      const png = await page.screenshot();
      const x = Math.round(lang === 'ar' ? box.x + box.width - 4 : box.x + 4);
      const y = Math.round(box.y + 4);
      assert.deepEqual(await pixel(context, png, x, y), [0xf3, 0xdc, 0xc2], `${lang}: the host's background at (${x}, ${y}) inside the iframe`);
      await screenshot(page, lang === 'ar' ? 'embed-iframe-coloured-host-ar' : 'embed-iframe-coloured-host');
      assertNoErrors(watch);
    }
  });

  // -------------------------------------------------------------------------------------------
  // Bug 3: Back goes to where the reader came from.
  // -------------------------------------------------------------------------------------------

  test('Back names and goes to the screen the reader came from (the entries, the matrix, a theme)', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: `?dx-view=list&dx-wg=tip&dx-today=${TODAY}` });
    const back = page.locator(`${APP} a.dx-back`);
    // Entries → a dialogue's page → Back.
    await page.locator(`${APP} .dx-results a[href*="dx-view=dialogue"]`).first().click();
    await page.locator(`${APP} article.dx-dialogue-page`).waitFor();
    assert.equal((await back.textContent()).trim(), 'Back to Entries');
    assert.equal(await page.locator(`${APP} a.dx-tab[aria-current="page"]`).textContent(), 'Entries', 'the tab of where the reader came from');
    await back.click();
    await page.locator(`${APP} .dx-results`).waitFor();
    assert.equal(params(page).get('dx-view'), 'list');
    assert.equal(params(page).get('dx-wg'), 'tip', 'with the filters');

    // The matrix with a cell chosen → a theme's page → a dialogue's page → Back, Back.
    await goto(page, '?dx-wg=tip');
    await page.locator(`${APP} button.dx-cell:not(.dx-level-0)`).first().click();
    await page.locator(`${APP} .dx-cell-detail`).waitFor();
    const cell = params(page).get('dx-cell');
    assert.ok(cell, 'a cell is chosen');
    await page.locator(`${APP} .dx-cell-detail a[href*="dx-view=theme"]`).first().click();
    await page.locator(`${APP} article.dx-theme-page`).waitFor();
    assert.equal((await back.textContent()).trim(), 'Back to Topic matrix');
    const themeName = (await page.locator(`${APP} .dx-theme-page h2.dx-page-title`).textContent()).trim();
    await page.locator(`${APP} .dx-theme-page a[href*="dx-view=dialogue"]`).first().click();
    await page.locator(`${APP} article.dx-dialogue-page`).waitFor();
    assert.equal((await back.textContent()).trim(), `Back to ${themeName}`);
    await back.click();
    await page.locator(`${APP} article.dx-theme-page`).waitFor();
    assert.equal((await back.textContent()).trim(), 'Back to Topic matrix', 'Back again leads further back, not forth');
    await back.click();
    await page.locator(`${APP} .dx-cell-detail`).waitFor();
    assert.equal(params(page).get('dx-cell'), cell, 'the very cell the reader chose');
    await settle(page);
    assertNoErrors(watch);
  });

  test('a page opened from a shared link goes back to its view, named; the browser Back keeps the way back', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-view=dialogue&dx-id=tip-2023&dx-wg=tip' });
    const back = page.locator(`${APP} a.dx-back`);
    assert.equal((await back.textContent()).trim(), 'Back to Agenda');
    assert.equal(new URL(await back.getAttribute('href'), page.url()).searchParams.get('dx-wg'), 'tip');
    await goto(page, '?dx-view=theme&dx-id=children');
    assert.equal((await back.textContent()).trim(), 'Back to Topic matrix');
    // The entries → a page; the browser's Back, then Forward: the page still leads to the entries.
    await goto(page, '?dx-view=list');
    await page.locator(`${APP} .dx-results a[href*="dx-view=dialogue"]`).first().click();
    await page.locator(`${APP} article.dx-dialogue-page`).waitFor();
    await page.goBack();
    await page.locator(`${APP} .dx-results`).waitFor();
    await page.goForward();
    await page.locator(`${APP} article.dx-dialogue-page`).waitFor();
    assert.equal((await back.textContent()).trim(), 'Back to Entries');
    assertNoErrors(watch);
  });

  test('embedded without url-state, Back goes where the reader came from, in Arabic too, and leaves the host history alone', TIMEOUT, async (t) => {
    for (const lang of ['en', 'ar']) {
      const url = wordpress(suite, { attrs: `view="list" lang="${lang}"`, lang });
      const { page, watch } = await openPage(t, url);
      await page.locator(`${EL} .dx-results a[href*="dx-view=dialogue"]`).first().waitFor();
      const length = await page.evaluate(() => history.length);
      await page.locator(`${EL} .dx-results a[href*="dx-view=dialogue"]`).first().click();
      await page.locator(`${EL} article.dx-dialogue-page`).waitFor();
      const back = page.locator(`${EL} a.dx-back`);
      const list = suite.oracle.catalogue(lang).view_list;
      assert.ok((await back.textContent()).includes(list), `${lang}: "${await back.textContent()}" names the entries`);
      assert.equal(await back.getAttribute('data-back-to'), 'list');
      await back.click();
      await page.locator(`${EL} .dx-results`).waitFor();
      assert.equal(await page.evaluate(() => history.length), length, 'no history entry of the host page');
      assert.equal(await page.evaluate(() => location.search), '', 'the host address unchanged');
      assertNoErrors(watch);
    }
  });

  // -------------------------------------------------------------------------------------------
  // Item 7: the title and the language of the standalone page, and never a host's.
  // -------------------------------------------------------------------------------------------

  test("the standalone page's title names the screen, and its <html lang dir> follow the language", TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-view=agenda' });
    await until(() => page.title(), (s) => s === 'Agenda – Dialogue Explorer', 'the title names the agenda');
    await page.locator(`${APP} a.dx-tab`, { hasText: 'Entries' }).click();
    await until(() => page.title(), (s) => s === 'Entries – Dialogue Explorer', 'the title follows the tab');
    await goto(page, '?dx-view=dialogue&dx-id=tip-2023&dx-lang=fr');
    const name = (await page.locator(`${APP} h2.dx-page-title`).innerText()).replace(/\s+/g, ' ').trim();
    await until(() => page.title(), (s) => s.endsWith('– Dialogue Explorer') && s.startsWith(name.split(',')[0]), `the title names the dialogue (${name})`);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['fr', 'ltr']);
    await page.locator(`${APP} select.dx-select:has(option[value="ar"])`).selectOption('ar');
    await until(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), (s) => s === 'ar,rtl', 'Arabic: lang ar, dir rtl');
    assertNoErrors(watch);

    // Embedded, the host's title and language are the host's.
    const host = await openPage(t, wordpress(suite, { attrs: 'view="agenda"', title: 'Our events' }));
    await host.page.locator(`${EL} .dx-agenda article.dx-card`).first().waitFor();
    await host.page.locator(`${EL} a.dx-tab`, { hasText: 'Entries' }).click();
    await host.page.locator(`${EL} select.dx-select:has(option[value="fr"])`).selectOption('fr');
    await host.page.locator(`${EL} .dx-app[lang="fr"]`).waitFor();
    assert.equal(await host.page.title(), 'Our events – NGO Network');
    assert.equal(await host.page.evaluate(() => document.documentElement.lang), 'en');
    assertNoErrors(host.watch);
  });

  test('"anti-corruption" finds the entries about corruption', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: '?dx-view=list&dx-q=anti-corruption' });
    const status = await statusText(page);
    assert.equal(status, suite.oracle.state('?dx-view=list&dx-q=anti-corruption').status.en);
    assert.doesNotMatch(status, /^0 /, `something is found: ${status}`);
    await page.locator(`${APP} .dx-results mark`).first().waitFor();
    assertNoErrors(watch);
  });
});
