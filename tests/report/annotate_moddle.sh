#!/usr/bin/env bash
# Writes annotated copies of models/ (`seamless check --annotate`) with the findings as JSON, then
# has moddle-annotated.mjs load every copy in bpmn-moddle and check its colours.
# usage: annotate_moddle.sh SEAMLESS NODE SOURCE_DIR MODDLE_DIR WORK_DIR
set -u
seamless=$1 node=$2 source=$3 moddle=$4 work=$5
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$source" || exit 1
"$seamless" check models --format json --annotate "$work/copies" >"$work/findings.json"
code=$?
if [ "$code" -ne 1 ]; then
  echo "seamless check models --annotate exited $code, expected 1 (models/ has failing models)"
  exit 1
fi
exec "$node" "$source/tests/report/moddle-annotated.mjs" "$moddle" "$source" "$work/copies" \
  "$work/findings.json"
