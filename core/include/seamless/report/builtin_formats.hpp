// The output formats built into the host: `text` (gcc-style lines), `json` (spec/cli.md),
// `sarif` (SARIF 2.1.0) and `junit` (JUnit XML).
#pragma once

#include <memory>

#include "seamless/report/output_format.hpp"

namespace seamless::report {

std::unique_ptr<OutputFormat> make_text_format();
std::unique_ptr<OutputFormat> make_json_format();
std::unique_ptr<OutputFormat> make_sarif_format();
std::unique_ptr<OutputFormat> make_junit_format();

}  // namespace seamless::report
