#!/usr/bin/env bash
# Every test: types, unit and property tests, then the conformance suite on each runtime.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm build
pnpm -r --if-present run typecheck
pnpm exec vitest run
(cd conformance/go && go test ./...)
pnpm --filter @agorakey/conformance run conformance
pnpm --filter @agorakey/conformance run conformance:go
