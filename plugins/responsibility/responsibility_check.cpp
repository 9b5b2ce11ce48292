// The `responsibility` check: owners of activities from the lanes, matters against the
// catalogue (when one is configured), then gaps and overlaps at guarded gateways over an
// unreduced exploration shared through the context's cache.
#include "responsibility_check.hpp"

#include "findings.hpp"
#include "seamless/analysis/assumptions.hpp"

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

// The choice at a gateway between labels is free, so it is not judged: the verdict relies on
// that, and says so (without exploring, the Net's translation alone gives the assumptions).
void note_label_gateways(const check::CheckContext& context,
                         const std::vector<model::Index>& label_gateways,
                         check::Findings& findings) {
  if (label_gateways.empty()) return;
  semantics::BuildOptions build;
  build.abstract_guards = context.engine != nullptr && context.engine->abstract_guards;
  const semantics::Net net = semantics::build_net(context.model, context.guards, build);
  std::vector<semantics::Assumption> relied;
  for (const semantics::Assumption& a : net.assumptions)
    for (model::Index g : label_gateways)
      if (context.model.nodes[g].id == a.gateway) relied.push_back(a);
  analysis::note_assumptions(relied, findings);
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
    std::vector<model::Index> label_gateways;
    const std::vector<GuardedGateway> gateways =
        guarded_gateways(context.model, context.guards, &label_gateways);
    if (gateways.empty()) {  // no gateway where a gap or an overlap is possible
      note_label_gateways(context, label_gateways, findings);
      return;
    }
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
    analysis::note_assumptions(*explored.net, findings);
    gateway_findings(context, explored, gateways, findings);
    for (const auto& [statistic, value] : explored.stats) findings.statistic(statistic, value);
  }
};

}  // namespace

std::unique_ptr<check::Check> make_responsibility_check() {
  return std::make_unique<ResponsibilityCheck>();
}

}  // namespace seamless::plugins::responsibility
