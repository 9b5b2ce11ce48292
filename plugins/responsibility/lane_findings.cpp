// Who owns each activity (spec/annotations.md: a flow node belongs to the innermost lane that
// lists it; in a process without lanes, to its pool). An activity of a process with lanes that
// no lane lists is unassigned work even though the loader lets it fall back to the pool; an
// activity listed by two lanes of which neither contains the other has two owners.
#include <algorithm>

#include "findings.hpp"
#include "seamless/analysis/names.hpp"

namespace seamless::plugins::responsibility {

namespace {

bool is_lane_ancestor(const model::Model& m, model::Index ancestor, model::Index lane) {
  for (model::Index l = m.lanes[lane].parent; l != model::no_index; l = m.lanes[l].parent)
    if (l == ancestor) return true;
  return false;
}

// Whether some lane could list `node`: a lane set of its process at process level, or of a
// subprocess that encloses it.
bool has_lanes_around(const model::Model& m, const model::Node& node) {
  for (model::Index l : m.processes[node.process].lanes) {
    const model::Index scope = m.lanes[l].scope;
    if (scope == model::no_index) return true;
    for (model::Index p = node.parent; p != model::no_index; p = m.nodes[p].parent)
      if (p == scope) return true;
  }
  return false;
}

void add(check::Findings& findings, const model::Node& node, check::Severity severity,
         const char* rule, i18n::Text message) {
  findings.add(severity, rule, node.id, node.location, std::move(message));
}

}  // namespace

void lane_findings(const model::Model& m, check::Findings& findings) {
  std::vector<std::vector<model::Index>> listed(m.nodes.size());
  for (model::Index l = 0; l < m.lanes.size(); ++l)
    for (model::Index n : m.lanes[l].nodes)
      if (n < m.nodes.size()) listed[n].push_back(l);

  for (model::Index n = 0; n < m.nodes.size(); ++n) {
    const model::Node& node = m.nodes[n];
    if (!model::is_activity(node.kind) || node.process >= m.processes.size()) continue;
    const model::Process& process = m.processes[node.process];
    if (node.lane == model::no_index && has_lanes_around(m, node)) {
      add(findings, node, check::Severity::error, "unassigned-activity",
          {"activity " + analysis::node_label(node) + " belongs to no department: process '" +
               process.id + "' has lanes and none lists it",
           "活动" + analysis::node_label_zh(node) + "不属于任何部门：流程“" + process.id +
               "”划分了泳道，但没有一条泳道包含它"});
      continue;
    }
    if (node.department == model::no_index) {
      // The process models no organisation at all: a warning, so that plain BPMN without
      // departments is pointed out without failing a CI gate by default.
      add(findings, node, check::Severity::warning, "unassigned-activity",
          {"activity " + analysis::node_label(node) + " belongs to no department: process '" +
               process.id + "' is in no pool and has no lanes",
           "活动" + analysis::node_label_zh(node) + "不属于任何部门：流程“" + process.id +
               "”既不在池中，也没有泳道"});
      continue;
    }
    std::vector<model::Index> innermost;
    for (model::Index lane : listed[n]) {
      const bool has_deeper = std::any_of(listed[n].begin(), listed[n].end(), [&](model::Index o) {
        return is_lane_ancestor(m, lane, o);
      });
      if (!has_deeper) innermost.push_back(lane);
    }
    if (innermost.size() < 2) continue;
    i18n::Text lanes;
    for (model::Index lane : innermost) {
      const model::Lane& l = m.lanes[lane];
      lanes.en += (lanes.en.empty() ? "" : ", ") + l.id + " → " +
                  analysis::department_label(m, l.department);
      lanes.zh += (lanes.zh.empty() ? "" : "，") + l.id + " → " +
                  analysis::department_label_zh(m, l.department);
    }
    add(findings, node, check::Severity::error, "activity-in-several-lanes",
        {"activity " + analysis::node_label(node) + " is listed in more than one lane: " + lanes.en,
         "活动" + analysis::node_label_zh(node) + "被列在多条泳道中：" + lanes.zh});
  }
}

}  // namespace seamless::plugins::responsibility
