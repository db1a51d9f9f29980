# Shared by every script in scripts/: where things live and the environment emcc needs.
# Sourced, never run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${UNKNOT_BUILD_DIR:-$ROOT/build}"
DEPS="$BUILD/deps"
SITE="$BUILD/wasm/site"
TEST_SITE="$BUILD/wasm/site-test"  # the same with the browser tests' hooks (web/CMakeLists.txt)
# Debian's emcc needs Node to find Debian's JS modules (acorn); the preinstalled Node does not look there.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

say() { printf '\033[1m[unknot]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[unknot] %s\033[0m\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Lines of deps.lock of one kind, comments dropped.
lock_lines() { grep -E "^$1[[:space:]]" "$ROOT/deps.lock"; }
