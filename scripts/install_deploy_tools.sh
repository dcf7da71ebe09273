#!/usr/bin/env bash
# Installs the tools the deployment checks (tests/deploy) need, each from its registry,
# pinned, cached under .cache/ and quick when already there:
#   - helm        `go install helm.sh/helm/v4/cmd/helm@$HELM_VERSION` into .cache/bin (GOBIN)
#   - the Compose specification's JSON schema, from the compose-go Go module
#     (`go mod download`), copied to .cache/deploy/compose-spec.json
#   - promtool/prometheus and caddy from Debian's packages when missing
# Never commits anything: .cache/ is git-ignored. Called by `make test` (and `make deploy-tools`).
set -euo pipefail
cd "$(dirname "$0")/.."

HELM_VERSION=v4.3.2
COMPOSE_GO_VERSION=v2.16.2
GO=${GI_GO:-/usr/local/go/bin/go}
BIN=$PWD/.cache/bin
OUT=$PWD/.cache/deploy

log() { printf '[deploy-tools] %s\n' "$*" >&2; }
mkdir -p "$BIN" "$OUT"

need_apt=()
command -v promtool >/dev/null 2>&1 || need_apt+=(prometheus)
command -v caddy >/dev/null 2>&1 || need_apt+=(caddy)
if ((${#need_apt[@]})); then
  log "installing system packages: ${need_apt[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d keeps apt from starting the distro's own prometheus service: the local
  # stack starts its own (tools/devstack) and owns exactly what it starts.
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  $SUDO rm -f /usr/sbin/policy-rc.d
fi

[[ -x $GO ]] || { log "Go not found at $GO (set GI_GO)"; exit 1; }

# `go install` builds helm without its release ldflags (it reports only "v4.3"): a stamp
# beside the binary records which version was built.
if [[ ! -x $BIN/helm || "$(cat "$BIN/helm.version" 2>/dev/null)" != "$HELM_VERSION" ]]; then
  log "building helm $HELM_VERSION from the Go module proxy (a few minutes, once)"
  GOBIN=$BIN GOFLAGS=-mod=mod "$GO" install "helm.sh/helm/v4/cmd/helm@$HELM_VERSION"
  echo "$HELM_VERSION" > "$BIN/helm.version"
fi

schema=$OUT/compose-spec.json
stamp=$OUT/compose-spec.version
if [[ ! -f $schema || "$(cat "$stamp" 2>/dev/null)" != "$COMPOSE_GO_VERSION" ]]; then
  log "fetching the Compose specification schema (compose-go $COMPOSE_GO_VERSION)"
  dir=$("$GO" mod download -json "github.com/compose-spec/compose-go/v2@$COMPOSE_GO_VERSION" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
  cp "$dir/schema/compose-spec.json" "$schema"
  chmod u+w "$schema"
  echo "$COMPOSE_GO_VERSION" > "$stamp"
fi
log "ready: helm $HELM_VERSION, compose-spec ($COMPOSE_GO_VERSION), promtool, caddy"
