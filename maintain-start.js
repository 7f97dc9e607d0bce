// Starts the maintainer's page module (maintain.html) from a file, as start.js does the
// explorer's, so that a Content-Security-Policy of `script-src 'self'` allows it.
import init from './dialogue-maintainer.js';

await init({ module_or_path: new URL('./dialogue-maintainer_bg.wasm', import.meta.url) });
