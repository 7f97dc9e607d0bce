// A small W3C WebDriver client over fetch, and the launchers of the two WebDriver engines:
// geckodriver with Firefox ESR (headless) and WebKitWebDriver with WebKitGTK's MiniBrowser
// (under an Xvfb started here). Only what the engine scenarios need: a session, navigation,
// scripts, element clicks and keys, the window size and screenshots.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';

/** The key that marks an element reference in the W3C protocol. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {}

/** One WebDriver session at `base` (http://127.0.0.1:port). */
export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(base, capabilities) {
    const value = await command(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return command(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }
  url() {
    return this.cmd('GET', '/url');
  }
  back() {
    return this.cmd('POST', '/back', {});
  }
  refresh() {
    return this.cmd('POST', '/refresh', {});
  }
  /** Runs `body` (a function body: `return …`, the arguments in `arguments`) in the page. */
  execute(body, args = []) {
    return this.cmd('POST', '/execute/sync', { script: body, args });
  }
  click(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/click`, {});
  }
  sendKeys(element, text) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/value`, { text });
  }
  windowRect() {
    return this.cmd('GET', '/window/rect');
  }
  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }
  /** The viewport as a PNG (a Buffer). */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
  setTimeouts(timeouts) {
    return this.cmd('POST', '/timeouts', timeouts);
  }
  async quit() {
    await this.cmd('DELETE', '').catch(() => {});
  }
}

export const isElement = (value) => value != null && typeof value === 'object' && ELEMENT in value;

async function command(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!res.ok || json.value?.error) {
    const { error, message } = json.value ?? {};
    throw new WebDriverError(`${method} ${path}: ${error ?? res.status}: ${message ?? text.slice(0, 300)}`);
  }
  return json.value;
}

// ---------------------------------------------------------------------------------------------
// Launching the drivers.
// ---------------------------------------------------------------------------------------------

// Drivers and Xvfb left running when the test process ends early (a crash, an unhandled error)
// are stopped with it.
const running = new Set();
process.on('exit', () => {
  for (const child of running) if (child.exitCode == null) child.kill('SIGKILL');
});
function track(child) {
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts `binary args…` (a driver) and waits until its /status answers. */
async function startDriver(binary, args, env = process.env) {
  if (!existsSync(binary)) throw new Error(`${binary} not found: run \`make setup\``);
  const port = await freePort();
  const child = track(spawn(binary, [...args(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  const log = [];
  const keep = (chunk) => {
    log.push(String(chunk));
    if (log.length > 400) log.splice(0, 100);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode != null) throw new Error(`${binary} exited (${child.exitCode}):\n${log.join('')}`);
    const ok = await fetch(`${base}/status`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`${binary} did not answer on ${base} within 20 s:\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    log,
    async stop() {
      if (child.exitCode != null) return;
      child.kill('SIGTERM');
      await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode == null) child.kill('SIGKILL');
    },
  };
}

/** Starts an Xvfb on a free display; returns `{ display, stop }`. */
export async function startXvfb() {
  const child = track(
    spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (c) => {
      out += c;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`Xvfb gave no display within 10 s: ${stderr}`)), 10_000);
  });
  return {
    display,
    async stop() {
      if (child.exitCode != null) return;
      child.kill('SIGTERM');
      await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5_000))]);
    },
  };
}

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`;
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** geckodriver driving headless Firefox ESR; returns `{ session, stop, name }`. */
export async function launchFirefox() {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: run \`make setup\` (Debian firefox-esr)`);
  const driver = await startDriver(GECKODRIVER, (port) => ['--port', String(port), '--host', '127.0.0.1']);
  try {
    const session = await Session.create(driver.base, {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        prefs: {
          // Nothing leaves the machine on the browser's own initiative.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'app.normandy.enabled': false,
          'messaging-system.rsexperimentloader.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          // Downloads go to a temporary folder without a dialog.
          'browser.download.useDownloadDir': true,
          'browser.download.folderList': 2,
          'browser.download.dir': '/tmp',
        },
      },
    });
    return { name: 'firefox', session, driverLog: driver.log, stop: async () => (await session.quit(), await driver.stop()) };
  } catch (err) {
    await driver.stop();
    throw err;
  }
}

/** WebKitWebDriver driving WebKitGTK's MiniBrowser under a fresh Xvfb. */
export async function launchWebKit() {
  if (!existsSync(MINIBROWSER)) throw new Error(`${MINIBROWSER} not found: run \`make setup\` (Debian webkit2gtk-driver)`);
  const xvfb = await startXvfb();
  let driver;
  try {
    driver = await startDriver(WEBKIT_DRIVER, (port) => [`--port=${port}`, '--host=127.0.0.1'], {
      ...process.env,
      DISPLAY: xvfb.display,
    });
    const session = await Session.create(driver.base, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    });
    return {
      name: 'webkit',
      session,
      driverLog: driver.log,
      stop: async () => {
        await session.quit();
        await driver.stop();
        await xvfb.stop();
      },
    };
  } catch (err) {
    await driver?.stop();
    await xvfb.stop();
    throw err;
  }
}
