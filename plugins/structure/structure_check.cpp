// The `structure` check: runs every structural rule over the model.
#include "structure_check.hpp"

#include "rules.hpp"

namespace seamless::plugins::structure {

std::string describe(const model::Node& node) {
  return "'" + node.id + "'" + (node.name.empty() ? "" : " (" + node.name + ")");
}

std::string describe_zh(const model::Node& node) {
  return "“" + node.id + "”" + (node.name.empty() ? "" : "（" + node.name + "）");
}

i18n::Text kind_and_name(const model::Node& node) {
  return {std::string(model::to_string(node.kind)) + " " + describe(node),
          std::string(model::name_zh(node.kind)) + describe_zh(node)};
}

void StructureCheck::run(const check::CheckContext& context, check::Findings& findings) const {
  const Model& model = context.model;
  check_process_events(model, findings);
  check_event_subprocesses(model, findings);
  check_event_definitions(model, findings);
  check_node_connections(model, findings);
  check_flow_scopes(model, findings);
  check_message_flows(model, findings);
  check_gateways(model, findings);
  check_conditions(model, findings);
  // Elements the loader could not represent may carry connections the rules cannot see.
  for (const model::Process& process : model.processes) {
    for (const model::UnsupportedElement& u : process.unsupported) {
      const std::string line = std::to_string(u.location.line);
      findings.inconclusive({"process '" + process.id + "' contains unsupported element '" +
                                 u.type + "'" + (u.id.empty() ? "" : " (" + u.id + ")") +
                                 " at line " + line,
                             "流程“" + process.id + "”在第 " + line + " 行含有不支持的元素“" +
                                 u.type + "”" + (u.id.empty() ? "" : "（" + u.id + "）")});
    }
  }
}

}  // namespace seamless::plugins::structure
