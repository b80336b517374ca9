#!/usr/bin/env bash
# Starts FerretDB on a free loopback port with a fresh SQLite folder under $1 (default: a temporary folder), waits
# until it accepts connections, and prints `MONGODB_URL=… FERRETDB_PID=…` for the caller to eval.
set -euo pipefail

binary=$("$(dirname "$0")/ensure-ferretdb.sh")
base="${1:-$(mktemp -d)}"
mkdir -p "$base/data" "$base/state"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

"$binary" --handler=sqlite --sqlite-url="file:$base/data/" --listen-addr="127.0.0.1:$port" \
  --state-dir="$base/state" --debug-addr=- --telemetry=disable --log-level=warn > "$base/ferretdb.log" 2>&1 &
pid=$!

for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "MONGODB_URL=mongodb://127.0.0.1:$port/ FERRETDB_PID=$pid"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
echo "start-ferretdb: FerretDB did not start; its log:" >&2
cat "$base/ferretdb.log" >&2
kill "$pid" 2>/dev/null || true
exit 1
