#!/usr/bin/env bash
# Every test: types, unit and property tests, then the conformance suite on each runtime.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm build
# What ships: exports agree, publint + attw + packed .d.ts, JSR dry run, bundle budget.
pnpm check:exports
pnpm check:package
pnpm check:jsr
pnpm size
pnpm -r --if-present run typecheck
# Unit, property, interop and server tests (vitest), then Deno's own tests and the Go harness's.
pnpm exec vitest run
pnpm --filter @agorakey/deno test
(cd conformance/go && go test ./...)
pnpm --filter @agorakey/conformance run conformance:go
# Last, so its closing `N passed, N failed` line ends the run: every vector on every runtime.
pnpm --filter @agorakey/conformance run conformance --runtime all
