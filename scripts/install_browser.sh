#!/usr/bin/env bash
# Installs what the console's browser tests (tests/integration/console) need: Debian's
# `chromium` and `chromium-driver` (apt, when missing). A browser build downloaded by a
# tool of its own (Playwright's, Selenium Manager's) cannot be fetched on these machines;
# the tests point Selenium at /usr/bin/chromedriver. Called by `make test`.
set -euo pipefail

log() { printf '[browser] %s\n' "$*" >&2; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if ((${#need_apt[@]})); then
  log "installing system packages: ${need_apt[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
log "ready: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"
