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
  std::string_view summary_zh() const override {
    return "BPMN 结构规范：开始与结束、连接、作用范围、网关、条件";
  }
  void run(const check::CheckContext& context, check::Findings& findings) const override;
};

}  // namespace seamless::plugins::structure
