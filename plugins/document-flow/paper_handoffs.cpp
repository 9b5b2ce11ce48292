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
    std::vector<std::string> from, to, from_zh, to_zh, seam;
    for (const auto& [p, c] : pairs) {
      add_unique(from, analysis::department_label(m, m.nodes[p].department));
      add_unique(to, analysis::department_label(m, m.nodes[c].department));
      add_unique(from_zh, analysis::department_label_zh(m, m.nodes[p].department));
      add_unique(to_zh, analysis::department_label_zh(m, m.nodes[c].department));
      add_unique(seam, m.nodes[p].id);
      add_unique(seam, m.nodes[c].id);
    }
    auto join = [](const std::vector<std::string>& v, const char* separator) {
      std::string s;
      for (const std::string& x : v) s += (s.empty() ? "" : separator) + x;
      return s;
    };
    findings.add(check::Severity::warning, "paper-handoff", doc.id, doc.location,
                 {"document " + analysis::document_label(doc) +
                      " is paper carried between departments (not reform:shared): from " +
                      join(from, ", ") + " to " + join(to, ", "),
                  "文件" + analysis::document_label_zh(doc) +
                      "是在部门之间传递的纸质文件（未标 reform:shared）：从" + join(from_zh, "、") +
                      "到" + join(to_zh, "、")});
    check::Counterexample* cx = analysis::attach_run(context, explored, witness, findings);
    if (cx == nullptr) return;
    cx->state.clear();
    cx->state_zh.clear();
    cx->seam = seam;
    cx->departments.clear();
    for (const auto& [p, c] : pairs) {
      add_unique(cx->departments, analysis::department_id(m, m.nodes[p]));
      add_unique(cx->departments, analysis::department_id(m, m.nodes[c]));
      const std::string from_department = "[" + analysis::department_id(m, m.nodes[p]) + "]";
      const std::string to_department = "[" + analysis::department_id(m, m.nodes[c]) + "]";
      cx->add_note({analysis::node_label(m.nodes[p]) + " " + from_department + " → " +
                        analysis::node_label(m.nodes[c]) + " " + to_department,
                    analysis::node_label_zh(m.nodes[p]) + from_department + " → " +
                        analysis::node_label_zh(m.nodes[c]) + to_department});
    }
  }
  if (undecided) {
    const i18n::Text why = explored.incomplete_reason();
    findings.inconclusive({"whether every paper handoff happens is unknown: " + why.en,
                           "无法确定每次纸质文件交接是否都会发生：" + why.zh_or_en()});
  }
}

}  // namespace seamless::plugins::document_flow
