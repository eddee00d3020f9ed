#!/usr/bin/env bash
# Builds the release page and serves it on http://127.0.0.1:8080/ (rebuilding on change).
# Installs whatever is missing first. PORT=… picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
echo "serve: http://127.0.0.1:${PORT:-8080}/  (add ?run to start the check on load)"
exec trunk serve --release --port "${PORT:-8080}"
