#!/usr/bin/env bash
# The SARIF of models/, of the failing samples and of the runs in ci_output_runs.sh is valid
# against the SARIF 2.1.0 schema (ajv, pinned in tests/sarif; `npm ci` there first). Checks too
# that the validator rejects broken SARIF, so a validator that passes everything cannot pass.
#   usage: validate_sarif.sh SEAMLESS SOURCE_DIR NODE OUT_DIR
set -euo pipefail
seamless=$1
source=$2
node=$3
out=$4
here=$(cd "$(dirname "$0")" && pwd)
schema="$source/tests/sarif/sarif-schema-2.1.0.json"
validator="$source/tests/sarif/validate-sarif.mjs"
if [ ! -d "$source/tests/sarif/node_modules/ajv" ]; then
  echo "validate_sarif: ajv is not installed: run 'npm ci' in tests/sarif" >&2
  exit 1
fi

mapfile -t files < <(bash "$here/ci_output_runs.sh" "$seamless" "$source" sarif "$out")
test "${#files[@]}" -gt 10
"$node" "$validator" "$schema" "${files[@]}"

# The validator must fail on what the schema forbids: a wrong version, a URI with a raw space,
# a line 0, an unknown property.
broken="$out/broken"
mkdir -p "$broken"
sample="$out/models-liuyang-restaurant-opening.sarif"
sed 's/"version": "2.1.0"/"version": "2.1"/' "$sample" >"$broken/version.sarif"
sed '0,/"uri": "/s//"uri": "a b /' "$sample" >"$broken/uri.sarif"
sed '0,/"startLine": [0-9]*/s//"startLine": 0/' "$sample" >"$broken/line.sarif"
sed '0,/"ruleId": /s//"ruleName": /' "$sample" >"$broken/property.sarif"
for file in "$broken"/*.sarif; do
  if cmp -s "$file" "$sample"; then
    echo "validate_sarif: $file was not changed" >&2
    exit 1
  fi
  if "$node" "$validator" "$schema" "$file" >"$file.log"; then
    echo "validate_sarif: the validator accepted $file" >&2
    exit 1
  fi
done
echo "validate_sarif: ${#files[@]} SARIF files valid; 4 broken ones rejected"
