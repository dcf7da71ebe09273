#!/usr/bin/env bash
# Installs everything the stack and the tests need on a fresh Debian/Ubuntu machine
# that has Python 3.11 and a JDK: system packages (PostgreSQL, Redis, Maven, Prometheus) when
# missing, then a virtualenv in .venv with every workspace package (editable) pinned
# by constraints.txt. Idempotent and quick when nothing changed (a stamp of the
# inputs' hash skips the Python install).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[bootstrap] %s\n' "$*" >&2; }

need_apt=()
# Only what the local stack starts itself needs to be installed; with a GI_*_URL
# override the service runs elsewhere and its package is not needed.
if [[ -z "${GI_DATABASE_URL:-}" ]] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  need_apt+=(postgresql postgresql-contrib)
fi
if [[ -z "${GI_REDIS_URL:-}" ]] && ! command -v redis-server >/dev/null 2>&1; then
  need_apt+=(redis-server)
fi
# Prometheus (scrapes the stack `make up` starts; its promtool checks the rules in tests).
command -v prometheus >/dev/null 2>&1 || need_apt+=(prometheus)
if [[ -z "${GI_KAFKA_BOOTSTRAP:-}" ]]; then
  command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
  command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
fi
if ((${#need_apt[@]})); then
  log "installing system packages: ${need_apt[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d keeps apt from auto-starting the distro's own postgres/redis/prometheus:
  # the stack starts its own instances and must own exactly what it starts.
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  $SUDO rm -f /usr/sbin/policy-rc.d
fi

PY="${GI_PYTHON:-python3.11}"
command -v "$PY" >/dev/null || { log "python3.11 not found (set GI_PYTHON)"; exit 1; }
[[ -x .venv/bin/python ]] || { log "creating .venv"; "$PY" -m venv .venv; }

stamp=.venv/.gi-install-stamp
inputs_hash=$(cat constraints.txt requirements.in requirements-dev.in \
  $(git ls-files '*pyproject.toml' 2>/dev/null || find . -name pyproject.toml -not -path './.venv/*') | sha256sum | cut -d' ' -f1)
if [[ -f $stamp && $(cat $stamp) == "$inputs_hash" ]]; then
  log "python packages up to date"
  exit 0
fi
log "installing python packages (pinned by constraints.txt)"
.venv/bin/python -m pip install -q --disable-pip-version-check "uv==0.13.9"
.venv/bin/uv pip install -q --python .venv/bin/python -c constraints.txt -r requirements.in
echo "$inputs_hash" > $stamp
log "done"
