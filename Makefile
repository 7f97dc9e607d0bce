# Dialogue Explorer: build and test entry points.
#
#   make serve       development server on http://127.0.0.1:$(PORT)/ (PORT ?= 8080)
#   make build       optimised release build into dist/, with the calendar feeds
#                    (PAGE_URL=https://… links their events to the published pages)
#   make size        gzip -9 size of every file of the release build, and of the first load
#                    (the files a first visit of index.html downloads before the dataset)
#   make size-check  the first load against size-budget.txt: fails when it is over (no build)
#   make package     dialogue-explorer-<version>.zip: the release build and HOSTING.md, for web
#                    managers (scripts/package.mjs)
#   make bench       timings of parsing, querying and the matrix (printed, not asserted)
#   make bench-browser  load and click times and element counts in Chromium, against a plain-JS
#                    page, at the bundled size and at ~1,000, 10,000, 100,000 entries (printed)
#   make test        every tier below, in order, stopping at the first failure
#     make lint        cargo fmt --check, clippy (native and wasm32) with -D warnings
#     make test-native cargo test (native) and the dataset validator
#     make test-wasm   wasm-bindgen-test tests in headless Chromium
#     make size-check  (after build) the first load is within size-budget.txt
#     make test-e2e    end-to-end tests (node --test) against dist/ (run `make build` first), their
#                      expected values from examples/oracle.rs
#     make test-engines a subset of the end-to-end scenarios (tests/engines/) in Chromium
#                      (Playwright), Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver
#                      and MiniBrowser under an Xvfb it starts and stops), against dist/;
#                      ENGINES=firefox,webkit picks engines
#   make setup       install what is missing (scripts/setup.sh test)

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# The tiers must run in order even under `make -j`.
.NOTPARALLEL:

# trunk finds npm binaryen's wasm-opt and the cargo-installed wasm-bindgen on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PORT ?= 8080
# trunk 0.21.14 needs the `=true`: a bare `--offline` swallows the next argument.
TRUNK := trunk --offline=true
WASM_TARGET := wasm32-unknown-unknown
CHROMEDRIVER ?= /usr/bin/chromedriver
DATASET := public/data/dialogues.json
# `make serve` builds (debug, with trunk's live-reload script) here, so that dist/ only ever
# holds the release build that `make size` and the end-to-end tests look at.
SERVE_DIST := target/serve-dist

.PHONY: setup setup-serve serve build size size-check package bench bench-browser \
        test lint test-native test-wasm test-e2e test-engines clean

setup:
	scripts/setup.sh test

setup-serve:
	scripts/setup.sh serve

serve: setup-serve
	@echo "Serving on http://127.0.0.1:$(PORT)/"
	$(TRUNK) serve --address 127.0.0.1 --port $(PORT) --dist $(SERVE_DIST)

# The calendar feeds go beside the pages: dist/calendar.ics and dist/calendar-<group>.ics, from
# the bundled dataset, stamped with its date (two builds of one dataset write the same bytes).
# PAGE_URL (the address the site is published at) puts a link to each dialogue's page in them.
PAGE_URL ?=
build: setup-serve
	$(TRUNK) build --release
	cargo run --quiet --release --bin calendar-feed -- $(if $(PAGE_URL),--page-url $(PAGE_URL)) $(DATASET) dist

size: build
	scripts/size.sh dist

# The first load of the release build in dist/ (run `make build` first) against its budget.
size-check:
	scripts/size.sh --budget size-budget.txt dist

package: build
	node scripts/package.mjs

# Timings of the domain's work (parse and validate, query, matrix), printed, not asserted.
bench:
	cargo run --quiet --release --example bench

# The release build in Chromium against tests/bench/reference.html (printed, not asserted).
bench-browser: setup build
	node tests/bench/bench-browser.mjs

test: setup lint test-native test-wasm build size-check test-e2e test-engines

lint: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --features split -- -D warnings

test-native: setup
	cargo test
	cargo run --quiet --bin validate-dataset -- $(DATASET)

test-wasm: setup
	CHROMEDRIVER=$(CHROMEDRIVER) cargo test --target $(WASM_TARGET)

# The tests take their expected values from examples/oracle.rs (the app's own domain).
test-e2e: setup
	cargo build --quiet --release --example oracle
	node --test tests/e2e/

# The same scenarios in every engine of ENGINES, one browser at a time; screenshots of the matrix
# and the agenda as docs/screenshots/*-firefox.png and *-webkit.png.
ENGINES ?= chromium,firefox,webkit
test-engines: setup
	ENGINES=$(ENGINES) node --test tests/engines/

clean:
	rm -rf dist test-results tests/e2e/.tmp dialogue-explorer-*.zip
	cargo clean
