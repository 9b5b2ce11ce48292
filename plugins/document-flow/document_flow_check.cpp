// The `document-flow` check: paper handoffs between departments and resubmitted materials, over
// the history exploration it shares with dept-cycle.
#include "document_flow_check.hpp"

#include "findings.hpp"
#include "seamless/analysis/assumptions.hpp"

namespace seamless::plugins::document_flow {

namespace {

class DocumentFlowCheck final : public check::Check {
 public:
  std::string_view name() const override { return "document-flow"; }
  std::string_view summary() const override {
    return "documents shared instead of carried; materials submitted once (一套材料)";
  }
  std::string_view summary_zh() const override {
    return "文件共享而非由人携带；申请材料只提交一次（一套材料）";
  }
  bool uses_case_data() const override { return true; }
  void run(const check::CheckContext& context, check::Findings& findings) const override {
    bool documents = false;
    for (const model::Document& d : context.model.documents)
      documents = documents || !d.producers.empty();
    if (!documents) return;
    const analysis::ExploredModel& explored = analysis::history_exploration(context);
    analysis::note_assumptions(*explored.net, findings);
    paper_handoff_findings(context, explored, findings);
    resubmission_findings(context, explored, findings);
    for (const auto& [name, value] : explored.stats) findings.statistic(name, value);
  }
};

}  // namespace

std::unique_ptr<check::Check> make_document_flow_check() {
  return std::make_unique<DocumentFlowCheck>();
}

}  // namespace seamless::plugins::document_flow
