// Materials submitted more than once in one run (spec/properties.md, `document-flow`): a
// document with reform:material="true" produced two or more times in one run. Counts are kept
// up to 3 per run ("3 or more"). One warning per material, with the first run (breadth-first)
// reaching its highest count.
#include <algorithm>

#include "findings.hpp"
#include "seamless/analysis/names.hpp"

namespace seamless::plugins::document_flow {

void resubmission_findings(const check::CheckContext& context,
                           const analysis::ExploredModel& explored, check::Findings& findings) {
  const model::Model& m = context.model;
  for (model::Index d = 0; d < m.documents.size(); ++d) {
    const model::Document& doc = m.documents[d];
    if (!doc.material || doc.producers.empty()) continue;
    if (!explored.unusable.empty()) {
      findings.inconclusive(explored.unusable);
      return;
    }
    const semantics::Net& net = *explored.net;
    const explore::Exploration& x = *explored.exploration;
    const semantics::PlaceIndex marker = net.produced_markers[d];
    const explore::StateId states = explore::StateId(x.stats().states);
    explore::StateId witness = explore::no_state;
    std::uint32_t most = 0;
    for (explore::StateId s = 0; s < states && most < 3; ++s) {
      const std::uint32_t n = x.count(s, marker);
      if (n > most) {
        most = n;
        witness = s;
      }
    }
    if (most < 2) {
      if (!explored.complete)
        findings.inconclusive("whether a material is submitted twice is unknown: " +
                              explored.incomplete_reason());
      continue;
    }
    analysis::ConcreteRun run =
        analysis::make_counterexample(explored.run_context(context), x.path_to(witness));
    if (!run.ok) {
      findings.add(check::Severity::warning, "resubmitted-material", doc.id, doc.location,
                   "material " + analysis::document_label(doc) + " is submitted more than once");
      findings.inconclusive("internal error: " + run.problem);
      return;
    }
    check::Counterexample cx = std::move(run.counterexample);
    // The submitting steps of the run.
    std::vector<std::string> by;
    cx.seam.clear();
    cx.departments.clear();
    for (const check::RunStep& step : cx.steps) {
      const model::Node* n = m.find_node(step.element);
      if (n == nullptr ||
          std::find(n->data_outputs.begin(), n->data_outputs.end(), d) == n->data_outputs.end())
        continue;
      by.push_back(analysis::node_label(*n));
      if (std::find(cx.seam.begin(), cx.seam.end(), n->id) == cx.seam.end())
        cx.seam.push_back(n->id);
      const std::string dept = analysis::department_id(m, *n);
      if (!dept.empty() &&
          std::find(cx.departments.begin(), cx.departments.end(), dept) == cx.departments.end())
        cx.departments.push_back(dept);
    }
    std::string list;
    for (const std::string& b : by) list += (list.empty() ? "" : ", ") + b;
    const std::string times = most >= 3 ? "3 or more times" : "twice";
    findings.add(check::Severity::warning, "resubmitted-material", doc.id, doc.location,
                 "material " + analysis::document_label(doc) + " is submitted " + times +
                     " in one run: " + list);
    cx.state.clear();
    cx.figures["submissions"] = std::int64_t(by.size());
    findings.last().counterexample = std::move(cx);
  }
}

}  // namespace seamless::plugins::document_flow
