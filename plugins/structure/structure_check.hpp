// The `structure` check (see README.md for its rules).
#pragma once

#include "seamless/check/check.hpp"

namespace seamless::plugins::structure {

class StructureCheck final : public check::Check {
 public:
  std::string_view name() const override { return "structure"; }
  std::string_view summary() const override {
    return "BPMN well-formedness: starts and ends, connections, scopes, gateways, conditions";
  }
  void run(const check::CheckContext& context, check::Findings& findings) const override;
};

}  // namespace seamless::plugins::structure
