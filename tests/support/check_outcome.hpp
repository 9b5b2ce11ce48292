// Test helper: one check's verdict on one model, read from `seamless check --format json`: the
// exit code, the check's status and each finding as "rule element" (or "severity rule element").
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/run_command.hpp"

namespace seamless::test {

struct CheckOutcome {
  int exit_code = -1;
  std::string status;                 // of the first check of the first model
  std::vector<std::string> findings;  // "rule element", or "severity rule element"
};

enum class FindingKey { rule_element, severity_rule_element };

// Runs `seamless check --format json ARGUMENTS...` (the model and e.g. `--check NAME`).
inline CheckOutcome run_check_outcome(const std::vector<std::string>& arguments,
                                      FindingKey key = FindingKey::rule_element) {
  std::vector<std::string> command{"check", "--format", "json"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  const CommandResult r = run_seamless(command);
  CheckOutcome o;
  o.exit_code = r.exit_code;
  const auto j = nlohmann::json::parse(r.out, nullptr, false);
  if (j.is_discarded())
    throw std::runtime_error("seamless check gave no JSON (exit " + std::to_string(r.exit_code) +
                             "): " + r.err);
  const auto& check = j.at("models").at(0).at("checks").at(0);
  o.status = check.at("status");
  for (const auto& f : check.at("findings")) {
    std::string text = f.at("rule").get<std::string>() + " " + f.at("element").get<std::string>();
    if (key == FindingKey::severity_rule_element)
      text = f.at("severity").get<std::string>() + " " + text;
    o.findings.push_back(std::move(text));
  }
  return o;
}

}  // namespace seamless::test
