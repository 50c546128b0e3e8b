#!/usr/bin/env bash
# Installs what building and testing Passerelle needs, only what is missing: safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup: $*"; }

# rustfmt and clippy: `make test` checks formatting and lints; rust-src: the release build rebuilds
# the standard library for size (tools/build.mjs). rust-toolchain.toml lists them; an
# already-installed toolchain may lack them.
for component in rustfmt clippy rust-src; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$want" != "$have" ]; then
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); about 3 minutes"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# wasm-split-cli cuts the release wasm in two (tools/build.mjs, "The split"); pinned, as the
# runtime half in Cargo.toml (wasm_split_helpers) must speak its format. About 2 minutes.
split_cli=0.2.4
if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -qx "wasm_split_cli_support v$split_cli:"; then
  say "installing wasm-split-cli $split_cli (crate wasm_split_cli_support); about 2 minutes"
  cargo install wasm_split_cli_support --version "$split_cli" --features build-binary --force
fi

# cargo-fuzz runs the fuzz targets (fuzz/, tools/fuzz.sh) on the machine's nightly toolchain; pinned.
# About 2 minutes.
fuzz_cli=0.13.1
if ! cargo install --list | grep -qx "cargo-fuzz v$fuzz_cli:"; then
  say "installing cargo-fuzz $fuzz_cli; about 2 minutes"
  cargo install cargo-fuzz --version "$fuzz_cli" --force
fi

missing=""
command -v chromium >/dev/null || missing="$missing chromium"
command -v chromedriver >/dev/null || missing="$missing chromium-driver"
# nginx and its brotli static module: the end-to-end tests serve the bundle with the deployment
# configuration (deploy/nginx/passerelle.conf). The tests start their own nginx, never the service.
[ -x /usr/sbin/nginx ] || missing="$missing nginx"
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing="$missing libnginx-mod-http-brotli-static"
# The brotli command: deploy/contacts-refresh.sh (and its test) and tools/pieces.sh precompress with it.
command -v brotli >/dev/null || missing="$missing brotli"
# The resident's other engines (tests/e2e-engines/): Firefox ESR, and WebKitGTK (Safari's engine)
# with its WebDriver and MiniBrowser, which needs a display: xvfb-run.
command -v firefox-esr >/dev/null || missing="$missing firefox-esr"
command -v WebKitWebDriver >/dev/null || missing="$missing webkit2gtk-driver"
command -v xvfb-run >/dev/null || missing="$missing xvfb"
if [ -n "$missing" ]; then
  say "installing Debian packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian starts a service on install (nginx on port 80, which may be taken): not while we install.
  guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && guard=1
  fi
  status=0
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null || status=$?
  [ -n "$guard" ] && rm -f /usr/sbin/policy-rc.d
  [ "$status" -eq 0 ] || exit "$status"
fi

# npm dev tools (wasm-opt, terser, playwright-core, axe-core, the opening_hours reference, the virtual
# screen reader, puppeteer-core, selenium-webdriver), pinned by tests/package-lock.json.
if [ ! -d tests/node_modules ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi

# The official data·inclusion models (PyPI data-inclusion-schema, pinned with what it resolved to
# in tools/oracle-requirements.txt), in a virtual environment: the conformance oracle of the
# contacts reader and the importer (tools/oracle.sh). Reinstalled only when the pins change.
venv=target/venv
if ! cmp -s tools/oracle-requirements.txt "$venv/.requirements" 2>/dev/null || [ ! -x "$venv/bin/python" ]; then
  say "installing the official data·inclusion models in $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r tools/oracle-requirements.txt
  cp tools/oracle-requirements.txt "$venv/.requirements"
fi
