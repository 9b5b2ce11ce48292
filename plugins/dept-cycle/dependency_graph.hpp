// The department dependency graph of a model (spec/properties.md, `dept-cycle`): department A
// depends on B when an activity of A needs a document an activity of B produces, or a step of A
// waits for a message sent from B. The applicant and agents (who act for the applicant) are not
// departments: their requests and the answers they wait for are no departmental dependency.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "seamless/model/model.hpp"

namespace seamless::plugins::dept_cycle {

// One reason for an edge: `consumer` (in the depending department) needs what `producer`
// (in the other department) makes: a document or a message.
struct Dependency {
  model::Index consumer = model::no_index;
  model::Index producer = model::no_index;
  model::Index document = model::no_index;      // or
  model::Index message_flow = model::no_index;  // ...
};

struct DependencyGraph {
  std::vector<std::string> departments;        // ids, sorted: vertex i is departments[i]
  std::vector<model::Index> department_index;  // per vertex: index into Model::departments
  // (from, to) vertex pair -> the dependencies behind "from depends on to", in model order.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<Dependency>> edges;
};

DependencyGraph dependency_graph(const model::Model& model);

}  // namespace seamless::plugins::dept_cycle
