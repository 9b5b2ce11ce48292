#!/usr/bin/env bash
# The JUnit XML of models/, of the failing samples and of the runs in ci_output_runs.sh is valid
# against tests/junit/junit.xsd (xmllint, Debian's libxml2-utils). Checks too that xmllint
# rejects broken JUnit, so a validation that passes everything cannot pass.
#   usage: validate_junit.sh SEAMLESS SOURCE_DIR XMLLINT OUT_DIR
set -euo pipefail
seamless=$1
source=$2
xmllint=$3
out=$4
here=$(cd "$(dirname "$0")" && pwd)
schema="$source/tests/junit/junit.xsd"

mapfile -t files < <(bash "$here/ci_output_runs.sh" "$seamless" "$source" junit "$out")
test "${#files[@]}" -gt 10
"$xmllint" --noout --schema "$schema" "${files[@]}"

# What the schema forbids: a failure before an error, an unknown element, a count that is
# not a number, a test case without a name.
broken="$out/broken"
mkdir -p "$broken"
sample="$out/models-liuyang-restaurant-opening.junit"
grep -q '<failure ' "$sample"
sed '0,/<failure \([^>]*\)>/s//<failure \1\/><error message="x"\/><failure \1>/' "$sample" \
  >"$broken/order.junit"
sed '0,/<testcase /s//<finding\/><testcase /' "$sample" >"$broken/element.junit"
sed '0,/ tests="[0-9]*"/s// tests="many"/' "$sample" >"$broken/count.junit"
sed '0,/<testcase name="[^"]*"/s//<testcase/' "$sample" >"$broken/name.junit"
for file in "$broken"/*.junit; do
  if cmp -s "$file" "$sample"; then
    echo "validate_junit: $file was not changed" >&2
    exit 1
  fi
  if "$xmllint" --noout --schema "$schema" "$file" 2>"$file.log"; then
    echo "validate_junit: xmllint accepted $file" >&2
    exit 1
  fi
done
echo "validate_junit: ${#files[@]} JUnit files valid; 4 broken ones rejected"
