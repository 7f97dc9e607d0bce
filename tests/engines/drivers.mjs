// The thin driver layer of the engine scenarios: one interface over Playwright (Chromium) and
// over WebDriver (Firefox, WebKit), so that scenarios.mjs is written once. State is read with
// evaluate() (the same JavaScript in every engine); the driver only navigates, clicks, types,
// sizes the window and takes screenshots.
//
//   goto(url), url(), back(), reload(), evaluate(fn, arg), click(target), type(target, text),
//   setViewport(width, height), screenshot(file), nativeErrors(), close()
//
// A target is a selector path, "css >>> css" (each `>>>` enters the open shadow root of the
// element before it), or a function evaluated in the page that returns the element.

import { writeFile } from 'node:fs/promises';

import { launchBrowser, watchPage } from '../e2e/support.mjs';
import { isElement, launchFirefox, launchWebKit } from './webdriver.mjs';

/** Finds the element of a selector path (see above), or null; runs in the page. */
export function findPath(path) {
  let root = document;
  let el = null;
  for (const sel of path.split(' >>> ')) {
    el = root.querySelector(sel);
    if (!el) return null;
    root = el.shadowRoot || el;
  }
  return el;
}

const locator = (target, arg) =>
  typeof target === 'string' ? [findPath.toString(), target] : [target.toString(), arg];

/** Chromium through Playwright. */
async function playwrightPage() {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let watch = watchPage(page, []);
  const element = async (target, arg) => {
    const [fn, a] = locator(target, arg);
    const handle = await page.evaluateHandle(`(${fn})(${JSON.stringify(a ?? null)})`);
    const el = handle.asElement();
    if (!el) throw new Error(`no element for ${typeof target === 'string' ? target : fn}`);
    return el;
  };
  return {
    engine: 'chromium',
    goto: (url) => page.goto(url).then(() => {}),
    url: async () => page.url(),
    back: () => page.goBack().then(() => {}),
    reload: () => page.reload().then(() => {}),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: async (target, arg) => (await element(target, arg)).click(),
    type: async (target, text) => (await element(target)).type(text, { delay: 20 }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    /** Console errors and uncaught errors as the engine reports them. */
    nativeErrors: () => [...watch.consoleErrors, ...watch.pageErrors],
    clearNativeErrors: () => {
      watch.consoleErrors.length = 0;
      watch.pageErrors.length = 0;
    },
    close: () => browser.close(),
  };
}

/** Firefox or WebKit through WebDriver. */
async function webDriverPage(launch) {
  const browser = await launch();
  const { session } = browser;
  await session.setTimeouts({ script: 30_000, pageLoad: 30_000 });
  const element = async (target, arg) => {
    const [fn, a] = locator(target, arg);
    const el = await session.execute(`return (${fn})(arguments[0])`, [a]);
    if (!isElement(el)) throw new Error(`no element for ${typeof target === 'string' ? target : fn}`);
    return el;
  };
  return {
    engine: browser.name,
    goto: (url) => session.navigate(url),
    url: () => session.url(),
    back: () => session.back(),
    reload: () => session.refresh(),
    evaluate: (fn, arg) => session.execute(`return (${fn.toString()})(arguments[0])`, [arg ?? null]),
    click: async (target, arg) => session.click(await element(target, arg)),
    type: async (target, text) => session.sendKeys(await element(target), text),
    /** Sizes the window so that the viewport (innerWidth × innerHeight) is width × height. */
    async setViewport(width, height) {
      for (let i = 0; i < 3; i++) {
        const inner = await session.execute('return [innerWidth, innerHeight]');
        if (inner[0] === width && inner[1] === height) return;
        const rect = await session.windowRect();
        await session.setWindowRect({ width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
      }
    },
    screenshot: async (file) => writeFile(file, await session.screenshot()),
    // The W3C protocol has no console: the page hook (scenarios.mjs) is all there is.
    nativeErrors: () => null,
    clearNativeErrors: () => {},
    close: () => browser.stop(),
  };
}

export const LAUNCHERS = {
  chromium: playwrightPage,
  firefox: () => webDriverPage(launchFirefox),
  webkit: () => webDriverPage(launchWebKit),
};
