#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$1"; }
step "typecheck"; npm run -s typecheck
step "lint"; npm run -s lint
step "unit and API tests"; npm run -s test:unit
step "build"; npx vite build --logLevel warn
step "end-to-end tests"; npm run -s test:e2e
