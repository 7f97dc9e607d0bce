#!/usr/bin/env bash
# Install, idempotently, what building and testing Dialogue Explorer needs.
#
#   scripts/setup.sh serve   what `make serve` / `make build` need: the wasm32 target,
#                            trunk, wasm-bindgen-cli, wasm-split-cli, npm packages (wasm-opt
#                            from binaryen)
#   scripts/setup.sh test    all of the above plus Debian chromium and chromium-driver,
#                            fonts and poppler-utils, and for the engine tier Debian
#                            firefox-esr, webkit2gtk-driver (WebKitWebDriver and MiniBrowser)
#                            and xvfb, and geckodriver from crates.io (the default)
#
# Every step is skipped when its tool is already present at the right version, so a
# second run only checks and takes a few seconds. One line is printed per step.
# Only crates.io, npm and Debian's packages are used: nothing is downloaded from elsewhere.
set -euo pipefail

mode="${1:-test}"
case "$mode" in
  serve | build) mode="serve" ;;
  test | all) mode="test" ;;
  -h | --help)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "usage: $0 [serve|test]" >&2
    exit 2
    ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# Cuts the release module into parts (scripts/build-explorer.sh).
WASM_SPLIT_VERSION=0.2.4
# The engine tier (tests/engines/): geckodriver from crates.io; Firefox ESR and WebKitGTK at the
# major versions that README names (Debian's security updates move their patch level).
GECKODRIVER_VERSION=0.37.1
FIREFOX_ESR_MAJOR=153
WEBKITGTK_MINOR=2.50
WASM_TARGET=wasm32-unknown-unknown

step() { printf 'setup: %-36s %s\n' "$1" "$2"; }
die() {
  echo "setup: error: $*" >&2
  exit 1
}

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 not found on PATH: $2"
}

# --- Rust target -------------------------------------------------------------
need rustup "install Rust with rustup (https://rustup.rs) first"
need cargo "install Rust with rustup (https://rustup.rs) first"
installed_targets="$(rustup target list --installed)"
if grep -qx "$WASM_TARGET" <<<"$installed_targets"; then
  step "rust target $WASM_TARGET" "present"
else
  step "rust target $WASM_TARGET" "installing: rustup target add $WASM_TARGET"
  rustup target add "$WASM_TARGET"
fi

# std's sources, which the release build compiles with the app (scripts/build-explorer.sh).
if rustup component list --installed | grep -q '^rust-src'; then
  step "rust-src" "present"
else
  step "rust-src" "installing: rustup component add rust-src"
  rustup component add rust-src
fi

# --- trunk -------------------------------------------------------------------
have_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$have_trunk" == "$TRUNK_VERSION" ]]; then
  step "trunk $TRUNK_VERSION" "present"
else
  step "trunk $TRUNK_VERSION" "installing (found: ${have_trunk:-none}; takes 10-20 min)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# --- wasm-bindgen-cli, at the wasm-bindgen version of Cargo.lock ---------------
# (--locked is deliberately not used: the crate's own lock file names a version
# that the registry reachable here lacks.)
[[ -f Cargo.lock ]] || die "Cargo.lock missing: run 'cargo generate-lockfile' first"
WBG_VERSION="$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/version = |"/, ""); print; exit }
' Cargo.lock)"
[[ -n "$WBG_VERSION" ]] || die "no wasm-bindgen package found in Cargo.lock"
have_wbg="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
have_runner="$(command -v wasm-bindgen-test-runner || true)"
if [[ "$have_wbg" == "$WBG_VERSION" && -n "$have_runner" ]]; then
  step "wasm-bindgen-cli $WBG_VERSION" "present"
else
  step "wasm-bindgen-cli $WBG_VERSION" "installing (found: ${have_wbg:-none}; takes ~8 min)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# --- wasm-split-cli, which cuts the release module into parts --------------------
if cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" &&
  command -v wasm-split-cli >/dev/null 2>&1; then
  step "wasm-split-cli $WASM_SPLIT_VERSION" "present"
else
  step "wasm-split-cli $WASM_SPLIT_VERSION" "installing (takes ~4 min)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# --- npm packages (binaryen's wasm-opt, playwright-core, axe-core) ---------------
need node "install Node.js 20 or newer (Debian: apt-get install nodejs npm)"
need npm "install npm (Debian: apt-get install npm)"
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json ||
  package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "npm packages" "installing: npm ci"
  npm ci --no-audit --no-fund
  # npm may write package-lock.json after node_modules/.package-lock.json: mark this install
  # as newer so the next run skips it.
  touch node_modules/.package-lock.json
else
  step "npm packages" "present"
fi

# --- Debian packages (tests only) ----------------------------------------------
# Chromium and chromedriver for the browser tiers, the fonts that the screenshots of the
# Chinese and Arabic pages need to show real glyphs (fonts-noto-cjk: Chinese; fonts-noto-core:
# Noto Naskh and Sans Arabic among others) and poppler-utils for the printed pages' PNGs.
apt_install() {
  local what="$1"
  shift
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 ||
      die "$what is missing and this is not root and sudo is unavailable: as root run 'apt-get update && apt-get install -y $*'"
    sudo=(sudo)
  fi
  step "$what" "installing: apt-get install -y $*"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}
if [[ "$mode" == test ]]; then
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    step "chromium + chromium-driver" "present"
  else
    apt_install "chromium + chromium-driver" chromium chromium-driver
  fi
  if dpkg-query -W -f='${Status}\n' fonts-noto-cjk fonts-noto-core 2>/dev/null | grep -c "ok installed" | grep -qx 2; then
    step "fonts (Noto CJK, Noto Arabic)" "present"
  else
    apt_install "fonts (Noto CJK, Noto Arabic)" fonts-noto-cjk fonts-noto-core
  fi
  # pdftoppm renders Chromium's PDF of a printed page to PNG for the print checks.
  if [[ -x /usr/bin/pdftoppm ]]; then
    step "poppler-utils (pdftoppm)" "present"
  else
    apt_install "poppler-utils (pdftoppm)" poppler-utils
  fi

  # The engine tier: Firefox ESR (through geckodriver) and WebKitGTK's MiniBrowser (through
  # WebKitWebDriver, under Xvfb). Takes about a minute from Debian's mirror.
  # dpkg-query fails for a package this machine has never heard of: that is "not installed".
  deb_version() { { dpkg-query -W -f='${Status} ${Version}\n' "$1" 2>/dev/null || true; } | awk '/ok installed/ {print $4}'; }
  have_firefox="$(deb_version firefox-esr)"
  have_webkit="$(deb_version webkit2gtk-driver)"
  if [[ "$have_firefox" == "$FIREFOX_ESR_MAJOR".* && "$have_webkit" == "$WEBKITGTK_MINOR".* &&
    -x /usr/bin/WebKitWebDriver && -x /usr/bin/Xvfb ]]; then
    step "firefox-esr, webkit2gtk-driver, xvfb" "present (Firefox $have_firefox, WebKitGTK $have_webkit)"
  else
    apt_install "firefox-esr, webkit2gtk-driver, xvfb" firefox-esr webkit2gtk-driver xvfb
    have_firefox="$(deb_version firefox-esr)"
    have_webkit="$(deb_version webkit2gtk-driver)"
    [[ "$have_firefox" == "$FIREFOX_ESR_MAJOR".* ]] ||
      die "firefox-esr $have_firefox installed, the engine tier is tested with $FIREFOX_ESR_MAJOR (update FIREFOX_ESR_MAJOR and README)"
    [[ "$have_webkit" == "$WEBKITGTK_MINOR".* ]] ||
      die "webkit2gtk-driver $have_webkit installed, the engine tier is tested with $WEBKITGTK_MINOR (update WEBKITGTK_MINOR and README)"
  fi

  # geckodriver, from crates.io (about 3 minutes on two cores).
  have_gecko="$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}' || true)"
  if [[ "$have_gecko" == "$GECKODRIVER_VERSION" ]]; then
    step "geckodriver $GECKODRIVER_VERSION" "present"
  else
    step "geckodriver $GECKODRIVER_VERSION" "installing (found: ${have_gecko:-none}; takes ~3 min)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi

echo "setup: ready for '$mode'"
