// Entry point of the time-limit plugin module.
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"
#include "time_limit_check.hpp"

namespace {
void register_time_limit(seamless::plugin::Registry& registry) {
  registry.add_check(seamless::plugins::time_limit::make_time_limit_check());
}
}  // namespace

SEAMLESS_PLUGIN("time-limit", "0.1.0",
                "time-limit: the longest complete run against the process's reform:timeLimit",
                register_time_limit,
                "time-limit：最长完整运行与流程的办理时限 reform:timeLimit 比较")
