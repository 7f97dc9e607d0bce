#!/bin/sh
# trunk's post_build hook (Trunk.toml), on the pages of the build before they reach the dist
# directory: with inject_scripts = false trunk leaves the <link data-trunk rel="rust"> of
# index.html in place (start.js starts the module): it is removed.
set -eu
page="$TRUNK_STAGING_DIR/index.html"
sed -i '/<link data-trunk rel="rust"/d' "$page"
