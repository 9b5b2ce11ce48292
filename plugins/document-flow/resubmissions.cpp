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
    const explore::StateId states = explored.state_count();
    explore::StateId witness = explore::no_state;
    std::uint32_t most = 0;
    for (explore::StateId s = 0; s < states && most < 3; ++s) {
      const std::uint32_t n = explored.produced(s, d);
      if (n > most) {
        most = n;
        witness = s;
      }
    }
    if (most < 2) {
      if (!explored.complete) {
        const i18n::Text why = explored.incomplete_reason();
        findings.inconclusive({"whether a material is submitted twice is unknown: " + why.en,
                               "无法确定申请材料是否被重复提交：" + why.zh_or_en()});
      }
      continue;
    }
    const std::string times = most >= 3 ? "3 or more times" : "twice";
    const std::string times_zh = most >= 3 ? "3 次或更多" : "2 次";
    findings.add(
        check::Severity::warning, "resubmitted-material", doc.id, doc.location,
        {"material " + analysis::document_label(doc) + " is submitted " + times + " in one run",
         "申请材料" + analysis::document_label_zh(doc) + "在一次运行中被重复提交，共 " + times_zh});
    check::Counterexample* cx = analysis::attach_run(context, explored, witness, findings);
    if (cx == nullptr) return;
    // The submitting steps of the run: the seam, their departments, and the message's list.
    std::string by, by_zh;
    std::int64_t submissions = 0;
    cx->seam.clear();
    cx->departments.clear();
    for (const check::RunStep& step : cx->steps) {
      const model::Node* n = m.find_node(step.element);
      if (n == nullptr ||
          std::find(n->data_outputs.begin(), n->data_outputs.end(), d) == n->data_outputs.end())
        continue;
      ++submissions;
      by += (by.empty() ? ": " : ", ") + analysis::node_label(*n);
      by_zh += (by_zh.empty() ? "：" : "、") + analysis::node_label_zh(*n);
      if (std::find(cx->seam.begin(), cx->seam.end(), n->id) == cx->seam.end())
        cx->seam.push_back(n->id);
      const std::string dept = analysis::department_id(m, *n);
      if (!dept.empty() &&
          std::find(cx->departments.begin(), cx->departments.end(), dept) == cx->departments.end())
        cx->departments.push_back(dept);
    }
    findings.last().message += by;
    findings.last().message_zh += by_zh;
    cx->state.clear();
    cx->state_zh.clear();
    cx->figures["submissions"] = submissions;
  }
}

}  // namespace seamless::plugins::document_flow
