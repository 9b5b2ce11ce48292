// Validates SARIF files against the SARIF 2.1.0 JSON schema with ajv, formats included
// (uri-reference, date-time). Prints one line per file and exits non-zero when any file is
// invalid or unreadable, or when no file was given.
//   usage: node validate-sarif.mjs SCHEMA FILE...
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import Ajv2019 from "ajv/dist/2019.js";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node validate-sarif.mjs SCHEMA FILE...");
  process.exit(2);
}

const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// The schema says which JSON Schema dialect it is written in: pick the matching validator.
const dialect = schema.$schema ?? "";
const Validator = dialect.includes("2020-12") ? Ajv2020
  : dialect.includes("2019-09") ? Ajv2019
  : Ajv;
// Strict about unknown keywords and formats; the schema's own style (a `required` inside `anyOf`,
// union types) is not ours to lint.
const ajv = new Validator({
  allErrors: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
  allowUnionTypes: true,
});
addFormats(ajv);
const validate = ajv.compile(schema);

let invalid = 0;
for (const file of files) {
  let log;
  try {
    log = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.log(`${file}: cannot read: ${e.message}`);
    ++invalid;
    continue;
  }
  if (validate(log)) {
    const results = (log.runs ?? []).reduce((n, run) => n + (run.results ?? []).length, 0);
    console.log(`${file}: valid (${results} results)`);
  } else {
    ++invalid;
    for (const error of validate.errors.slice(0, 20))
      console.log(`${file}: invalid: ${error.instancePath || "/"} ${error.message} ` +
                  JSON.stringify(error.params));
  }
}
console.log(`${files.length - invalid} valid, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
