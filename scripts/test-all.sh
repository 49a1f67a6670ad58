#!/usr/bin/env bash
# Every test: types, unit and property tests, then the conformance suite on each runtime.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm build
pnpm -r --if-present run typecheck
pnpm exec vitest run
pnpm --filter @agorakey/deno test
(cd conformance/go && go test ./...)
pnpm --filter @agorakey/conformance run conformance --runtime all
pnpm --filter @agorakey/conformance run conformance:go
pnpm check:exports
pnpm check:package
pnpm check:jsr
pnpm size
