// Reading the catalogue of matters (`[catalogue] file` in seamless.toml): a CSV file (RFC 4180,
// UTF-8, an optional byte order mark) whose header row names the columns `matter` and
// `department` (in any order; other columns, e.g. a matter's name, are allowed and ignored), and
// one row per matter. Fields are trimmed of spaces and tabs. Each problem is an error with the
// file and line: a malformed record, a wrong number of fields, an empty matter or department,
// text that is not UTF-8, a matter listed twice.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "seamless/check/catalogue.hpp"
#include "seamless/diag/diagnostics.hpp"

namespace seamless::cli {

// The catalogue in `text`, named `file` in messages and in the result; nullopt after an error.
std::optional<check::Catalogue> read_catalogue(std::string_view text, const std::string& file,
                                               diag::Diagnostics& diagnostics);

}  // namespace seamless::cli
