// Rules on conditions and default flows: conditions only on flows out of exclusive, inclusive
// and complex gateways or out of activities; a default flow leaves its own node and has no
// condition.
#include "rules.hpp"

namespace seamless::plugins::structure {

using model::no_index;
using model::NodeKind;

void check_conditions(const Model& model, Findings& findings) {
  for (const model::SequenceFlow& flow : model.flows) {
    if (!flow.guard || flow.source == no_index) continue;
    const model::Node& source = model.nodes[flow.source];
    const bool allowed =
        source.kind == NodeKind::exclusive_gateway || source.kind == NodeKind::inclusive_gateway ||
        source.kind == NodeKind::complex_gateway || model::is_activity(source.kind);
    if (!allowed)
      findings.add(check::Severity::error, "condition-not-allowed", flow.id, flow.guard->location,
                   {"sequence flow '" + flow.id + "' has a condition but leaves " +
                        kind_and_name(source).en + ", where BPMN allows none",
                    "顺序流“" + flow.id + "”带有条件，但它从" + kind_and_name(source).zh +
                        "出发，BPMN 在此处不允许条件"});
  }
  for (const model::Node& node : model.nodes) {
    if (node.default_flow == no_index) continue;
    const model::SequenceFlow& flow = model.flows[node.default_flow];
    if (flow.source != no_index && &model.nodes[flow.source] != &node) {
      findings.add(check::Severity::error, "default-flow-not-outgoing", node.id, node.location,
                   {describe(node) + " names '" + flow.id +
                        "' as its default flow, but that flow does not leave it",
                    describe_zh(node) + "把“" + flow.id + "”设为默认流，但该顺序流并不从它出发"});
    } else if (flow.guard) {
      findings.add(check::Severity::error, "default-flow-with-condition", flow.id,
                   flow.guard->location,
                   {"sequence flow '" + flow.id + "' is the default flow of " + describe(node) +
                        " and also has a condition; a default flow must have none",
                    "顺序流“" + flow.id + "”是" + describe_zh(node) +
                        "的默认流，却又带有条件；默认流不能有条件"});
    }
  }
}

}  // namespace seamless::plugins::structure
