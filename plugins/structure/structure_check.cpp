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
  // Elements the loader could not represent may carry connections the rules cannot see.
  for (const model::Process& process : model.processes) {
    for (const model::UnsupportedElement& u : process.unsupported) {
      findings.inconclusive("process '" + process.id + "' contains unsupported element '" + u.type +
                            "'" + (u.id.empty() ? "" : " (" + u.id + ")") + " at line " +
                            std::to_string(u.location.line));
    }
  }
}

}  // namespace seamless::plugins::structure
