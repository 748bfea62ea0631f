#!/usr/bin/env bash
# Installs code-server (from npm, pinned) into a cache directory, reusing it when present.
#   install-code-server.sh CACHE_DIR   →  prints the directory holding out/node/entry.js
# Needs: node 20, npm, a C++ toolchain, libkrb5-dev, Debian's ripgrep (`rg`).
set -euo pipefail

VERSION=4.100.3
cache=${1:?usage: install-code-server.sh CACHE_DIR}
dest="$cache/code-server-$VERSION"

if [[ -f "$dest/package/.khulasa-installed" ]]; then
  echo "$dest/package"
  exit 0
fi

mkdir -p "$cache"
rm -rf "$dest.tmp"
mkdir -p "$dest.tmp"
cd "$dest.tmp"

# @vscode/ripgrep's postinstall downloads ripgrep from GitHub (unreachable here); it first looks
# in its cache under os.tmpdir(). A tarball holding Debian's rg under the expected name satisfies it.
tmp=$(node -p 'require("os").tmpdir()')
rgcache="$tmp/vscode-ripgrep-cache-1.15.11"
rgtar="$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [[ ! -f "$rgtar" ]]; then
  mkdir -p "$rgcache"
  stage=$(mktemp -d)
  cp "$(command -v rg)" "$stage/rg"
  tar -czf "$rgtar" -C "$stage" rg
  rm -rf "$stage"
fi

npm pack "code-server@$VERSION" --silent >/dev/null
tar -xzf "code-server-$VERSION.tgz"
rm -f "code-server-$VERSION.tgz"
cd package
npm_config_nodedir=/usr npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --omit=dev --foreground-scripts --no-audit --no-fund >"$dest.tmp/install.log" 2>&1 || {
  tail -40 "$dest.tmp/install.log" >&2
  exit 1
}
test -f out/node/entry.js
touch .khulasa-installed
cd /
rm -rf "$dest"
mv "$dest.tmp" "$dest"
echo "$dest/package"
