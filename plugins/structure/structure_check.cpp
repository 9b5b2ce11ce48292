// The `structure` check: runs every structural rule over the model.
#include "structure_check.hpp"

#include "rules.hpp"

namespace seamless::plugins::structure {

std::string describe(const model::Node& node) {
  return "'" + node.id + "'" + (node.name.empty() ? "" : " (" + node.name + ")");
}

void StructureCheck::run(const check::CheckContext& context, check::Findings& findings) const {
  const Model& model = context.model;
  check_process_events(model, findings);
  check_event_subprocesses(model, findings);
  check_node_connections(model, findings);
  check_flow_scopes(model, findings);
  check_message_flows(model, findings);
  check_gateways(model, findings);
  check_conditions(model, findings);
}

}  // namespace seamless::plugins::structure
