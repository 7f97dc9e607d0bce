// The engine tier (`make test-engines`): the scenarios of scenarios.mjs in each engine of
// ENGINES (default "chromium,firefox,webkit"), one browser at a time, against the release
// build (E2E_DIST_DIR, default dist/). Screenshots of the matrix and the agenda go to
// docs/screenshots/<name>-<engine>.png (E2E_SCREENSHOT_DIR elsewhere) for Firefox and WebKit;
// Chromium's are those of the end-to-end tier.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { screenshotDir, startServer } from '../e2e/support.mjs';
import { LAUNCHERS } from './drivers.mjs';
import { SCENARIOS, installHook } from './scenarios.mjs';

const ENGINES = (process.env.ENGINES || 'chromium,firefox,webkit').split(',').filter(Boolean);

for (const engine of ENGINES) {
  describe(engine, { concurrency: 1 }, () => {
    let server;
    let page;
    before(async () => {
      if (!LAUNCHERS[engine]) throw new Error(`unknown engine ${engine} (one of ${Object.keys(LAUNCHERS).join(', ')})`);
      server = await startServer();
      installHook(server);
      page = await LAUNCHERS[engine]();
    });
    after(async () => {
      await page?.close();
      await server?.close();
    });
    const shot = async (name) => {
      if (engine === 'chromium') return;
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot(path.join(screenshotDir, `${name}-${engine}.png`));
    };
    for (const scenario of SCENARIOS) {
      test(scenario.name, { timeout: 90_000 }, () => scenario.run(page, { server, shot }));
    }
  });
}
