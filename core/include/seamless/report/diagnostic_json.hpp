// A diagnostic as JSON, as every JSON output of seamless writes it.
#pragma once

#include <nlohmann/json.hpp>

#include "seamless/diag/diagnostics.hpp"

namespace seamless::report {

nlohmann::ordered_json diagnostic_json(const diag::Diagnostic& diagnostic);
nlohmann::ordered_json diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics);

}  // namespace seamless::report
