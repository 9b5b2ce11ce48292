// Entry point of the responsibility plugin module.
#include "responsibility_check.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {
void register_responsibility(seamless::plugin::Registry& registry) {
  registry.add_check(seamless::plugins::responsibility::make_responsibility_check());
}
}  // namespace

SEAMLESS_PLUGIN("responsibility", "0.1.0",
                "responsibility: every activity in one department, no gap or overlap at gateways",
                register_responsibility,
                "responsibility：每个活动恰属一个部门，网关处无空缺、无重叠")
