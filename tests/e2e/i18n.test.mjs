// End-to-end tests of the multilingual interface: every interface string translated in the five
// other languages (and no catalogue key on screen), dataset texts marked as English inside a
// translated interface, right-to-left layout and keyboard in Arabic, the language switcher
// (URL, focus, reload, Back), the order in which the language is chosen (address, element
// attribute, host page, browser), plural forms in Russian and Arabic, dates through Intl,
// accessibility, and screenshots.
//
// Expected strings come from the dataset of the build and from the app's catalogues
// (src/core/messages/) as its domain gives them: examples/oracle.rs, through `suite.oracle`.
// Run against the release build: `make build && node --test tests/e2e/i18n.test.mjs`.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APP, DESKTOP, NEEDS_BUILD, PHONE, activeCell, assertClean, axeReport, en } from './harness.mjs';
import { escapeRe, facetInput, facetLabel, params, ready, statusText, until, useSuite } from './harness.mjs';
import { screenshot } from './support.mjs';

const TIMEOUT = { timeout: 180_000 };
/** The five languages the interface is translated into from English. */
const TRANSLATED = ['ar', 'zh', 'fr', 'ru', 'es'];
/** A day after every dialogue of the bundled dataset: the agenda lists them all as past. */
const TODAY = '2026-11-28';
const MATRIX = (lang) => `?dx-lang=${lang}`;
const AGENDA = (lang) => `?dx-lang=${lang}&dx-view=agenda&dx-today=${TODAY}`;

// ---------------------------------------------------------------------------------------------
// Reading the interface text of a page.
// ---------------------------------------------------------------------------------------------

/**
 * Runs in the page. Collects the text of the app rooted at `root` (a selector), split into:
 * - chrome: the interface's own text nodes (shown or not: the filters toggle only shows on
 *   narrow screens, but is interface text all the same);
 * - attrs: aria-label, placeholder, title and alt values;
 * - all: every non-empty text node with the language it is marked with and its place (the
 *   nearest element of a dx- class), for the check of dataset texts.
 *
 * Left out of the chrome, as dataset content (English in the bundled data) rather than
 * interface text:
 * - anything inside an element (below the app root and .dx-explorer, which carry the interface
 *   language) with lang="en": theme labels, group names in the facets and matrix, entry texts…;
 * - .dx-entry-text, .dx-source (publisher: title), .dx-notes, .dx-note (attendance notes), the
 *   certainty note (the span after .dx-certainty), the venue (a DataText span in the first fact),
 *   .dx-continuity;
 * - the chairs (li of the chairs fact: only the ", co-chair" suffix is interface text);
 * - the group name after the colon in .dx-sessions ("Après la 9e session : Working Group on…");
 *   English and Chinese have no colon there and keep the whole line (which mixes both);
 * - names of dialogues: card and page titles (h3.dx-subtitle, h2.dx-page-title), the link to the
 *   latest dialogue (.dx-nothing-upcoming a), .dx-entry-dialogue: working-group short names
 *   (and a date), whose language marking is checked separately;
 * - the language names of the switcher (each in its own language, the same on every page).
 * Ordinals ("le 4e des constructive dialogues on firearms") mix interface and dataset text in
 * one text node and stay in the chrome: as whole strings they never equal the English ones.
 */
function collectTexts(root) {
  const app = document.querySelector(root);
  if (!app) return null;
  const explorer = app.querySelector('.dx-explorer');
  const DATA = [
    '.dx-entry-text',
    '.dx-source',
    '.dx-notes',
    '.dx-note',
    '.dx-continuity',
    '.dx-certainty ~ span',
    '.dx-facts > .dx-fact:first-child dd > span:not(.dx-unknown)',
    '.dx-card-head .dx-subtitle',
    '.dx-page-title',
    '.dx-nothing-upcoming a',
    '.dx-entry-dialogue',
    '.dx-language option',
  ].join(', ');
  const CHAIRS = '.dx-facts > .dx-fact:not(.dx-fact-wide) dd li';
  /** The language an element is marked with, below the app root: null when unmarked. */
  const markedLang = (el) => {
    for (let e = el; e && e !== app; e = e.parentElement) {
      if (e === explorer) return null;
      if (e.hasAttribute('lang')) return e.getAttribute('lang');
    }
    return null;
  };
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== app && parts.length < 3; e = e.parentElement) {
      const cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/)[0] : '';
      parts.unshift(e.tagName.toLowerCase() + cls);
    }
    return parts.join(' > ');
  };
  const chrome = [];
  const all = [];
  const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el.closest('style, script')) continue;
    let text = node.nodeValue.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const lang = markedLang(el);
    // The nearest element of the app's own (dx-) classes, to group findings by place.
    const owner = el.closest('[class*="dx-"]');
    const place = owner ? owner.tagName.toLowerCase() + '.' + [...owner.classList].join('.') : where(el);
    all.push({ text, lang, place, option: !!el.closest('.dx-language option') });
    if (lang === 'en' || el.closest(DATA)) continue;
    if (el.closest(CHAIRS)) {
      const suffix = text.match(/, ([^,()]+)$/);
      if (!suffix) continue;
      text = suffix[1];
    } else if (el.matches('.dx-sessions li')) {
      const colon = text.search(/\s?[:：]/);
      if (colon > 0) text = text.slice(0, colon).trim();
    }
    chrome.push({ text, where: where(el) });
  }
  const attrs = [];
  for (const el of app.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    if (el.closest('.dx-language option')) continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = el.getAttribute(name)?.trim();
      if (value) attrs.push({ text: value, where: `${where(el)} @${name}` });
    }
  }
  return { chrome, attrs, all };
}

/** Strings allowed in every language: the product name, file types, an IANA time zone. */
const ALWAYS_ALLOWED = ['Dialogue Explorer', 'CSV', 'JSON', '.ics', 'ics', 'Europe/Vienna'];

/**
 * Words spelt the same in English and in the language, each found on screen by this test and
 * checked against the catalogue: French "Agenda" (view_agenda), "dialogues", "sources",
 * "Source", "Total", "Format", "organisations" (attendance); Spanish "Agenda", "Total".
 */
const SAME_WORDS = {
  ar: [],
  zh: [],
  fr: ['Agenda', 'dialogues', 'Dialogues', 'sources', 'Sources', 'Source', 'Total', 'Format', 'organisations'],
  ru: [],
  es: ['Agenda', 'Total'],
};

/** Whether a string may appear untranslated: no letters left once the allowed words are removed. */
function allowed(text, lang) {
  let rest = text;
  for (const word of [...ALWAYS_ALLOWED, ...SAME_WORDS[lang]]) {
    rest = rest.replace(new RegExp(`(?<![\\p{Script=Latin}\\d])${escapeRe(word)}(?![\\p{Script=Latin}\\d])`, 'gu'), ' ');
  }
  return !/\p{L}/u.test(rest);
}

/** A catalogue key or a format placeholder left on screen: `view_matrix`, `{count}`. */
const KEY_LIKE = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\{[a-z_]*\}/;

/**
 * Every text the dataset itself gives in `lang` (`{"en": …, "fr": "Corruption"}`): shown in that
 * language even where it is spelt as in English.
 */
function datasetOwnTexts(dataset, lang) {
  const own = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (typeof value.en === 'string' && typeof value[lang] === 'string') own.add(value[lang].trim());
      Object.values(value).forEach(walk);
    }
  };
  walk(dataset);
  return own;
}

/** Whether a dataset Text has its own translation in `lang` (then it is not shown in English). */
function translated(text, lang) {
  return text != null && typeof text === 'object' && lang in text;
}

/**
 * Every English dataset text a translated interface may show, with what it is: working-group
 * names and short names, theme labels, entry texts, sources (publisher and title), venues,
 * notes, certainty notes, chairs and their countries, what ordinals count among.
 */
function datasetTexts(dataset, lang) {
  const texts = [];
  const add = (text, kind) => {
    if (!text || translated(text, lang)) return;
    const value = en(text).trim();
    if (value.length >= 4) texts.push({ value, kind });
  };
  for (const w of dataset.working_groups) {
    add(w.name, 'working-group name');
    add(w.short_name, 'working-group short name');
  }
  for (const t of dataset.themes) add(t.label, 'theme label');
  for (const s of dataset.sources) {
    add(s.title, 'source title');
    add(s.description, 'source description');
    // Publishers are names (of organisations), given as they name themselves: not checked.
  }
  for (const d of dataset.dialogues) {
    for (const e of [...d.agenda_items, ...d.topics_raised]) add(e.text, 'entry text');
    add(d.venue, 'venue');
    add(d.notes, 'dialogue notes');
    add(d.certainty?.note, 'certainty note');
    for (const a of d.attendance) add(a.note, 'attendance note');
    for (const c of d.chairs) {
      add(c.name, 'chair');
      add(c.country, 'chair country');
    }
    for (const o of d.ordinals ?? []) add(o.counted_among, 'ordinal "counted among"');
  }
  // One item per text (a short name may also be a theme label), longest first, so that a text
  // node is reported as the longest dataset text it holds.
  const unique = new Map();
  for (const { value, kind } of texts) {
    const kinds = unique.get(value) ?? new Set();
    unique.set(value, kinds.add(kind));
  }
  return [...unique]
    .map(([value, kinds]) => ({ value, kind: [...kinds].join(' or ') }))
    .sort((a, b) => b.value.length - a.value.length);
}

// ---------------------------------------------------------------------------------------------

describe('interface languages', NEEDS_BUILD, () => {
  // Pages with an English (en-GB) browser, unless a test asks for another `locale`.
  const suite = useSuite({ locale: 'en-GB' });
  const { newPage, openApp, goto } = suite;

  const tabTexts = (page) =>
    page.$$eval(`${APP} nav.dx-views a.dx-tab`, (tabs) => tabs.map((a) => a.textContent.trim()));
  const appLang = (page) => page.locator(APP).evaluate((el) => ({ lang: el.lang, dir: el.dir }));

  /** The interface text of the page (see collectTexts), once the view's content is drawn. */
  async function texts(page, root = APP) {
    const collected = await page.evaluate(collectTexts, root);
    assert.ok(collected, `${root} is on the page`);
    return collected;
  }

  /** Waits for the main content of a view. */
  async function viewReady(page, view) {
    const selector = { matrix: 'table.dx-matrix', agenda: '.dx-agenda', dialogue: '.dx-dialogue-page' }[view];
    await page.locator(`${APP} ${selector}`).first().waitFor();
  }

  // -------------------------------------------------------------------------------------------

  test('1. no English interface string and no catalogue key in the five translations', TIMEOUT, async (t) => {
    const { page, watch } = await newPage(t);

    // The English chrome of both views.
    const english = new Set();
    const englishAttrs = new Set();
    for (const [query, view] of [[MATRIX('en'), 'matrix'], [AGENDA('en'), 'agenda']]) {
      await goto(page, query);
      await viewReady(page, view);
      const { chrome, attrs } = await texts(page);
      chrome.forEach((c) => english.add(c.text));
      attrs.forEach((a) => englishAttrs.add(a.text));
    }
    assert.ok(english.has(suite.oracle.catalogue('en').view_matrix), 'model sanity: the English chrome holds the tab "Topic matrix"');
    assert.ok(english.size > 60, `model sanity: ${english.size} English chrome strings collected`);

    const problems = [];
    for (const lang of TRANSLATED) {
      const own = datasetOwnTexts(suite.dataset, lang);
      for (const [query, view] of [[MATRIX(lang), 'matrix'], [AGENDA(lang), 'agenda']]) {
        await goto(page, query);
        await viewReady(page, view);
        assert.deepEqual(await appLang(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, `${query}: .dx-app lang and dir`);
        const { chrome, attrs } = await texts(page);
        assert.ok(chrome.length > 60, `${query}: model sanity: ${chrome.length} chrome strings collected`);
        const seen = new Set();
        const report = (kind, item) => {
          const key = `${kind}\u0000${item.text}`;
          if (seen.has(key)) return;
          seen.add(key);
          problems.push(`${lang} ${view}: ${kind} ${JSON.stringify(item.text)} (${item.where})`);
        };
        for (const item of chrome) {
          if (english.has(item.text) && !allowed(item.text, lang) && !own.has(item.text)) report('English text', item);
          if (KEY_LIKE.test(item.text)) report('key-like text', item);
        }
        for (const item of attrs) {
          if (englishAttrs.has(item.text) && !allowed(item.text, lang)) report('English attribute', item);
          if (KEY_LIKE.test(item.text)) report('key-like attribute', item);
        }
      }
    }
    assert.deepEqual(problems, [], `untranslated interface strings:\n${problems.join('\n')}`);
    await assertClean(page, watch);
  });

  test('1b. dataset texts inside a translated interface are marked lang="en"', TIMEOUT, async (t) => {
    const { page, watch } = await newPage(t);
    const found = new Map();
    for (const lang of TRANSLATED) {
      // A dataset text is found between non-Latin characters or ends (Chinese writes "…第12届"
      // right after an English group name).
      const known = datasetTexts(suite.dataset, lang).map((d) => ({
        ...d,
        re: new RegExp(`(?<![\\p{Script=Latin}\\d])${escapeRe(d.value)}(?![\\p{Script=Latin}\\d])`, 'u'),
      }));
      const pages = [
        [MATRIX(lang), 'matrix'],
        [AGENDA(lang), 'agenda'],
        [`?dx-lang=${lang}&dx-view=dialogue&dx-id=tip-2022&dx-today=${TODAY}`, 'dialogue'],
      ];
      for (const [query, view] of pages) {
        await goto(page, query);
        await viewReady(page, view);
        const { all } = await texts(page);
        for (const item of all) {
          if (item.lang === 'en' || item.option) continue;
          const hit = known.find((d) => d.re.test(item.text));
          if (!hit) continue;
          // One line per kind of dataset text and place, with the languages and an example.
          const key = `${hit.kind} in ${item.place}`;
          const entry = found.get(key) ?? { langs: new Set(), example: item.text, count: 0 };
          entry.langs.add(lang);
          entry.count += 1;
          found.set(key, entry);
        }
      }
    }
    const lines = [...found].map(
      ([key, { langs, example, count }]) =>
        `${key}: ${count} unmarked text node(s) in ${[...langs].join(', ')}; e.g. ${JSON.stringify(example.slice(0, 100))}`,
    );
    assert.deepEqual(lines, [], `English dataset text shown without lang="en":\n${lines.join('\n')}`);
    await assertClean(page, watch);
  });

  test('1c. sentences built around dates and names keep their punctuation single', TIMEOUT, async (t) => {
    // A message that ends with a full stop after a date that ends with one (Russian "2025 г.")
    // shows "г..". In Chinese, full-width punctuation carries its own space: an ASCII space
    // next to it (from a template's " ") is a typographic error.
    const { page, watch } = await newPage(t);
    const problems = [];
    for (const lang of ['en', ...TRANSLATED]) {
      const pages = [MATRIX(lang), AGENDA(lang), `?dx-lang=${lang}&dx-view=theme&dx-id=children`];
      for (const query of pages) {
        await goto(page, query);
        await page.locator(`${APP} .dx-main, ${APP} .dx-page`).first().waitFor();
        // Text by paragraph-like element, so that a finding names its place.
        const blocks = await page.$$eval(`${APP} p, ${APP} li, ${APP} h2, ${APP} h3`, (els) =>
          els
            .filter((el) => !el.querySelector('p, li, h2, h3'))
            .map((el) => ({
              text: el.innerText.replace(/\s+/g, ' ').trim(),
              place: [el, ...(el.classList.length ? [] : [el.parentElement.closest('[class*="dx-"]')])]
                .filter(Boolean)
                .map((e) => [e.tagName.toLowerCase(), ...e.classList].join('.'))
                .join(' in '),
            })),
        );
        const seen = new Set();
        for (const { text, place } of blocks) {
          const doubled = text.match(/.{0,30}(?<!\.)\.\.(?!\.).{0,10}/);
          const spaced = lang === 'zh' ? text.match(/.{0,20}(?:[。，：；、] | [。，：；、]).{0,20}/) : null;
          for (const [kind, m] of [['doubled full stop', doubled], ['ASCII space beside full-width punctuation', spaced]]) {
            if (!m) continue;
            const key = `${lang} ${kind} ${place}`;
            if (seen.has(key)) continue;
            seen.add(key);
            problems.push(`${query}: ${kind} in ${place}: …${m[0]}…`);
          }
        }
      }
    }
    assert.deepEqual(problems, [], `punctuation problems:\n${problems.join('\n')}`);
    await assertClean(page, watch);
  });

  test('2. Arabic is laid out right to left, with the matrix arrow keys mirrored', TIMEOUT, async (t) => {
    const { page, watch } = await openApp(t, { query: MATRIX('ar') });
    await viewReady(page, 'matrix');
    assert.equal(await page.locator(`${APP}[dir="rtl"][lang="ar"]`).count(), 1, '.dx-app[dir=rtl][lang=ar]');
    const html = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      dirAttr: document.documentElement.getAttribute('dir'),
      lang: document.documentElement.lang,
    }));
    // The standalone page is the app's own, so its <html> follows the language too (a host
    // page's <html> is never touched: see the embedding tests below).
    assert.equal(html.dir, 'rtl', 'the standalone page’s <html> is rtl');
    assert.equal(html.dirAttr, 'rtl', 'the standalone page’s <html dir="rtl">');
    assert.equal(html.lang, 'ar', 'the standalone page’s <html lang="ar">');

    const box = async (selector) => {
      const b = await page.locator(selector).first().boundingBox();
      assert.ok(b, `${selector} has a box`);
      return b;
    };
    const filters = await box(`${APP} .dx-filters`);
    const main = await box(`${APP} .dx-main`);
    assert.ok(filters.x > main.x, `the filters (x=${filters.x}) are right of the main column (x=${main.x})`);
    assert.ok(filters.x >= main.x + main.width - 1, 'the filters do not overlap the main column');

    const tabs = page.locator(`${APP} nav.dx-views a.dx-tab`);
    const [tab0, tab1] = [await tabs.nth(0).boundingBox(), await tabs.nth(1).boundingBox()];
    assert.ok(tab0.x > tab1.x, `the first tab (x=${tab0.x}) is right of the second (x=${tab1.x})`);

    const table = await box(`${APP} table.dx-matrix`);
    const rowHead = await box(`${APP} table.dx-matrix tbody tr:first-child th[scope="row"]`);
    const cell0 = await box(`${APP} button.dx-cell[data-cell="0-0"]`);
    const cell1 = await box(`${APP} button.dx-cell[data-cell="0-1"]`);
    const right = (b) => b.x + b.width;
    assert.ok(
      Math.abs(right(rowHead) - right(table)) <= 2,
      `the row headers are at the right edge of the table (th ends at ${right(rowHead)}, the table at ${right(table)})`,
    );
    assert.ok(right(cell0) <= rowHead.x + 1, `the first dialogue column (ends at ${right(cell0)}) is left of the row header (starts at ${rowHead.x})`);
    assert.ok(right(cell1) <= cell0.x + 1, `the second dialogue column (ends at ${right(cell1)}) is left of the first (starts at ${cell0.x})`);

    const focusedCell = () => activeCell(page);
    await page.locator(`${APP} button.dx-cell[data-cell="0-0"]`).focus();
    assert.equal(await focusedCell(), '0-0');
    await page.keyboard.press('ArrowLeft');
    await until(focusedCell, (c) => c === '0-1', 'ArrowLeft moves to the next column (0-1) right to left');
    await page.keyboard.press('ArrowRight');
    await until(focusedCell, (c) => c === '0-0', 'ArrowRight moves back to 0-0');
    await page.keyboard.press('ArrowRight');
    await until(focusedCell, (c) => c === '0-0', 'ArrowRight stops at the first column (0-0)');
    await page.keyboard.press('ArrowDown');
    await until(focusedCell, (c) => c === '1-0', 'ArrowDown moves down (1-0)');
    await assertClean(page, watch);
  });

  test('2b. in Arabic, English dataset text and Latin file tags keep their left-to-right order', TIMEOUT, async (t) => {
    // English inside a right-to-left paragraph needs its own direction (dir="ltr" or an
    // isolate), or the punctuation at its ends moves to the wrong side: "Assistance … migrants."
    // shows as ".Assistance … migrants". Only texts beginning or ending with a neutral
    // character (punctuation, brackets) are checked: the others read the same either way.
    const { page, watch } = await newPage(t);
    const problems = [];
    const pages = [
      [MATRIX('ar'), 'matrix'],
      [AGENDA('ar'), 'agenda'],
      [`?dx-lang=ar&dx-view=dialogue&dx-id=tip-2022&dx-today=${TODAY}`, 'dialogue'],
    ];
    for (const [query, view] of pages) {
      await goto(page, query);
      await viewReady(page, view);
      const found = await page.evaluate((root) => {
        const app = document.querySelector(root);
        const byPlace = {};
        for (const el of app.querySelectorAll('[lang="en"]')) {
          const text = el.textContent.replace(/\s+/g, ' ').trim();
          if (!text || (/^[\p{L}\p{N}]/u.test(text) && /[\p{L}\p{N}]$/u.test(text))) continue;
          const cs = getComputedStyle(el);
          const isolated = cs.display !== 'inline' || cs.unicodeBidi !== 'normal';
          if (cs.direction === 'ltr' && isolated) continue;
          const owner = el.parentElement.closest('[class*="dx-"]');
          const place =
            [el.tagName.toLowerCase(), ...el.classList].join('.') +
            '[lang=en]' +
            (el.classList.length === 0 && owner ? ` in ${[owner.tagName.toLowerCase(), ...owner.classList].join('.')}` : '');
          byPlace[place] ??= { count: 0, example: text, direction: cs.direction, unicodeBidi: cs.unicodeBidi };
          byPlace[place].count += 1;
        }
        return byPlace;
      }, APP);
      for (const [place, { count, example, direction, unicodeBidi }] of Object.entries(found)) {
        problems.push(
          `${view}: ${count} × ${place} laid out ${direction} (unicode-bidi ${unicodeBidi}); e.g. ${JSON.stringify(example.slice(0, 80))}`,
        );
      }
    }

    // The calendar button's "(.ics)": the full stop belongs left of "ics".
    await goto(page, MATRIX('ar'));
    const order = await page.evaluate((root) => {
      const button = [...document.querySelectorAll(`${root} .dx-export button`)].find((b) => b.textContent.includes('.ics'));
      if (!button) return null;
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue.indexOf('.ics');
        if (at < 0) continue;
        const rect = (start) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + 1);
          return range.getBoundingClientRect();
        };
        return { text: button.textContent.trim(), dot: rect(at).left, i: rect(at + 1).left };
      }
      return null;
    }, APP);
    assert.ok(order, 'the Arabic export bar has a button with ".ics"');
    if (!(order.dot < order.i)) {
      problems.push(`export: in ${JSON.stringify(order.text)} the "." of ".ics" is drawn right of "ics" (x ${order.dot} > ${order.i}): it reads "ics."`);
    }
    assert.deepEqual(problems, [], `left-to-right text drawn out of order in Arabic:\n${problems.join('\n')}`);
    await assertClean(page, watch);
  });

  test('3. the switcher redraws in French, keeps filters and focus; reload keeps it, Back undoes it', TIMEOUT, async (t) => {
    const enCat = suite.oracle.catalogue('en');
    const frCat = suite.oracle.catalogue('fr');
    const { page, watch } = await openApp(t);
    await viewReady(page, 'matrix');
    assert.deepEqual(await appLang(page), { lang: 'en', dir: 'ltr' }, 'English with an English browser');
    const englishTabs = await tabTexts(page);
    assert.deepEqual(englishTabs.slice(0, 3), [enCat.view_matrix, enCat.view_list, enCat.view_agenda]);

    const theme = 'children';
    const { status } = suite.oracle.state(`?dx-theme=${theme}`);
    await facetLabel(page, 'theme', theme).click();
    await until(() => params(page).get('dx-theme'), (v) => v === theme, `the URL gains dx-theme=${theme}`);
    const englishStatus = status.en;
    await until(() => statusText(page), (s) => s === englishStatus, `the status reads "${englishStatus}"`);

    const select = page.locator(`${APP} .dx-language select`);
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => [o.value, o.lang, o.textContent.trim()]));
    assert.deepEqual(
      options.map(([value]) => value),
      ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
      'the switcher offers the six languages by code',
    );
    assert.ok(options.every(([value, lang]) => value === lang), 'each option is marked with its own language');
    assert.deepEqual(options.find(([value]) => value === 'fr'), ['fr', 'fr', 'Français']);

    await select.selectOption({ label: 'Français' });
    await until(() => params(page).get('dx-lang'), (v) => v === 'fr', 'the URL gains dx-lang=fr');
    await until(() => appLang(page), (v) => v.lang === 'fr' && v.dir === 'ltr', '.dx-app becomes lang=fr');
    const frenchTabs = [frCat.view_matrix, frCat.view_list, frCat.view_agenda];
    await until(async () => (await tabTexts(page)).slice(0, 3), (v) => JSON.stringify(v) === JSON.stringify(frenchTabs), 'the tabs read in French');
    assert.equal(params(page).get('dx-theme'), theme, 'the filter stays in the URL');
    assert.ok(await facetInput(page, 'theme', theme).isChecked(), 'the theme filter stays checked');
    const frenchStatus = status.fr;
    await until(() => statusText(page), (s) => s === frenchStatus, `the status reads "${frenchStatus}"`);
    await viewReady(page, 'matrix');
    await until(
      () => page.evaluate(() => document.activeElement?.matches('.dx-language select') ?? false),
      Boolean,
      'the language select has the focus after the switch',
    );
    assert.equal(await select.inputValue(), 'fr', 'the select shows Français');
    assert.equal(await page.locator(`${APP} .dx-language label`).innerText(), frCat.language_label, 'its label is French');

    await page.reload();
    await ready(page);
    assert.equal((await appLang(page)).lang, 'fr', 'French after a reload');
    assert.deepEqual((await tabTexts(page)).slice(0, 3), frenchTabs, 'French tabs after a reload');
    assert.ok(await facetInput(page, 'theme', theme).isChecked(), 'the filter is kept after a reload');
    assert.equal(await statusText(page), frenchStatus);

    await page.goBack();
    await until(() => params(page).get('dx-lang'), (v) => v === null, 'Back removes dx-lang');
    await until(() => appLang(page), (v) => v.lang === 'en', 'Back returns to English');
    await until(async () => (await tabTexts(page)).slice(0, 3), (v) => JSON.stringify(v) === JSON.stringify(englishTabs.slice(0, 3)), 'English tabs after Back');
    assert.equal(await statusText(page), englishStatus, 'the English status after Back');
    assert.ok(await facetInput(page, 'theme', theme).isChecked(), 'the filter is still checked after Back');
    assert.equal(await select.inputValue(), 'en', 'the switcher shows English after Back');
    await assertClean(page, watch);
  });

  test('4. the language comes from the address, the element, the host page, then the browser', TIMEOUT, async (t) => {
    const cat = Object.fromEntries(['ru', 'es', 'fr', 'zh', 'ar'].map((l) => [l, suite.oracle.catalogue(l)]));
    const { page, watch } = await newPage(t, { locale: 'ru-RU' });
    assert.deepEqual(await page.evaluate(() => navigator.languages), ['ru-RU'], 'model sanity: the browser prefers ru-RU');

    // The standalone page: the browser's language, unless the address names one (the page's own
    // <html lang="en"> is not a host language).
    await goto(page, '');
    assert.deepEqual(await appLang(page), { lang: 'ru', dir: 'ltr' }, 'Russian from the browser’s preferences');
    assert.equal((await tabTexts(page))[0], cat.ru.view_matrix);
    await goto(page, '?dx-lang=es');
    assert.deepEqual(await appLang(page), { lang: 'es', dir: 'ltr' }, 'dx-lang=es beats the browser');
    assert.equal((await tabTexts(page))[0], cat.es.view_matrix);

    // Custom elements on a French host page: the host's language, or the element's lang.
    const host = (htmlLang, body) =>
      `<!doctype html>\n<html${htmlLang === null ? '' : ` lang="${htmlLang}"`}>\n<head><meta charset="utf-8"><title>Host</title>` +
      `<link rel="icon" href="data:,"><script type="module" src="../embed.js"></script></head>\n<body><main>${body}</main></body>\n</html>\n`;
    suite.server.override(
      'hosts/i18n-fr.html',
      host('fr', '<h1>Une page hôte</h1><dialogue-explorer id="w-host" today="2024-01-01"></dialogue-explorer>' +
        '<dialogue-explorer id="w-zh" lang="zh" today="2024-01-01"></dialogue-explorer>'),
      'text/html; charset=utf-8',
    );
    await page.goto(`${suite.server.url}hosts/i18n-fr.html`);
    const embedded = async (id, lang) => {
      const root = `dialogue-explorer#${id} .dx-app`;
      await page.locator(`dialogue-explorer#${id} p.dx-result-count`).filter({ hasText: /\d/ }).waitFor();
      const got = await page.locator(root).evaluate((el) => ({ lang: el.lang, dir: el.dir }));
      assert.deepEqual(got, { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, `#${id}: .dx-app lang and dir`);
      const tab = (await page.locator(`dialogue-explorer#${id} nav.dx-views a.dx-tab`).first().innerText()).trim();
      assert.equal(tab, cat[lang].view_matrix, `#${id}: the first tab reads in ${lang}`);
    };
    await embedded('w-host', 'fr');
    await embedded('w-zh', 'zh');
    assert.deepEqual(
      await page.evaluate(() => [document.documentElement.getAttribute('lang'), document.documentElement.getAttribute('dir')]),
      ['fr', null],
      'the host’s <html> keeps lang="fr" and gets no dir',
    );

    // A host page without a language: the browser's.
    suite.server.override(
      'hosts/i18n-none.html',
      host(null, '<dialogue-explorer id="w-none" today="2024-01-01"></dialogue-explorer>'),
      'text/html; charset=utf-8',
    );
    await page.goto(`${suite.server.url}hosts/i18n-none.html`);
    await embedded('w-none', 'ru');

    // The iframe page: its lang parameter.
    suite.server.override(
      'hosts/i18n-iframe.html',
      host('fr', '<iframe id="frame" src="../embed.html?lang=ar&amp;today=2024-01-01" title="Dialogue Explorer" style="width:100%;height:600px;border:0"></iframe>'),
      'text/html; charset=utf-8',
    );
    await page.goto(`${suite.server.url}hosts/i18n-iframe.html`);
    const frame = page.frameLocator('#frame');
    await frame.locator('#dialogue-explorer p.dx-result-count').filter({ hasText: /\d/ }).waitFor();
    const inFrame = await frame.locator('#dialogue-explorer .dx-app').evaluate((el) => ({
      lang: el.lang,
      dir: el.dir,
      htmlDir: el.ownerDocument.documentElement.getAttribute('dir'),
      htmlLang: el.ownerDocument.documentElement.getAttribute('lang'),
    }));
    assert.deepEqual(inFrame, { lang: 'ar', dir: 'rtl', htmlDir: null, htmlLang: 'en' }, 'embed.html?lang=ar: .dx-app is Arabic and rtl, its <html> untouched');
    assert.equal((await frame.locator('#dialogue-explorer nav.dx-views a.dx-tab').first().innerText()).trim(), cat.ar.view_matrix);
    await assertClean(page, watch);
  });

  test('4b. when the module cannot load, the element says so in its language (Arabic right to left)', TIMEOUT, async (t) => {
    // embed.js holds a copy of the catalogues' two messages (tests/embed_messages.rs checks it);
    // here: which language it picks, in the order the app does, and how the box is written.
    const host = (htmlLang, body) =>
      `<!doctype html>\n<html${htmlLang === null ? '' : ` lang="${htmlLang}"`}>\n<head><meta charset="utf-8"><title>Host</title>` +
      `<script type="module" src="../embed.js"></script></head>\n<body><main>${body}</main></body>\n</html>\n`;
    const element = (id, lang) => `<dialogue-explorer id="${id}"${lang ? ` lang="${lang}"` : ''}></dialogue-explorer>`;
    const box = async (page, id) => {
      const failure = page.locator(`dialogue-explorer#${id} .dx-load-failure[role="alert"]`);
      await failure.waitFor();
      return failure.evaluate((b) => ({
        lang: b.lang,
        dir: b.dir,
        sentence: b.querySelector('p')?.textContent ?? b.textContent,
        link: b.querySelector('a')?.textContent,
        href: b.querySelector('a')?.href,
      }));
    };
    const expected = (lang) => {
      const cat = suite.oracle.catalogue(lang);
      assert.ok(cat.could_not_load && cat.open_own_page, `the ${lang} catalogue has could_not_load and open_own_page`);
      return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', sentence: cat.could_not_load, link: cat.open_own_page, href: suite.server.url };
    };
    const allowed = { allowedConsole: [/Failed to load resource: .*404/, /Dialogue Explorer could not load/, /dynamically imported module/] };

    // The WebAssembly is missing: the element's lang, else the host page's (French).
    suite.server.block('dialogue-explorer_bg.wasm');
    suite.server.override('hosts/i18n-failure.html', host('fr', element('w-ar', 'ar') + element('w-page') + element('w-de', 'de')), 'text/html; charset=utf-8');
    const { page, watch } = await newPage(t, { locale: 'ru-RU' });
    await page.goto(`${suite.server.url}hosts/i18n-failure.html`);
    assert.deepEqual(await box(page, 'w-ar'), expected('ar'), 'lang="ar": in Arabic, right to left');
    assert.deepEqual(await box(page, 'w-page'), expected('fr'), 'no lang: the page’s <html lang="fr">');
    assert.deepEqual(await box(page, 'w-de'), expected('fr'), 'lang="de" (not an interface language): the page’s');
    await assertClean(page, watch, allowed);

    // The module's script is missing, on a page without a language: the browser's, else English.
    suite.server.unblock('dialogue-explorer_bg.wasm');
    suite.server.block('dialogue-explorer.js');
    suite.server.override('hosts/i18n-failure-none.html', host(null, element('w-browser') + element('w-fr', 'fr-CA')), 'text/html; charset=utf-8');
    await page.goto(`${suite.server.url}hosts/i18n-failure-none.html`);
    assert.deepEqual(await box(page, 'w-browser'), expected('ru'), 'no lang anywhere: the browser’s (ru-RU)');
    assert.deepEqual(await box(page, 'w-fr'), expected('fr'), 'lang="fr-CA": French');
    const english = await newPage(t, { locale: 'de-DE' });
    await english.page.goto(`${suite.server.url}hosts/i18n-failure-none.html`);
    assert.deepEqual(await box(english.page, 'w-browser'), expected('en'), 'a German browser: English');
    await assertClean(page, watch, allowed);
    await assertClean(english.page, english.watch, allowed);
  });

  test('5. Russian and Arabic plural forms in the summary and the status line', TIMEOUT, async (t) => {
    const { oracle } = suite;
    // Themes whose entry and dialogue counts cover the plural categories of both languages.
    const themes = suite.dataset.themes.map((th) => th.id);
    const byTheme = oracle.states(themes.map((theme) => `?dx-theme=${theme}`)).map((a, i) => ({ theme: themes[i], ...a.counts }));
    const covered = new Set();
    const chosen = [];
    for (const c of byTheme) {
      const keys = ['ru', 'ar'].flatMap((lang) => [
        `${lang} entries ${oracle.plural(lang, c.entries)}`,
        `${lang} dialogues ${oracle.plural(lang, c.dialogues)}`,
      ]);
      if (keys.some((k) => !covered.has(k))) {
        chosen.push(c);
        keys.forEach((k) => covered.add(k));
      }
    }
    const { summary } = oracle.facts;

    const { page, watch } = await newPage(t);
    const checked = { ru: new Set(), ar: new Set() };
    for (const lang of ['ru', 'ar']) {
      // The summary figures and their labels.
      await goto(page, `?dx-lang=${lang}`);
      const figures = await page.$$eval(`${APP} .dx-summary .dx-figure`, (els) =>
        els.map((el) => ({
          key: el.querySelector('[data-count]').dataset.count,
          n: Number(el.querySelector('[data-count]').textContent.trim()),
          label: el.querySelector('.dx-figure-label').textContent.trim(),
        })),
      );
      assert.deepEqual(
        figures.map((f) => f.key),
        ['dialogues', 'working-groups', 'themes', 'entries', 'sources'],
        `${lang}: the five summary figures`,
      );
      const wrong = [];
      for (const { key, n, label } of figures) {
        const { count, label: labels } = summary[key];
        if (n !== count) wrong.push(`${key}: shows ${n}, the dataset has ${count}`);
        const category = oracle.plural(lang, n);
        if (label !== labels[lang]) wrong.push(`${key}: ${n} is labelled "${label}", expected "${labels[lang]}" (${category})`);
        checked[lang].add(`summary ${category}`);
      }
      assert.deepEqual(wrong, [], `${lang}: summary labels agree with their numbers`);

      // The status line: everything, themes of various counts, and nothing.
      const scenarios = ['', ...chosen.map((c) => `&dx-theme=${c.theme}`), '&dx-q=zqxjkvw'].map((extra) => `?dx-lang=${lang}${extra}`);
      const answers = oracle.states(scenarios);
      for (const [i, query] of scenarios.entries()) {
        const { status, counts } = answers[i];
        await goto(page, query);
        const want = status[lang];
        await until(() => statusText(page), (s) => s === want, `${query}: the status reads "${want}"`);
        checked[lang].add(`status entries ${oracle.plural(lang, counts.entries)}`);
        checked[lang].add(`status dialogues ${oracle.plural(lang, counts.dialogues)}`);
      }
    }
    // What the dataset let this test see (a smaller dataset covers fewer forms).
    t.diagnostic(`plural categories seen: ru ${[...checked.ru].sort().join(', ')}; ar ${[...checked.ar].sort().join(', ')}`);
    for (const form of ['one', 'few', 'many']) {
      assert.ok(checked.ru.has(`status entries ${form}`), `the Russian status was checked with a "${form}" entry count`);
    }
    for (const form of ['zero', 'one', 'two', 'few', 'many']) {
      assert.ok(checked.ar.has(`status entries ${form}`), `the Arabic status was checked with a "${form}" entry count`);
    }
    await assertClean(page, watch);
  });

  test('6. agenda dates and relative times through Intl, in French and in Arabic with Western digits', TIMEOUT, async (t) => {
    const { page, watch } = await newPage(t);
    for (const [lang, locale] of [['fr', 'fr'], ['ar', 'ar-u-nu-latn']]) {
      await goto(page, AGENDA(lang));
      await viewReady(page, 'agenda');
      const card = page.locator(`${APP} section.dx-agenda-past article.dx-card`).first();
      const id = await card.getAttribute('data-dialogue');
      const time = card.locator('p.dx-date time');
      const datetime = await time.getAttribute('datetime');
      const shown = (await time.innerText()).trim();
      assert.match(datetime, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${lang}: the date has a datetime attribute`);
      const expected = await page.evaluate(
        ([date, locale]) => {
          const [y, m, d] = date.split('-').map(Number);
          const at = new Date(Date.UTC(y, (m || 1) - 1, d || 1, 12));
          const options = d
            ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
            : m
              ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
              : null;
          return options ? at.toLocaleDateString(locale, options) : String(y);
        },
        [datetime, locale],
      );
      assert.equal(shown, expected, `${lang}: the first past card's date (${datetime}) as Intl writes it in ${locale}`);
      if (lang === 'ar') {
        assert.match(shown, /[0-9]/, 'the Arabic date has Western digits');
        assert.doesNotMatch(shown, /[\u0660-\u0669\u06f0-\u06f9]/, 'the Arabic date has no Arabic-Indic digits');
        assert.match(shown, /[\u0600-\u06ff]/, 'the Arabic date names the month in Arabic');
      }
      assert.equal(datetime, suite.oracle.dialogue(id).date, `${lang}: the datetime is the date of ${id}`);
      const [value, unit] = suite.oracle.state(AGENDA(lang)).distances[id];
      const relative = await page.evaluate(
        ([locale, value, unit]) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit),
        [locale, value, unit],
      );
      const line = (await card.locator('p.dx-date').innerText()).trim();
      assert.ok(line.includes(relative), `${lang}: the date line "${line}" holds "${relative}"`);
      if (lang === 'ar') assert.doesNotMatch(line, /[\u0660-\u0669\u06f0-\u06f9]/, 'no Arabic-Indic digits in the date line');
    }
    await assertClean(page, watch);
  });

  test('7. axe finds no violation in Arabic and Chinese', TIMEOUT, async (t) => {
    const axe = axeReport();
    const { page, watch } = await newPage(t);
    const screens = [
      ['ar', MATRIX('ar'), 'matrix'],
      ['ar', AGENDA('ar'), 'agenda'],
      ['ar', `?dx-lang=ar&dx-view=dialogue&dx-id=tip-2022&dx-today=${TODAY}`, 'dialogue'],
      ['zh', MATRIX('zh'), 'matrix'],
      ['zh', AGENDA('zh'), 'agenda'],
    ];
    for (const [lang, query, view] of screens) {
      await goto(page, query);
      await viewReady(page, view);
      assert.equal((await appLang(page)).lang, lang);
      await axe.check(page, `${lang} ${view} (${query})`);
    }
    axe.assertNone();
    await assertClean(page, watch);
  });

  test('8. screenshots in Arabic, Chinese and French', TIMEOUT, async (t) => {
    const shots = [
      ['matrix-ar-1280', MATRIX('ar'), DESKTOP, 'matrix'],
      ['agenda-ar-375', AGENDA('ar'), PHONE, 'agenda'],
      ['matrix-zh-1280', MATRIX('zh'), DESKTOP, 'matrix'],
      ['agenda-fr-1280', AGENDA('fr'), DESKTOP, 'agenda'],
    ];
    for (const [name, query, viewport, view] of shots) {
      const { page, watch } = await openApp(t, { query, viewport });
      await viewReady(page, view);
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, name);
      await assertClean(page, watch);
    }
  });
});
