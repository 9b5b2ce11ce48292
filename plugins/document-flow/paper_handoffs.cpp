// Paper handoffs (spec/properties.md, `document-flow`): a document that is not reform:shared,
// produced by an activity of one department and needed by an activity of another, is paper
// someone carries. Only handoffs that happen are reported: one warning per document, with the
// first run (breadth-first) in which the document exists and a consumer in another department
// is reached. Documents of the applicant or an agent are materials (see resubmissions.cpp).
#include <algorithm>
#include <set>

#include "findings.hpp"
#include "seamless/analysis/names.hpp"

namespace seamless::plugins::document_flow {

namespace {

bool government(const model::Model& m, const model::Node& n) {
  return n.department != model::no_index && n.department < m.departments.size() &&
         m.departments[n.department].role == model::Role::department;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

void paper_handoff_findings(const check::CheckContext& context,
                            const analysis::ExploredModel& explored, check::Findings& findings) {
  const model::Model& m = context.model;
  bool undecided = false;
  for (model::Index d = 0; d < m.documents.size(); ++d) {
    const model::Document& doc = m.documents[d];
    if (doc.shared) continue;
    // (producer, consumer) pairs across government departments.
    std::vector<std::pair<model::Index, model::Index>> pairs;
    for (model::Index p : doc.producers)
      for (model::Index c : doc.consumers)
        if (government(m, m.nodes[p]) && government(m, m.nodes[c]) &&
            analysis::department_id(m, m.nodes[p]) != analysis::department_id(m, m.nodes[c]))
          pairs.push_back({p, c});
    if (pairs.empty()) continue;
    if (!explored.unusable.empty()) {
      findings.inconclusive(explored.unusable);
      return;
    }
    const explore::StateId states = explored.state_count();
    explore::StateId witness = explore::no_state;
    for (explore::StateId s = 0; s < states && witness == explore::no_state; ++s) {
      if (explored.produced(s, d) == 0) continue;
      for (const auto& [p, c] : pairs)
        if (explored.reached(s, c)) witness = s;
    }
    if (witness == explore::no_state) {
      undecided = undecided || !explored.complete;
      continue;
    }
    // Every producing and consuming department of the document, in model order.
    std::vector<std::string> from, to, seam;
    for (const auto& [p, c] : pairs) {
      add_unique(from, analysis::department_label(m, m.nodes[p].department));
      add_unique(to, analysis::department_label(m, m.nodes[c].department));
      add_unique(seam, m.nodes[p].id);
      add_unique(seam, m.nodes[c].id);
    }
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
      return s;
    };
    findings.add(check::Severity::warning, "paper-handoff", doc.id, doc.location,
                 "document " + analysis::document_label(doc) +
                     " is paper carried between departments (not reform:shared): from " +
                     join(from) + " to " + join(to));
    check::Counterexample* cx = analysis::attach_run(context, explored, witness, findings);
    if (cx == nullptr) return;
    cx->state.clear();
    cx->seam = seam;
    cx->departments.clear();
    for (const auto& [p, c] : pairs) {
      add_unique(cx->departments, analysis::department_id(m, m.nodes[p]));
      add_unique(cx->departments, analysis::department_id(m, m.nodes[c]));
      cx->notes.push_back(analysis::node_label(m.nodes[p]) + " [" +
                          analysis::department_id(m, m.nodes[p]) + "] → " +
                          analysis::node_label(m.nodes[c]) + " [" +
                          analysis::department_id(m, m.nodes[c]) + "]");
    }
  }
  if (undecided)
    findings.inconclusive("whether every paper handoff happens is unknown: " +
                          explored.incomplete_reason());
}

}  // namespace seamless::plugins::document_flow
