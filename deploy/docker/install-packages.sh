#!/bin/sh
# Builds /opt/gammainfra, the virtualenv of one image target, from the workspace packages
# pinned by constraints.txt. Usage (inside the Dockerfile's build stage): install-packages.sh TARGET
set -eu
target="$1"
case "$target" in
  tools) packages="./tools/cli ./tools/devstack ./services/gateway ./services/router ./services/metering ./services/billing ./services/retention" ;;
  gateway|router|metering|billing|retention) packages="./tools/cli ./services/$target" ;;
  *) echo "install-packages.sh: unknown target '$target'" >&2; exit 2 ;;
esac
python -m venv /opt/gammainfra
# shellcheck disable=SC2086  # the package list is meant to split into words
/opt/gammainfra/bin/pip install --no-compile -c constraints.txt \
  "./libs/common[ops,kafka,postgres,redis]" ./schemas $packages
