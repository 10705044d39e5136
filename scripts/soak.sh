#!/usr/bin/env bash
# `npm run soak`: the resilience tests of `npm test`, run far longer and with a fresh fuzz seed.
# About 15 minutes on a 2-core machine; each knob can be set from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
export FUZZ_SEED="${FUZZ_SEED:-$(( (RANDOM << 15) | RANDOM ))}"
export FUZZ_SCALE="${FUZZ_SCALE:-20}"     # 80,000 API and 20,000 token requests
export CRASH_ROUNDS="${CRASH_ROUNDS:-100}" # kill -9 rounds
export LOAD_SECONDS="${LOAD_SECONDS:-600}" # 50 clients, ten minutes
echo "soak: FUZZ_SEED=$FUZZ_SEED FUZZ_SCALE=$FUZZ_SCALE CRASH_ROUNDS=$CRASH_ROUNDS LOAD_SECONDS=$LOAD_SECONDS"
npx vitest run server/sandbox/fuzz.test.ts server/crash.test.ts server/load.test.ts
