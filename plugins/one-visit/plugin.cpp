// Entry point of the one-visit plugin module.
#include "one_visit_check.hpp"
#include "seamless/plugin/abi.hpp"
#include "seamless/plugin/registry.hpp"

namespace {
void register_one_visit(seamless::plugin::Registry& registry) {
  registry.add_check(seamless::plugins::one_visit::make_one_visit_check());
}
}  // namespace

SEAMLESS_PLUGIN("one-visit", "0.1.0", "one-visit: the applicant comes at most maxVisits times",
                register_one_visit, "one-visit：申请人到场不超过 maxVisits 次（最多跑一次）")
