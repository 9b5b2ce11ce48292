// Entry point of the dept-cycle plugin module.
#include "dept_cycle_check.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {
void register_dept_cycle(seamless::plugin::Registry& registry) {
  registry.add_check(seamless::plugins::dept_cycle::make_dept_cycle_check());
}
}  // namespace

SEAMLESS_PLUGIN("dept-cycle", "0.1.0",
                "dept-cycle: circular departmental dependencies and data availability",
                register_dept_cycle, "dept-cycle：部门间循环依赖（互为前置）与文件可用性")
