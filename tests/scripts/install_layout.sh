#!/usr/bin/env bash
# `cmake --install` gives a tree where seamless finds its plugins relative to its own location,
# and the installed binary checks a model with them.
#   usage: install_layout.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/seamless"
env -u SEAMLESS_PLUGIN_PATH "$prefix/bin/seamless" plugins --format json >"$prefix/plugins.json"
grep -q '"name": "structure"' "$prefix/plugins.json"
grep -q "\"pluginDirectory\": \"$prefix/" "$prefix/plugins.json"
set +e
env -u SEAMLESS_PLUGIN_PATH "$prefix/bin/seamless" check \
  "$source/plugins/structure/fixtures/invalid/no-end-event.bpmn" >"$prefix/out.txt"
code=$?
set -e
test "$code" -eq 1
grep -q 'has no end event \[structure\]' "$prefix/out.txt"
echo "install layout ok"
