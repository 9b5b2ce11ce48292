// Findings collection, status and option type names.
#include "seamless/check/check.hpp"

namespace seamless::check {

std::string_view to_string(Status status) {
  switch (status) {
    case Status::pass:
      return "pass";
    case Status::fail:
      return "fail";
    case Status::inconclusive:
      return "inconclusive";
  }
  return "inconclusive";
}

std::string_view to_string(OptionType type) {
  switch (type) {
    case OptionType::boolean:
      return "boolean";
    case OptionType::integer:
      return "integer";
    case OptionType::decimal:
      return "decimal";
    case OptionType::string:
      return "string";
  }
  return "string";
}

void Findings::add(Severity severity, std::string rule, const std::string& element,
                   model::Location location, std::string message) {
  items_.push_back({check_, std::move(rule), severity, std::move(message), element, location, {}});
}

void Findings::inconclusive(std::string reason) {
  if (reason.empty()) reason = "no reason given";
  if (reason_.empty()) reason_ = std::move(reason);
}

}  // namespace seamless::check
