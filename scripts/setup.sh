#!/usr/bin/env bash
# Installs everything a fresh machine lacks, then builds. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

pnpm install --frozen-lockfile

# Chromium for the browser conformance runner (Debian's package; Playwright's own download cannot be fetched here).
if [ ! -x /usr/bin/chromium ] && [ "${AGORAKEY_SKIP_BROWSER:-}" != "1" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is missing and cannot be installed here; the browser runner will fail" >&2
  fi
fi

# Go runs the conformance harness (go 1.19+; its one module, go-tokenbuilder, comes from the Go module proxy).
if ! command -v go >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing go"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null
  else
    echo "setup: go is missing; pnpm conformance:go will fail until it is installed" >&2
  fi
fi

if command -v go >/dev/null 2>&1; then (cd conformance/go && go mod download); fi

# Schemathesis fuzzes the token server's OpenAPI document (apps/token-server/test/api-fuzz), pinned, in its own venv.
FUZZ_REQUIREMENTS=apps/token-server/test/api-fuzz/requirements.txt
FUZZ_VENV=.tmp/schemathesis
if ! cmp -s "$FUZZ_REQUIREMENTS" "$FUZZ_VENV/requirements.txt" 2>/dev/null; then
  if command -v python3 >/dev/null 2>&1; then
    echo "setup: installing schemathesis"
    rm -rf "$FUZZ_VENV"
    python3 -m venv "$FUZZ_VENV"
    "$FUZZ_VENV/bin/pip" install -q --disable-pip-version-check -r "$FUZZ_REQUIREMENTS"
    cp "$FUZZ_REQUIREMENTS" "$FUZZ_VENV/requirements.txt"
  else
    echo "setup: python3 is missing; the token server's API fuzz test will fail until it is installed" >&2
  fi
fi

pnpm build
