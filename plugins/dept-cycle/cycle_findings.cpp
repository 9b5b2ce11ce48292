// Live departmental cycles (spec/properties.md, `dept-cycle`): every elementary cycle of the
// dependency graph for which one run, for one applicant's case data, reaches a consuming and a
// producing activity of every edge. Reported once per cycle with its dependencies and the run
// that makes it live.
#include <algorithm>
#include <set>

#include "cycles.hpp"
#include "findings.hpp"
#include "seamless/analysis/names.hpp"

namespace seamless::plugins::dept_cycle {

namespace {

constexpr std::size_t cycle_limit = 200;

i18n::Text dependency_text(const model::Model& m, const DependencyGraph& g, std::size_t from,
                           std::size_t to, const Dependency& d) {
  i18n::Text what;
  if (d.document != model::no_index) {
    const model::Document& document = m.documents[d.document];
    what = {"needs document " + analysis::document_label(document),
            "需要文件" + analysis::document_label_zh(document)};
  } else {
    const model::MessageFlow& f = m.message_flows[d.message_flow];
    what.en = "waits for message '" + (f.name.empty() ? f.id : f.name + "' (" + f.id + ")");
    if (f.name.empty()) what.en += "'";
    what.zh = "等待消息“" + (f.name.empty() ? f.id + "”" : f.name + "”（" + f.id + "）");
  }
  const model::Node& consumer = m.nodes[d.consumer];
  const std::string from_en =
      d.producer == model::no_index ? "its pool" : analysis::node_label(m.nodes[d.producer]);
  const std::string from_zh =
      d.producer == model::no_index ? "其池" : analysis::node_label_zh(m.nodes[d.producer]);
  return {analysis::department_label(m, g.department_index[from]) + ": " +
              analysis::node_label(consumer) + " " + what.en + " from " + from_en + " of " +
              analysis::department_label(m, g.department_index[to]),
          analysis::department_label_zh(m, g.department_index[from]) + "：" +
              analysis::node_label_zh(consumer) + what.zh + "，来自" +
              analysis::department_label_zh(m, g.department_index[to]) + "的" + from_zh};
}

}  // namespace

void cycle_findings(const check::CheckContext& context, const analysis::ExploredModel& explored,
                    const DependencyGraph& graph, check::Findings& findings) {
  std::set<std::pair<std::size_t, std::size_t>> arcs;
  for (const auto& [arc, why] : graph.edges) arcs.insert(arc);
  bool truncated = false;
  const std::vector<Cycle> cycles =
      elementary_cycles(graph.departments.size(), arcs, cycle_limit, truncated);
  if (cycles.empty()) return;
  if (!explored.unusable.empty()) {
    findings.inconclusive(explored.unusable);
    return;
  }
  const model::Model& m = context.model;
  const explore::StateId states = explored.state_count();
  bool undecided = false;

  for (const Cycle& cycle : cycles) {
    const std::size_t k = cycle.size();
    auto hop = [&](std::size_t i) -> const std::vector<Dependency>& {
      return graph.edges.at({cycle[i], cycle[(i + 1) % k]});
    };
    auto live_in = [&](explore::StateId s, const Dependency& d) {
      return explored.reached(s, d.consumer) &&
             (d.producer == model::no_index || explored.reached(s, d.producer));  // a black box
    };
    explore::StateId witness = explore::no_state;
    for (explore::StateId s = 0; s < states && witness == explore::no_state; ++s) {
      bool all = true;
      for (std::size_t i = 0; i < k && all; ++i) {
        bool any = false;
        for (const Dependency& d : hop(i)) any = any || live_in(s, d);
        all = any;
      }
      if (all) witness = s;
    }
    if (witness == explore::no_state) {
      undecided = undecided || !explored.complete;
      continue;
    }

    std::string ring;
    for (std::size_t i = 0; i <= k; ++i) ring += (i ? " → " : "") + graph.departments[cycle[i % k]];
    const Dependency* first = nullptr;
    std::vector<i18n::Text> notes;
    std::vector<std::string> seam;
    for (std::size_t i = 0; i < k; ++i)
      for (const Dependency& d : hop(i)) {
        if (!live_in(witness, d)) continue;
        if (first == nullptr) first = &d;
        notes.push_back(dependency_text(m, graph, cycle[i], cycle[(i + 1) % k], d));
        const std::string& id = m.nodes[d.consumer].id;
        if (std::find(seam.begin(), seam.end(), id) == seam.end()) seam.push_back(id);
      }
    const model::Node& at = m.nodes[first->consumer];
    findings.add(check::Severity::error, "cycle", at.id, at.location,
                 {"departments depend on each other in a cycle (互为前置): " + ring,
                  "部门之间循环依赖（互为前置）：" + ring});
    check::Counterexample* cx = analysis::attach_run(context, explored, witness, findings);
    if (cx == nullptr) return;
    for (i18n::Text& note : notes) cx->add_note(std::move(note));
    cx->seam = std::move(seam);
    cx->departments.clear();
    for (std::size_t i = 0; i < k; ++i) cx->departments.push_back(graph.departments[cycle[i]]);
  }
  const std::string limit = std::to_string(cycle_limit);
  const i18n::Text why = explored.incomplete_reason();
  if (truncated)
    findings.inconclusive(
        {"more than " + limit + " departmental cycles; only the first were judged",
         "部门间循环超过 " + limit + " 个；只判断了前面的部分"});
  else if (undecided)
    findings.inconclusive({"whether every cycle is live is unknown: " + why.en,
                           "无法确定每个循环是否都会真正发生：" + why.zh_or_en()});
}

}  // namespace seamless::plugins::dept_cycle
