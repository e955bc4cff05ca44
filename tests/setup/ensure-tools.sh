#!/usr/bin/env bash
# Installs the tools the tests need from Debian's packages when they are missing:
#   chromium    the admin console's browser tests (driven by playwright-core, no browser download)
#   prometheus  for promtool (tests/unit/prometheus-rules.test.ts checks and tests the alert rules)
#   haproxy     the reverse proxy in front of three API instances (tests/e2e/many-instances.test.ts)
# apt-get runs non-interactively; the package lists are refreshed (apt-get update) only when an
# install fails without it. Called by .ci/run before the tests; safe to run again (it does nothing
# when all are there).
set -euo pipefail

missing=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  missing+=(chromium)
fi
if ! command -v promtool >/dev/null 2>&1; then
  missing+=(prometheus)
fi
if ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
  missing+=(haproxy)
fi
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tools: missing ${missing[*]}, and there is no apt-get here; install them by hand" >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "ensure-tools: missing ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
install() {
  "${as_root[@]}" apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
}
echo "ensure-tools: installing ${missing[*]}"
if ! install; then
  echo "ensure-tools: install failed; refreshing the package lists and trying again"
  "${as_root[@]}" apt-get update
  install
fi
command -v promtool >/dev/null 2>&1 || { echo "ensure-tools: promtool still missing after installing prometheus" >&2; exit 1; }
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || { echo "ensure-tools: haproxy still missing after installing it" >&2; exit 1; }
