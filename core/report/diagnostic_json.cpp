// Diagnostics as JSON (see diagnostic_json.hpp).
#include "seamless/report/diagnostic_json.hpp"

namespace seamless::report {

nlohmann::ordered_json diagnostic_json(const diag::Diagnostic& d, i18n::Language language) {
  nlohmann::ordered_json j{{"severity", diag::to_string(d.severity)},
                           {"file", d.file},
                           {"line", d.line},
                           {"column", d.column},
                           {"message", d.message}};
  if (language == i18n::Language::zh)
    j["message_zh"] = i18n::pick(language, d.message, d.message_zh);
  return j;
}

nlohmann::ordered_json diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics,
                                        i18n::Language language) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const diag::Diagnostic& d : diagnostics) list.push_back(diagnostic_json(d, language));
  return list;
}

}  // namespace seamless::report
