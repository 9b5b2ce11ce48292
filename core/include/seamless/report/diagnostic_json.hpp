// A diagnostic as JSON, as every JSON output of seamless writes it.
#pragma once

#include <nlohmann/json.hpp>

#include "seamless/diag/diagnostics.hpp"

namespace seamless::report {

// In Chinese the object also has `message_zh` (the English text when there is no Chinese one).
nlohmann::ordered_json diagnostic_json(const diag::Diagnostic& diagnostic,
                                       i18n::Language language = i18n::Language::en);
nlohmann::ordered_json diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics,
                                        i18n::Language language = i18n::Language::en);

}  // namespace seamless::report
