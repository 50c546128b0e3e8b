#!/usr/bin/env bash
# Installs what building and testing Passerelle needs, only what is missing: safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup: $*"; }

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

missing=""
command -v chromium >/dev/null || missing="$missing chromium"
command -v chromedriver >/dev/null || missing="$missing chromium-driver"
# nginx and its brotli static module: the end-to-end tests serve the bundle with the deployment
# configuration (deploy/nginx/passerelle.conf). The tests start their own nginx, never the service.
[ -x /usr/sbin/nginx ] || missing="$missing nginx"
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing="$missing libnginx-mod-http-brotli-static"
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

# npm dev tools (wasm-opt, terser, playwright-core, axe-core, puppeteer-core, selenium-webdriver), pinned by tests/package-lock.json.
if [ ! -d tests/node_modules ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi
