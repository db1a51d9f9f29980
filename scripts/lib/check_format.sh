#!/usr/bin/env bash
# Every C++ file of ours must be as clang-format (Debian's clang-format-14, pinned in deps.lock)
# writes it under .clang-format. Names each file that differs; `scripts/lib/check_format.sh --fix`
# rewrites them.
set -uo pipefail
cd "$(dirname "$0")/../.."
format=$(command -v clang-format-14 || true)
[ -n "$format" ] || { echo "clang-format-14 is missing: run scripts/setup" >&2; exit 1; }
mapfile -t files < <(git ls-files 'src/*.h' 'src/*.cpp' 'tests/*.h' 'tests/*.cpp')
if [ "${1:-}" = --fix ]; then
  "$format" -i "${files[@]}"
  exit 0
fi
differ=0
for file in "${files[@]}"; do
  if ! "$format" "$file" | cmp -s - "$file"; then
    echo "not formatted: $file (run scripts/lib/check_format.sh --fix)"
    differ=$((differ + 1))
  fi
done
echo "format: ${#files[@]} files checked, $differ differ"
[ "$differ" = 0 ]
