// The `dept-cycle` check: live departmental cycles and data availability, over one shared
// history exploration of the model.
#include "dept_cycle_check.hpp"

#include "findings.hpp"
#include "seamless/analysis/assumptions.hpp"

namespace seamless::plugins::dept_cycle {

namespace {

class DeptCycleCheck final : public check::Check {
 public:
  std::string_view name() const override { return "dept-cycle"; }
  std::string_view summary() const override {
    return "no circular departmental dependency (互为前置); documents exist before they are needed";
  }
  std::string_view summary_zh() const override {
    return "部门之间无循环依赖（互为前置）；文件在需要之前已经产生";
  }
  bool uses_case_data() const override { return true; }
  void run(const check::CheckContext& context, check::Findings& findings) const override {
    const DependencyGraph graph = dependency_graph(context.model);
    bool documents = false;
    for (const model::Document& d : context.model.documents)
      documents = documents || (!d.producers.empty() && !d.consumers.empty());
    if (graph.edges.empty() && !documents) return;  // nothing to explore
    const analysis::ExploredModel& explored = analysis::history_exploration(context);
    analysis::note_assumptions(*explored.net, findings);
    cycle_findings(context, explored, graph, findings);
    availability_findings(context, explored, findings);
    for (const auto& [name, value] : explored.stats) findings.statistic(name, value);
  }
};

}  // namespace

std::unique_ptr<check::Check> make_dept_cycle_check() {
  return std::make_unique<DeptCycleCheck>();
}

}  // namespace seamless::plugins::dept_cycle
