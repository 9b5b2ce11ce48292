#!/usr/bin/env bash
# The base binary and core library link neither LLVM nor Z3 (they belong to plugins/jit and
# core/smt), so checks that need no solver start in milliseconds.
#   usage: no_solver_in_base.sh FILE...
set -euo pipefail
for f in "$@"; do
  if ldd "$f" | grep -Ei 'libLLVM|libz3'; then
    echo "$f links a solver library" >&2
    exit 1
  fi
done
echo "no solver libraries in: $*"
