#!/bin/sh
# trunk's post_build hook (Trunk.toml), on the pages of the build before they reach the dist
# directory:
#
# - with inject_scripts = false trunk leaves the <link data-trunk rel="rust"> of index.html in
#   place (start.js starts the module): it is removed;
# - `make serve` builds in debug and writes trunk's live-reload script inline into index.html,
#   which the page's Content-Security-Policy refuses (script-src 'self'): in that build only,
#   the policy also allows inline scripts, so that the page reloads itself after a change. The
#   policy of a release build (`make build`) is left exactly as written;
# - in a release build, wasm-bindgen's glue (dialogue-explorer.js) is minified with terser (npm,
#   on PATH from node_modules/.bin): 27 % less to download gzipped (docs/size.md). Its exports
#   keep their names, for start.js and embed.js.
set -eu
page="$TRUNK_STAGING_DIR/index.html"
sed -i '/<link data-trunk rel="rust"/d' "$page"
if [ "${TRUNK_PROFILE:-}" != debug ]; then
  glue="$TRUNK_STAGING_DIR/dialogue-explorer.js"
  terser "$glue" --module --compress --mangle --output "$glue.min"
  mv "$glue.min" "$glue"
  exit 0
fi
sed -i "s/script-src 'self' 'wasm-unsafe-eval';/script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';/" "$page"
grep -q "'wasm-unsafe-eval' 'unsafe-inline';" "$page" || {
  echo "scripts/post-build.sh: found no script-src 'self' 'wasm-unsafe-eval'; to relax in $page" >&2
  exit 1
}
