// Rules on gateways: a gateway splits (one in, several out) or joins (several in, one out);
// event-based gateways lead to at least two catching events or receive tasks.
#include "rules.hpp"

namespace seamless::plugins::structure {

using model::NodeKind;

void check_gateways(const Model& model, Findings& findings) {
  for (const model::Node& node : model.nodes) {
    if (!model::is_gateway(node.kind)) continue;
    const std::size_t in = node.incoming.size(), out = node.outgoing.size();
    const std::string what = std::string(model::to_string(node.kind)) + " " + describe(node);
    if (in == 1 && out == 1) {
      findings.add(check::Severity::warning, "gateway-pass-through", node.id, node.location,
                   what + " has one incoming and one outgoing flow: it neither splits nor joins");
    } else if (in > 1 && out > 1) {
      findings.add(check::Severity::warning, "gateway-join-and-fork", node.id, node.location,
                   what + " both joins (" + std::to_string(in) + " incoming) and splits (" +
                       std::to_string(out) + " outgoing); use two gateways");
    }
    if (node.kind != NodeKind::event_based_gateway) continue;
    if (out == 1)
      findings.add(check::Severity::error, "event-gateway-outgoing", node.id, node.location,
                   what + " has one outgoing flow; it needs at least two events to race");
    for (model::Index f : node.outgoing) {
      const model::SequenceFlow& flow = model.flows[f];
      if (flow.target == model::no_index) continue;
      const model::Node& target = model.nodes[flow.target];
      if (target.kind != NodeKind::intermediate_catch_event &&
          target.kind != NodeKind::receive_task)
        findings.add(check::Severity::error, "event-gateway-target", flow.id, flow.location,
                     "sequence flow '" + flow.id + "' leads from " + what + " to " +
                         std::string(model::to_string(target.kind)) + " " + describe(target) +
                         "; an event-based gateway may only lead to intermediate catch events "
                         "or receive tasks");
    }
  }
}

}  // namespace seamless::plugins::structure
