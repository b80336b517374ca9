#!/usr/bin/env bash
# Builds FerretDB (a MongoDB wire-protocol server on SQLite) once per machine, from the Go module proxy, into a
# cache, and prints the binary's path. `go install …@v1.24.2` alone yields a binary that panics at start-up: the
# module lacks the generated build/version/version.txt, so the source is copied and the file written first.
set -euo pipefail

VERSION=v1.24.2
CACHE_DIR="${CONCORD_TOOLS_CACHE:-$HOME/.cache/concord-tools}"
BINARY="$CACHE_DIR/ferretdb-$VERSION"

if [ -x "$BINARY" ]; then
  echo "$BINARY"
  exit 0
fi

command -v go >/dev/null || { echo "ensure-ferretdb: Go is needed to build FerretDB (apt-get install golang)." >&2; exit 1; }
echo "Building FerretDB $VERSION into $CACHE_DIR (once per machine, about a minute)…" >&2
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
source_dir=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$VERSION" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$source_dir" ] || { echo "ensure-ferretdb: could not download the FerretDB module." >&2; exit 1; }
cp -r "$source_dir" "$work/src"
chmod -R u+w "$work/src"
echo "$VERSION" > "$work/src/build/version/version.txt"
mkdir -p "$CACHE_DIR"
(cd "$work/src" && GOFLAGS=-mod=mod go build -o "$BINARY.partial" ./cmd/ferretdb >&2)
mv "$BINARY.partial" "$BINARY"
echo "$BINARY"
