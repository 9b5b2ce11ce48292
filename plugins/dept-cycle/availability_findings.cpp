// Data availability (spec/properties.md, `dept-cycle`): an activity that can start while a
// document it needs has not been produced in that run. Documents nothing in the model produces
// come from outside the process (a register, the applicant's own papers) and are not judged.
// Reported once per activity and document, at the first such state in breadth-first order.
#include <algorithm>
#include <set>

#include "findings.hpp"
#include "seamless/analysis/names.hpp"

namespace seamless::plugins::dept_cycle {

namespace {

bool starts_activity(const model::Model& m, const semantics::Transition& t) {
  if (t.node == model::no_index || !model::is_activity(m.nodes[t.node].kind)) return false;
  return t.kind == semantics::TransitionKind::node || t.kind == semantics::TransitionKind::begin ||
         t.kind == semantics::TransitionKind::enter;
}

i18n::Text producers_text(const model::Model& m, const model::Document& d) {
  i18n::Text text;
  for (model::Index p : d.producers) {
    const std::string dept = analysis::department_id(m, m.nodes[p]);
    const std::string in = dept.empty() ? "" : "[" + dept + "]";
    text.en += (text.en.empty() ? "" : ", ") + analysis::node_label(m.nodes[p]) +
               (in.empty() ? "" : " " + in);
    text.zh += (text.zh.empty() ? "" : "、") + analysis::node_label_zh(m.nodes[p]) + in;
  }
  return text;
}

}  // namespace

void availability_findings(const check::CheckContext& context,
                           const analysis::ExploredModel& explored, check::Findings& findings) {
  const model::Model& m = context.model;
  bool any_input = false;
  for (const model::Node& n : m.nodes)
    for (model::Index d : n.data_inputs) any_input = any_input || !m.documents[d].producers.empty();
  if (!any_input) return;
  if (!explored.unusable.empty()) {
    findings.inconclusive(explored.unusable);
    return;
  }
  const semantics::Net& net = *explored.net;
  const explore::Exploration& x = *explored.exploration;

  struct Candidate {
    semantics::TransitionIndex transition;
    model::Index document;
    semantics::PlaceIndex marker;
  };
  std::vector<Candidate> candidates;
  for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t) {
    const semantics::Transition& tr = net.transitions[t];
    if (!starts_activity(m, tr)) continue;
    for (model::Index d : m.nodes[tr.node].data_inputs)
      if (d < net.produced_markers.size() && net.produced_markers[d] != semantics::none)
        candidates.push_back({t, d, net.produced_markers[d]});
  }
  std::set<std::pair<model::Index, model::Index>> reported;  // (node, document)
  const explore::StateId states = explored.state_count();
  for (explore::StateId s = 0; s < states; ++s)
    for (const Candidate& c : candidates) {
      const model::Index node = net.transitions[c.transition].node;
      if (reported.count({node, c.document}) || x.count(s, c.marker) > 0 ||
          !x.enabled(s, c.transition))
        continue;
      reported.insert({node, c.document});
      const model::Node& n = m.nodes[node];
      const model::Document& d = m.documents[c.document];
      const i18n::Text producers = producers_text(m, d);
      findings.add(
          check::Severity::error, "data-availability", n.id, n.location,
          {analysis::node_label(n) + " can start before document " + analysis::document_label(d) +
               " has been produced; produced by " + producers.en,
           analysis::node_label_zh(n) + "可能在文件" + analysis::document_label_zh(d) +
               "产生之前就开始；产生该文件的是：" + producers.zh});
      analysis::ConcreteRun run =
          analysis::make_counterexample(explored.run_context(context), x.path_to(s), c.transition);
      if (!run.ok) {
        findings.inconclusive(analysis::internal_error(run.problem));
        return;
      }
      check::Counterexample cx = std::move(run.counterexample);
      cx.state.clear();
      cx.state_zh.clear();
      cx.seam = {n.id};
      for (model::Index p : d.producers)
        if (std::find(cx.seam.begin(), cx.seam.end(), m.nodes[p].id) == cx.seam.end())
          cx.seam.push_back(m.nodes[p].id);
      findings.last().counterexample = std::move(cx);
    }
  if (!explored.complete && !explored.limit.empty() && reported.empty())
    findings.inconclusive(explored.limit);
}

}  // namespace seamless::plugins::dept_cycle
