// The `responsibility` check: owners of activities from the lanes, matters against the
// catalogue (when one is configured), then gaps and overlaps at guarded gateways over an
// unreduced exploration shared through the context's cache.
#include "responsibility_check.hpp"

#include "findings.hpp"

namespace seamless::plugins::responsibility {

namespace {

// Partial-order reduction preserves deadlocks and the firability of transitions, not "some
// state has a token in front of the gateway in this cell", so the states are all explored.
analysis::ExploreRequest unreduced_request() {
  analysis::ExploreRequest request;
  request.reduction = false;
  request.completion = false;
  return request;
}

class ResponsibilityCheck final : public check::Check {
 public:
  std::string_view name() const override { return "responsibility"; }
  std::string_view summary() const override {
    return "every activity in one department; every applicant taken by exactly one branch at "
           "guarded gateways";
  }
  std::string_view summary_zh() const override {
    return "每个活动恰属一个部门；在带条件的网关处，每个申请人恰好走一个分支";
  }
  bool uses_case_data() const override { return true; }
  void run(const check::CheckContext& context, check::Findings& findings) const override {
    lane_findings(context.model, findings);
    if (context.catalogue != nullptr)
      catalogue_findings(context.model, *context.catalogue, findings);
    const std::vector<GuardedGateway> gateways = guarded_gateways(context.model);
    if (gateways.empty()) return;  // no gateway where a gap or an overlap is possible
    if (context.engine != nullptr && context.engine->abstract_guards) {
      const std::string n = std::to_string(gateways.size());
      findings.inconclusive(
          {"--abstract-guards ignores the case data, so gaps and overlaps at the " + n +
               " guarded gateway" + (gateways.size() == 1 ? "" : "s") + " are not judged",
           "--abstract-guards 忽略办件数据，因此不判断 " + n + " 个带条件网关处的空缺与重叠"});
      return;
    }
    const analysis::ExploredModel& explored =
        analysis::shared_exploration(context, "exploration:unreduced", unreduced_request());
    gateway_findings(context, explored, gateways, findings);
    for (const auto& [statistic, value] : explored.stats) findings.statistic(statistic, value);
  }
};

}  // namespace

std::unique_ptr<check::Check> make_responsibility_check() {
  return std::make_unique<ResponsibilityCheck>();
}

}  // namespace seamless::plugins::responsibility
