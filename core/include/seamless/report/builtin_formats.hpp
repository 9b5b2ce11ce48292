// The output formats built into the host: `text` (gcc-style lines) and `json` (spec/cli.md).
#pragma once

#include <memory>

#include "seamless/report/output_format.hpp"

namespace seamless::report {

std::unique_ptr<OutputFormat> make_text_format();
std::unique_ptr<OutputFormat> make_json_format();

}  // namespace seamless::report
