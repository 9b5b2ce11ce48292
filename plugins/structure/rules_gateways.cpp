// Rules on gateways: a gateway splits (one in, several out) or joins (several in, one out);
// event-based gateways lead to at least two catching events or receive tasks.
#include "rules.hpp"

namespace seamless::plugins::structure {

using model::NodeKind;

void check_gateways(const Model& model, Findings& findings) {
  for (const model::Node& node : model.nodes) {
    if (!model::is_gateway(node.kind)) continue;
    const std::size_t in = node.incoming.size(), out = node.outgoing.size();
    const i18n::Text what = kind_and_name(node);
    if (in == 1 && out == 1) {
      findings.add(
          check::Severity::warning, "gateway-pass-through", node.id, node.location,
          {what.en + " has one incoming and one outgoing flow: it neither splits nor joins",
           what.zh + "只有一条入口流和一条出口流：既不分支也不汇聚"});
    } else if (in > 1 && out > 1) {
      const std::string incoming = std::to_string(in), outgoing = std::to_string(out);
      findings.add(check::Severity::warning, "gateway-join-and-fork", node.id, node.location,
                   {what.en + " both joins (" + incoming + " incoming) and splits (" + outgoing +
                        " outgoing); use two gateways",
                    what.zh + "既汇聚（" + incoming + " 条入口流）又分支（" + outgoing +
                        " 条出口流）；应拆成两个网关"});
    }
    if (node.kind != NodeKind::event_based_gateway) continue;
    if (out == 1)
      findings.add(check::Severity::error, "event-gateway-outgoing", node.id, node.location,
                   {what.en + " has one outgoing flow; it needs at least two events to race",
                    what.zh + "只有一条出口流；至少需要两个相互竞争的事件"});
    for (model::Index f : node.outgoing) {
      const model::SequenceFlow& flow = model.flows[f];
      if (flow.target == model::no_index) continue;
      const model::Node& target = model.nodes[flow.target];
      if (target.kind != NodeKind::intermediate_catch_event &&
          target.kind != NodeKind::receive_task)
        findings.add(check::Severity::error, "event-gateway-target", flow.id, flow.location,
                     {"sequence flow '" + flow.id + "' leads from " + what.en + " to " +
                          kind_and_name(target).en +
                          "; an event-based gateway may only lead to intermediate catch events "
                          "or receive tasks",
                      "顺序流“" + flow.id + "”从" + what.zh + "通往" + kind_and_name(target).zh +
                          "；事件网关只能通往中间捕获事件或接收任务"});
    }
  }
}

}  // namespace seamless::plugins::structure
