// Building the department dependency graph (dependency_graph.hpp).
#include "dependency_graph.hpp"

#include <algorithm>

namespace seamless::plugins::dept_cycle {

namespace {

bool is_department(const model::Model& m, model::Index department) {
  return department != model::no_index && department < m.departments.size() &&
         m.departments[department].role == model::Role::department;
}

}  // namespace

DependencyGraph dependency_graph(const model::Model& m) {
  struct Raw {
    model::Index from, to;  // departments (model indices)
    Dependency why;
  };
  std::vector<Raw> raw;
  auto add = [&](model::Index from, model::Index to, Dependency why) {
    if (!is_department(m, from) || !is_department(m, to)) return;
    if (m.departments[from].id == m.departments[to].id) return;
    raw.push_back({from, to, why});
  };
  for (model::Index d = 0; d < m.documents.size(); ++d)
    for (model::Index consumer : m.documents[d].consumers)
      for (model::Index producer : m.documents[d].producers)
        add(m.nodes[consumer].department, m.nodes[producer].department,
            {consumer, producer, d, model::no_index});
  for (model::Index f = 0; f < m.message_flows.size(); ++f) {
    const model::MessageFlow& flow = m.message_flows[f];
    if (flow.target.node == model::no_index) continue;  // nobody waits in a black-box pool
    const model::Index from = m.nodes[flow.target.node].department;
    model::Index to = model::no_index;
    if (flow.source.node != model::no_index)
      to = m.nodes[flow.source.node].department;
    else if (flow.source.participant != model::no_index)
      to = m.participants[flow.source.participant].department;
    add(from, to, {flow.target.node, flow.source.node, model::no_index, f});
  }

  DependencyGraph g;
  std::map<std::string, model::Index> by_id;
  for (const Raw& r : raw) {
    by_id.emplace(m.departments[r.from].id, r.from);
    by_id.emplace(m.departments[r.to].id, r.to);
  }
  std::map<std::string, std::size_t> vertex;
  for (const auto& [id, index] : by_id) {
    vertex[id] = g.departments.size();
    g.departments.push_back(id);
    g.department_index.push_back(index);
  }
  for (const Raw& r : raw)
    g.edges[{vertex[m.departments[r.from].id], vertex[m.departments[r.to].id]}].push_back(r.why);
  return g;
}

}  // namespace seamless::plugins::dept_cycle
