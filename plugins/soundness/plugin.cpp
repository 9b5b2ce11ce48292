// Entry point of the soundness plugin module.
#include "checks.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {
void register_soundness(seamless::plugin::Registry& registry) {
  using namespace seamless::plugins::soundness;
  registry.add_check(make_safeness_check());
  registry.add_check(make_option_to_complete_check());
  registry.add_check(make_proper_completion_check());
  registry.add_check(make_dead_activity_check());
}
}  // namespace

SEAMLESS_PLUGIN("soundness", "0.1.0",
                "soundness checks: safeness, option-to-complete, proper-completion, dead-activity",
                register_soundness,
                "合理性检查：safeness（安全性）、option-to-complete（可完成性）、"
                "proper-completion（正常结束）、dead-activity（从不执行的活动）")
