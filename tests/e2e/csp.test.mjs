// End-to-end tests of the explorer under a strict Content-Security-Policy: the standalone page
// (dist/index.html as built, with its own policy and again with a strict policy sent as a
// response header), the iframe page (embed.html, alone and framed by a strict host) and the
// <dialogue-explorer> element on a strict host page (tests/e2e/hosts/csp-*.html). Each must
// render the explorer with not one `securitypolicyviolation` event: an init script listens on
// the document of every frame (events from inside shadow roots bubble up to it), and the
// browser's own report of a refusal is a console error, which is checked too. The policies are
// the README's ("Content-Security-Policy"), read from it. Run against the release build:
// `make build && node --test tests/e2e/csp.test.mjs`.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { APP, NEEDS_BUILD, assertNoErrors, ready, useSuite } from './harness.mjs';
import { distDir, hostsDir, repoRoot, serveHost, settle, startServer } from './support.mjs';

const TIMEOUT = { timeout: 120_000 };
const TODAY = '2024-01-01';
// The result count of a rendered explorer ("43 entries in 13 dialogues").
const STATUS = /^\d+ entr(y|ies) in \d+ dialogues?$/;

/** The policy both shipped pages carry (README: "Content-Security-Policy"). */
const SHIPPED =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "font-src 'self'; connect-src 'self' https:; base-uri 'none'";
/** A strict host's policy, as the README gives it for the element on the same site. */
const STRICT =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self'; base-uri 'none'";

/**
 * The policies of the README, its lines `Content-Security-Policy: …`: `{ sameSite, crossSite,
 * shipped }` (a host page with embed.js on its site, one with embed.js on https://example.org,
 * the pages of the build).
 */
function readmePolicies() {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const all = [...readme.matchAll(/^Content-Security-Policy: (.+)$/gm)].map((m) => m[1].trim());
  assert.equal(all.length, 3, `the README gives three policies (host page, host page with embed.js elsewhere, shipped pages): ${JSON.stringify(all)}`);
  const crossSite = all.filter((p) => p.includes('https://example.org'));
  assert.equal(crossSite.length, 1, 'one names https://example.org');
  const [sameSite, shipped] = all.filter((p) => !p.includes('https://example.org'));
  return { sameSite, crossSite: crossSite[0], shipped };
}

/** Records every securitypolicyviolation of each frame's document in `window.__violations`. */
const WATCH_VIOLATIONS = {
  script: () => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
        window.__violations.push(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'}${where} ${e.sample}`.trim());
      },
      true,
    );
  },
};

/** The violations recorded in `frame` (a page or a frame). */
const violations = (frame) => frame.evaluate(() => window.__violations);

/** The policy of the <meta http-equiv="Content-Security-Policy"> of an HTML text, or null. */
function metaPolicy(html) {
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
  assert.ok(metas.length <= 1, 'one policy meta at most');
  return metas[0]?.[0].match(/content="([^"]*)"/)?.[1].replace(/\s+/g, ' ').trim() ?? null;
}

/** What in an HTML text a policy without 'unsafe-inline' refuses: inline scripts and styles. */
function inlineThings(html) {
  const found = [];
  for (const [tag, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc=/.test(attrs) || body.trim()) found.push(`inline script: ${tag.slice(0, 80)}`);
  }
  for (const [tag] of html.matchAll(/<style\b[^>]*>/gi)) found.push(`style element: ${tag}`);
  for (const [attr] of html.matchAll(/<[a-z][^>]*\s(style|on[a-z]+)=/gi)) found.push(`inline attribute: ${attr.slice(0, 80)}`);
  for (const [link] of html.matchAll(/<link\b[^>]*href="data:[^>]*>/gi)) found.push(`data: link: ${link}`);
  return found;
}

/**
 * Walks through the explorer under `root` (a CSS selector; Playwright's CSS pierces shadow
 * roots) in `scope` (a page, or the frame the explorer is in), so that what each view draws is
 * drawn under the policy: a matrix cell, the entries, the agenda, a download, a dialogue's
 * page, then the dark theme and Arabic (right to left).
 */
async function tour(scope, root) {
  const page = typeof scope.page === 'function' ? scope.page() : scope;
  const tab = (label) => scope.locator(`${root} nav.dx-views a.dx-tab`).filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
  await tab('Topic matrix').click();
  await scope.locator(`${root} button.dx-cell:not(.dx-level-0)`).first().click();
  await scope.locator(`${root} .dx-cell-detail`).waitFor();
  await tab('Entries').click();
  await scope.locator(`${root} .dx-results .dx-result-group`).first().waitFor();
  await tab('Agenda').click();
  await scope.locator(`${root} .dx-agenda article.dx-card`).first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    scope.locator(`${root} button[data-export="ics"]`).first().click(),
  ]);
  assert.match(download.suggestedFilename(), /\.ics$/, 'the calendar downloads');
  await scope.locator(`${root} .dx-agenda article.dx-card h3 a`).first().click();
  await scope.locator(`${root} .dx-page-title`).waitFor();
  await scope.locator(`${root} select.dx-select:has(option[value="dark"])`).selectOption('dark');
  await scope.locator(`${root} .dx-app[data-theme="dark"]`).waitFor();
  await scope.locator(`${root} select.dx-select:has(option[value="ar"])`).selectOption('ar');
  await scope.locator(`${root} .dx-app[lang="ar"][dir="rtl"] .dx-page-title`).waitFor();
}

/** Waits until the explorer `root` shows its (English) result count. */
async function waitReady(page, root) {
  await page.locator(`${root} p.dx-result-count[role="status"]`).filter({ hasText: STATUS }).waitFor();
}

describe('a strict Content-Security-Policy', NEEDS_BUILD, () => {
  const suite = useSuite({ acceptDownloads: true, colorScheme: 'light' });
  const open = (t, options = {}) => suite.newPage(t, { init: WATCH_VIOLATIONS, ...options });

  test('(0) the pages of the build carry the policy and hold nothing inline that it refuses', () => {
    for (const page of ['index.html', 'embed.html', 'maintain.html']) {
      const html = readFileSync(path.join(distDir, page), 'utf8');
      assert.equal(metaPolicy(html), SHIPPED, `dist/${page} carries the policy`);
      assert.deepEqual(inlineThings(html), [], `dist/${page} has no inline script or style`);
    }
    const readme = readmePolicies();
    assert.equal(readme.shipped, SHIPPED, "the README gives the shipped pages' policy");
    assert.equal(readme.sameSite, STRICT, "the README gives the host page's policy");
    for (const page of ['csp-element.html', 'csp-iframe.html']) {
      const html = readFileSync(path.join(hostsDir, page), 'utf8');
      assert.ok(metaPolicy(html), `hosts/${page} has a policy`);
      assert.deepEqual(inlineThings(html), [], `hosts/${page} has no inline script or style`);
    }
  });

  test('(1) the standalone page renders under its own policy, through every view, without a violation', TIMEOUT, async (t) => {
    const { page, watch } = await open(t);
    await page.goto(suite.server.url);
    await ready(page);
    assert.equal(
      await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content.replace(/\s+/g, ' ').trim()),
      SHIPPED,
      'the page in the browser carries the policy',
    );
    // The app's stylesheet applies (adopted, not refused): its font, not the browser's default.
    assert.match(await page.locator(APP).evaluate((n) => getComputedStyle(n).fontFamily), /^system-ui/);
    await tour(page, '#dialogue-explorer');
    await settle(page, 1_000);
    assert.deepEqual(await violations(page), [], 'no securitypolicyviolation');
    assertNoErrors(watch);
    // The icon is a file of the build: no /favicon.ico, no data: icon.
    assert.ok(suite.server.requests.includes('GET /favicon.svg'), `the icon was asked for: ${suite.server.requests.join(', ')}`);
    assert.ok(!suite.server.requests.includes('GET /favicon.ico'), 'no /favicon.ico');
  });

  test('(1c) the maintainer page works under its policy and a strict header: a file opened, checked, previewed and downloaded', TIMEOUT, async (t) => {
    suite.server.header('maintain.html', 'Content-Security-Policy', STRICT);
    const { page, watch } = await open(t);
    await page.goto(`${suite.server.url}maintain.html`);
    await page.locator('#dialogue-explorer .dx-maintain').waitFor();
    await page.getByRole('button', { name: 'Start from the published dataset' }).click();
    await page.locator('#dialogue-explorer .dx-maintain-explorer .dx-explorer').waitFor();
    await page.locator('#dialogue-explorer .dx-maintain-explorer table.dx-matrix').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download dialogues.json' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'dialogues.json');
    await settle(page, 1_000);
    assert.deepEqual(await violations(page), [], 'no securitypolicyviolation');
    assertNoErrors(watch);
  });

  test('(1b) the standalone page renders with a strict policy sent as a response header as well', TIMEOUT, async (t) => {
    suite.server.header('index.html', 'Content-Security-Policy', STRICT);
    const { page, watch } = await open(t);
    const response = await page.goto(suite.server.url);
    assert.equal(response.headers()['content-security-policy'], STRICT, 'the server sent the policy');
    await ready(page);
    await page.locator(`${APP} table.dx-matrix`).waitFor();
    await settle(page, 1_000);
    assert.deepEqual(await violations(page), [], 'no securitypolicyviolation');
    assertNoErrors(watch);
  });

  test('(2) the iframe page renders under its policy (and a strict header), alone and framed by a strict host', TIMEOUT, async (t) => {
    // Alone, with its own policy, then with the strict one sent as a header as well.
    for (const header of [null, STRICT]) {
      if (header) suite.server.header('embed.html', 'Content-Security-Policy', header);
      const alone = await open(t);
      await alone.page.goto(`${suite.server.url}embed.html?view=agenda&today=${TODAY}`);
      await waitReady(alone.page, '#dialogue-explorer');
      await alone.page.locator('#dialogue-explorer .dx-explorer .dx-agenda article.dx-card').first().waitFor();
      await settle(alone.page, 1_000);
      assert.deepEqual(await violations(alone.page), [], `embed.html${header ? ' with the header' : ''}: no securitypolicyviolation`);
      assertNoErrors(alone.watch);
    }

    suite.server.override('hosts/csp-iframe.js', readFileSync(path.join(hostsDir, 'csp-iframe.js')));
    const { page, watch } = await open(t);
    await page.goto(serveHost(suite.server, 'csp-iframe.html'));
    const frame = page.frame({ url: /embed\.html/ });
    assert.ok(frame, 'the iframe is there');
    await frame.locator('#dialogue-explorer .dx-explorer .dx-agenda article.dx-card').first().waitFor();
    // embed-frame.js ran: it told its height, and the host's script (a file) sized the iframe.
    await page.waitForFunction(() => window.heightMessages.length > 0 && document.getElementById('frame').clientHeight > 300);
    // The transparent page and the light scheme of theme=light (page.css, embed-frame.js).
    assert.deepEqual(
      await frame.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).marginTop, document.documentElement.style.colorScheme]),
      ['rgba(0, 0, 0, 0)', '0px', 'light'],
    );
    // The brand colour of the address (accent=%237a1f5c), set through the CSSOM.
    assert.equal(await frame.locator('#dialogue-explorer .dx-app').evaluate((e) => e.style.getPropertyValue('--dx-accent')), '#7a1f5c');
    assert.equal(
      await frame.locator('#dialogue-explorer .dx-agenda article.dx-card h3 a').first().evaluate((a) => getComputedStyle(a).color),
      'rgb(122, 31, 92)',
      'the accent applies',
    );
    await tour(frame, '#dialogue-explorer');
    await settle(page, 1_000);
    assert.deepEqual(await violations(frame), [], 'embed.html in the iframe: no securitypolicyviolation');
    assert.deepEqual(await violations(page), [], 'the host page: no securitypolicyviolation');
    assertNoErrors(watch);
  });

  test('(3) the element renders on a strict host page, two of them, through every view, without a violation', TIMEOUT, async (t) => {
    const { page, watch } = await open(t);
    await page.goto(serveHost(suite.server, 'csp-element.html', { __POLICY__: readmePolicies().sameSite, __BUILD__: '../' }));
    await waitReady(page, 'dialogue-explorer#matrix');
    // lang="fr", theme="dark", header="show": the French one.
    await page.locator('dialogue-explorer#agenda .dx-app[lang="fr"][data-theme="dark"] .dx-agenda article.dx-card').first().waitFor();
    await page.locator('dialogue-explorer#agenda h1.dx-title').waitFor();
    // The adopted stylesheet applies inside the shadow root (a refused one would leave it bare).
    assert.match(await page.locator('dialogue-explorer#matrix .dx-app').evaluate((n) => getComputedStyle(n).fontFamily), /^system-ui/);
    assert.equal(
      await page.locator('dialogue-explorer#agenda .dx-app').evaluate((n) => getComputedStyle(n).backgroundColor),
      'rgb(18, 22, 29)',
      'the dark theme of the adopted sheet',
    );
    // Its brand colour, two tabs and the search box alone (accent-dark, views, controls).
    const agenda = 'dialogue-explorer#agenda';
    assert.equal(await page.locator(`${agenda} .dx-app`).evaluate((e) => e.style.getPropertyValue('--dx-accent-dark')), '#f0a6d2');
    assert.equal(
      await page.locator(`${agenda} .dx-agenda article.dx-card h3 a`).first().evaluate((a) => getComputedStyle(a).color),
      'rgb(240, 166, 210)',
      'the dark accent applies',
    );
    assert.equal(await page.locator(`${agenda} nav.dx-views a.dx-tab`).count(), 2);
    assert.equal(await page.locator(`${agenda} .dx-search input`).count(), 1);
    assert.equal(await page.locator(`${agenda} section.dx-filters`).count(), 0);
    await tour(page, 'dialogue-explorer#matrix');
    await settle(page, 1_000);
    assert.deepEqual(await violations(page), [], 'no securitypolicyviolation');
    assertNoErrors(watch);
  });

  test('(3b) on the strict host, the box that says the module could not load is allowed too', TIMEOUT, async (t) => {
    suite.server.block('dialogue-explorer_bg.wasm');
    const { page, watch } = await open(t);
    await page.goto(serveHost(suite.server, 'csp-element.html', { __POLICY__: readmePolicies().sameSite, __BUILD__: '../' }));
    const box = page.locator('dialogue-explorer#matrix .dx-load-failure[role="alert"]');
    await box.waitFor();
    // Its colours (set through the CSSOM) apply.
    assert.equal(await box.evaluate((b) => getComputedStyle(b).borderTopColor), 'rgb(164, 22, 26)');
    await settle(page, 1_000);
    assert.deepEqual(await violations(page), [], 'no securitypolicyviolation');
    assertNoErrors(watch, { allowedConsole: [/Failed to load resource: .*404/, /Dialogue Explorer could not load/, /WebAssembly/] });
  });
  describe('(4) embed.js from another site', () => {
    let other;
    before(async () => {
      other = await startServer({ cors: true });
    });
    after(() => other?.close());

    test("(4) the element renders under the README's policy that names the other site", TIMEOUT, async (t) => {
      other.reset();
      const policy = readmePolicies().crossSite.replaceAll('https://example.org', other.origin);
      const { page, watch } = await open(t, { origins: [suite.server.origin, other.origin] });
      await page.goto(serveHost(suite.server, 'csp-element.html', { __POLICY__: policy, __BUILD__: other.url }));
      await waitReady(page, 'dialogue-explorer#matrix');
      await page.locator('dialogue-explorer#agenda .dx-app[lang="fr"] .dx-agenda article.dx-card').first().waitFor();
      for (const file of ['embed.js', 'dialogue-explorer.js', 'dialogue-explorer_bg.wasm', 'data/dialogues.json']) {
        assert.ok(other.requests.includes(`GET /${file}`), `${file} came from the other site: ${other.requests.join(', ')}`);
      }
      await tour(page, 'dialogue-explorer#matrix');
      await settle(page, 1_000);
      assert.deepEqual(await violations(page), [], 'no securitypolicyviolation');
      assertNoErrors(watch);
    });
  });
});
