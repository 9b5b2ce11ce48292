#!/usr/bin/env bash
# Writes the output of `seamless check` in one format for the runs the schema tests validate:
# each model of models/, each folder of failing samples, and the runs that exercise the rest of
# the format (input errors, nothing matched, a bad guard, inconclusive checks, a baseline,
# absolute and non-ASCII paths). Fails when a run crashes or gives an unexpected exit code.
#   usage: ci_output_runs.sh SEAMLESS SOURCE_DIR FORMAT OUT_DIR
# Prints the files written, one per line.
set -euo pipefail
seamless=$1
source=$2
format=$3
out=$4
rm -rf "$out"
mkdir -p "$out/run"
cd "$source"

# run NAME EXPECTED_EXIT_CODES ARGS...: one output file NAME.FORMAT
run() {
  local name=$1 expected=$2
  shift 2
  local file="$out/$name.$format" code=0
  env -u SEAMLESS_PLUGIN_PATH "$seamless" check --format "$format" --output "$file" "$@" \
    2>"$out/$name.stderr" || code=$?
  if [[ " $expected " != *" $code "* ]]; then
    echo "ci_output_runs: '$name' exited $code, expected one of: $expected" >&2
    cat "$out/$name.stderr" >&2
    exit 1
  fi
  echo "$file"
}

for model in models/*/; do
  run "models-$(basename "$model")" "0 1" "$model"
done
run models-all "1" models
for folder in bpmn-samples/*/ plugins/structure/fixtures/invalid/; do
  run "samples-$(echo "${folder%/}" | tr '/' '-')" "1 3" "$folder"
done
run samples-features "1 3" bpmn-samples
run input-malformed "2" tests/inputs/malformed.bpmn plugins/structure/fixtures/invalid/no-end-event.bpmn
run input-bad-guard "2" tests/inputs/bad-guard.bpmn
run input-no-such-path "2" no/such/dir
run input-nothing-matched "2" core/include
run inconclusive "3" bpmn-samples/gateway-complex.bpmn
run state-limit "1 3" --max-states 10 models/liuyang-restaurant-opening/before.bpmn

# A baseline recorded on the before models, then a run where some findings are new.
env -u SEAMLESS_PLUGIN_PATH "$seamless" check models/liuyang-restaurant-opening/before.bpmn \
  --write-baseline "$out/run/baseline.json" >/dev/null
run baseline "1" --baseline "$out/run/baseline.json" models/liuyang-restaurant-opening/before.bpmn \
  models/j-county-business-start/before.bpmn

# Absolute paths (file: URIs) and a name with spaces, Chinese and URI delimiters.
odd="$out/run/审批 流程 #1 [a%b].bpmn"
cp models/liuyang-restaurant-opening/before.bpmn "$odd"
run odd-path "1" "$odd" "$source/models/g-district-agency-service/before.bpmn"
