// Helpers of the end-to-end tests (run with `node --test tests/e2e/`, after `make build`); the
// test files use them through harness.mjs, which adds the suite's hooks and shared checks.
//
// - startServer(): a tiny static file server over dist/ whose answers a test can change
//   (make a path answer 404, serve another body, hold a response back).
// - launchBrowser(): Playwright (playwright-core) driving Debian's /usr/bin/chromium.
// - watchPage(): collects console errors, page errors and requests leaving the origin.
// - checkA11y(): axe-core WCAG 2.1 A/AA check, violations formatted for reading.

import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// E2E_DIST_DIR points the tests at another build (default: dist/ of the repository).
export const distDir = path.resolve(repoRoot, process.env.E2E_DIST_DIR || 'dist');
// E2E_SCREENSHOT_DIR sends the screenshots elsewhere (default: docs/screenshots/).
export const screenshotDir = path.resolve(repoRoot, process.env.E2E_SCREENSHOT_DIR || 'docs/screenshots');

/** The dataset path, relative to the served root, that the app fetches. */
export const DATASET_PATH = 'data/dialogues.json';

/** Throws a clear error unless a build is present in `root` (dist/ by default). */
export function requireBuild(root = distDir) {
  const missing = ['index.html', DATASET_PATH].filter((f) => !existsSync(path.join(root, f)));
  if (missing.length > 0) {
    throw new Error(
      `${path.relative(repoRoot, root) || root}/ lacks ${missing.join(' and ')}: ` +
        'the end-to-end tests test the release build, run `make build` first ' +
        '(`make test` builds before running them).',
    );
  }
  if (readFileSync(path.join(root, 'index.html'), 'utf8').includes('__TRUNK_ADDRESS__')) {
    throw new Error(
      `${path.relative(repoRoot, root) || root}/ holds a \`trunk serve\` development build ` +
        '(with its live-reload script): run `make build` for the release build the tests expect.',
    );
  }
}

/** The dataset of the build, parsed (the tests compare the app's counts with it). */
export function readDataset(root = distDir) {
  requireBuild(root);
  return JSON.parse(readFileSync(path.join(root, DATASET_PATH), 'utf8'));
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** 'data/x.json', '/data/x.json' and './data/x.json' all name the same served path. */
function normalise(p) {
  return path.posix.normalize('/' + String(p).replace(/^\.?\/+/, '')).replace(/^\/+/, '');
}

/**
 * Starts a static file server on 127.0.0.1 on a free port.
 *
 * @param {object} [options]
 * @param {string} [options.root] directory served (default: dist/)
 * @param {string} [options.prefix] URL path the root is served under (default "/"), e.g.
 *   "/tools/dialogues/" to check that the app works from a sub-path. Paths outside it are 404.
 * @param {boolean} [options.gzip] send the files gzip -9 to a browser that accepts it, as a web
 *   host would (the first-visit benchmark); the tests see them as they are on disk
 * @param {boolean|function(string): boolean} [options.cors] send `Access-Control-Allow-Origin: *`
 *   with every response (true), or with the responses for the paths (relative to the root, as
 *   "embed.js") for which the function returns true: for pages of another origin that load
 *   the build, as a shared copy of embed.js is loaded.
 * @returns {Promise<object>} `{ origin, url, port, requests, block, unblock, override, handle,
 *   header, hold, reset, close }`; `url` is the app's address (origin + prefix). Paths given to block,
 *   override and hold are relative to the root ("data/dialogues.json"), whatever the prefix.
 */
export async function startServer({ root = distDir, prefix = '/', cors = false, gzip = false } = {}) {
  requireBuild(root);
  const trimmed = normalise(prefix).replace(/\/+$/, '');
  const base = trimmed ? `/${trimmed}/` : '/';
  const blocked = new Set();
  const overrides = new Map();
  const holds = new Map();
  const handlers = new Map();
  const extraHeaders = new Map();
  /** Every request received, as `METHOD /path` (for assertions on what the app fetched). */
  const requests = [];

  const server = http.createServer(async (req, res) => {
    if (cors === true) res.setHeader('Access-Control-Allow-Origin', '*');
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const pathname = decodeURIComponent(url.pathname);
      requests.push(`${req.method} ${pathname}`);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
      if (pathname + '/' === base) {
        res.writeHead(301, { Location: base, 'Cache-Control': 'no-store' });
        return res.end();
      }
      if (!pathname.startsWith(base)) return send(404, 'not found (outside the prefix)\n');
      let rel = normalise(pathname.slice(base.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      if (typeof cors === 'function' && cors(rel)) res.setHeader('Access-Control-Allow-Origin', '*');
      for (const [name, value] of extraHeaders.get(rel) ?? []) res.appendHeader(name, value);

      const hold = holds.get(rel);
      if (hold) await hold.promise;
      if (handlers.has(rel)) return handlers.get(rel)(req, res);
      if (blocked.has(rel)) return send(404, 'not found (blocked by the test)\n');
      if (overrides.has(rel)) {
        const { body, type } = overrides.get(rel);
        return send(200, body, type);
      }

      const file = path.join(root, rel);
      if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden\n');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(404, 'not found\n');
      const body = await readFile(file);
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        return send(200, gzipSync(body, { level: 9 }), contentType(file));
      }
      return send(200, body, contentType(file));
    } catch (err) {
      if (!res.headersSent) send(500, `server error: ${err}\n`);
      else res.destroy();
    }
  });

  // Node closes a kept-alive socket after 5 s idle; a browser that reuses it at that instant
  // sees its request fail or hang (WebKit). The tests' pages stay open for less than this.
  server.keepAliveTimeout = 600_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: origin + base,
    requests,
    /** Makes `p` answer 404 until unblocked. */
    block(p) {
      blocked.add(normalise(p));
    },
    unblock(p) {
      blocked.delete(normalise(p));
    },
    /** Serves `body` (string or Buffer) for `p` instead of the file, until reset(). */
    override(p, body, type = contentType(normalise(p))) {
      overrides.set(normalise(p), { body, type });
    },
    /** Answers `p` with `handler(req, res)` (a fault to stage: a stalled or slow body, a cut-off
     * one) instead of the file, until reset(). */
    handle(p, handler) {
      handlers.set(normalise(p), handler);
    },
    /** Sends the response header `name: value` with every answer for `p` (a file, an override
     * or a block), until reset(): a Content-Security-Policy, say. */
    header(p, name, value) {
      const key = normalise(p);
      extraHeaders.set(key, [...(extraHeaders.get(key) ?? []), [name, value]]);
    },
    /** Holds requests for `p` unanswered until the returned function is called. */
    hold(p) {
      const key = normalise(p);
      let release;
      const promise = new Promise((resolve) => (release = resolve));
      const done = () => {
        if (holds.get(key)?.promise === promise) holds.delete(key);
        release();
      };
      holds.get(key)?.release();
      holds.set(key, { promise, release: done });
      return done;
    },
    /** Forgets blocks and overrides, releases holds, empties `requests`. */
    reset() {
      blocked.clear();
      overrides.clear();
      handlers.clear();
      extraHeaders.clear();
      for (const { release } of [...holds.values()]) release();
      requests.length = 0;
    },
    async close() {
      if (!server.listening) return;
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}

/** Chromium flags that keep the browser from reaching the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Debian Chromium (CHROMIUM=/path/to/chrome overrides the binary). */
export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: run \`make setup\` (Debian packages chromium and chromium-driver)`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Watches a page: console errors, uncaught page errors, and requests (and WebSockets)
 * whose origin differs from `origin` (data: and blob: URLs are allowed). `origin` may be an
 * array of origins, for pages that load the build from another origin than their own.
 */
export function watchPage(page, origin) {
  const origins = [origin].flat();
  const consoleErrors = [];
  const pageErrors = [];
  const foreignRequests = [];
  const foreign = (url) => {
    let u;
    try {
      u = new URL(url);
    } catch {
      return true;
    }
    return u.protocol !== 'data:' && u.protocol !== 'blob:' && !origins.includes(u.origin);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      consoleErrors.push(loc?.url ? `${msg.text()} (${loc.url}:${loc.lineNumber})` : msg.text());
    }
  });
  page.on('pageerror', (err) => pageErrors.push(err.stack || String(err)));
  page.on('request', (req) => {
    if (foreign(req.url())) foreignRequests.push(`${req.method()} ${req.url()}`);
  });
  page.on('websocket', (ws) => {
    if (foreign(ws.url().replace(/^ws/, 'http'))) foreignRequests.push(`WebSocket ${ws.url()}`);
  });
  return {
    consoleErrors,
    pageErrors,
    foreignRequests,
    /** Console errors not matching any of `allowed` (regular expressions). */
    unexpectedConsoleErrors(allowed = []) {
      return consoleErrors.filter((text) => !allowed.some((re) => re.test(text)));
    },
  };
}

/** Runs axe-core (WCAG 2.0/2.1, A and AA) on the page; returns the violations as readable text blocks. */
export async function checkA11y(page, { include, exclude } = {}) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations.map((v) =>
    [
      `${v.id} [${v.impact}]: ${v.help} (${v.helpUrl})`,
      ...v.nodes.map(
        (n) =>
          `  - ${n.target.join(' ')}\n      ${n.html}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`,
      ),
    ].join('\n'),
  );
}

/** Saves a screenshot of the viewport to docs/screenshots/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Waits until the app shows its summary or its error, whichever comes first; returns
 * "summary" or "error". Throws a readable error (with the page text) on timeout.
 */
export async function waitForOutcome(page, timeout = 20_000) {
  try {
    await page.locator('#dialogue-explorer .dx-summary, #dialogue-explorer .dx-error').first().waitFor({ timeout });
  } catch (err) {
    const text = await page.locator('body').innerText().catch(() => '<unreadable>');
    throw new Error(
      `neither .dx-summary nor .dx-error appeared within ${timeout} ms; page text:\n${text}\n(${err.message.split('\n')[0]})`,
    );
  }
  return (await page.locator('#dialogue-explorer .dx-summary').count()) > 0 ? 'summary' : 'error';
}

/**
 * Lets late requests happen before the request log is checked: waits for "network idle",
 * at most `timeout` ms (a 404 whose body the app never reads keeps Chromium from ever
 * reporting idle, so the timeout is not an error).
 */
export async function settle(page, timeout = 3_000) {
  await page.waitForLoadState('networkidle', { timeout }).catch(() => {});
}

/** Text of the app's error box, for failure messages. */
export async function errorText(page) {
  const error = page.locator('#dialogue-explorer .dx-error');
  if ((await error.count()) === 0) return '<no .dx-error>';
  return error
    .first()
    .innerText({ timeout: 1_000 })
    .catch(() => '<unreadable .dx-error>');
}

/** Directory of the host pages of the embedding tests. */
export const hostsDir = path.join(repoRoot, 'tests', 'e2e', 'hosts');

/**
 * Serves tests/e2e/hosts/<name> from `server` at hosts/<name> (next to embed.js and embed.html
 * of the build, until the server's reset()), after replacing each key of `replacements` in it
 * (e.g. `{ __DIST_ORIGIN__: other.origin }`); returns the page's address.
 */
export function serveHost(server, name, replacements = {}) {
  let html = readFileSync(path.join(hostsDir, name), 'utf8');
  for (const [key, value] of Object.entries(replacements)) html = html.split(key).join(value);
  server.override(`hosts/${name}`, html, 'text/html; charset=utf-8');
  return `${server.url}hosts/${name}`;
}
