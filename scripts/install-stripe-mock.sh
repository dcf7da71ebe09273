#!/usr/bin/env bash
# Installs Stripe's official stripe-mock (a Go module) into .cache/bin, pinned, for the
# billing tests: it checks every request billing's Stripe adapter makes against Stripe's
# OpenAPI spec. Idempotent; needs Go (PATH or /usr/local/go/bin) and the Go module proxy.
# Never committed: the binary lives in the ignored .cache/.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="v0.197.0"
BIN=".cache/bin/stripe-mock"
STAMP=".cache/bin/stripe-mock.version"
if [[ -x $BIN && -f $STAMP && $(cat $STAMP) == "$VERSION" ]]; then
  exit 0
fi
GO=$(command -v go || echo /usr/local/go/bin/go)
[[ -x $GO ]] || { echo "install-stripe-mock: Go not found (PATH or /usr/local/go/bin/go)" >&2; exit 1; }
mkdir -p .cache/bin
GOBIN="$PWD/.cache/bin" "$GO" install "github.com/stripe/stripe-mock@${VERSION}"
echo "$VERSION" > "$STAMP"
