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
                   model::Location location, i18n::Text message) {
  add(severity, std::move(rule), element, location, std::move(message.en), std::move(message.zh));
}

void Findings::add(Severity severity, std::string rule, const std::string& element,
                   model::Location location, std::string message, std::string message_zh) {
  items_.push_back({check_,
                    std::move(rule),
                    severity,
                    std::move(message),
                    element,
                    location,
                    {},
                    false,
                    std::move(message_zh)});
}

void Findings::inconclusive(i18n::Text reason) {
  if (reason.en.empty()) reason = {"no reason given", "未说明原因"};
  if (!reason_.empty()) return;
  reason_ = std::move(reason.en);
  reason_zh_ = std::move(reason.zh);
}

void Findings::assume(i18n::Text assumption) {
  if (assumption.en.empty()) return;
  for (const std::string& a : assumptions_)
    if (a == assumption.en) return;
  assumptions_.push_back(std::move(assumption.en));
  assumptions_zh_.push_back(std::move(assumption.zh));
}

void Counterexample::add_state(i18n::Text line) {
  state_zh.resize(state.size());
  state.push_back(std::move(line.en));
  state_zh.push_back(std::move(line.zh));
}

void Counterexample::add_note(i18n::Text line) {
  notes_zh.resize(notes.size());
  notes.push_back(std::move(line.en));
  notes_zh.push_back(std::move(line.zh));
}

}  // namespace seamless::check
