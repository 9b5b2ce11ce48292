// Diagnostics as JSON (see diagnostic_json.hpp).
#include "seamless/report/diagnostic_json.hpp"

namespace seamless::report {

nlohmann::ordered_json diagnostic_json(const diag::Diagnostic& d) {
  return {{"severity", diag::to_string(d.severity)},
          {"file", d.file},
          {"line", d.line},
          {"column", d.column},
          {"message", d.message}};
}

nlohmann::ordered_json diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const diag::Diagnostic& d : diagnostics) list.push_back(diagnostic_json(d));
  return list;
}

}  // namespace seamless::report
