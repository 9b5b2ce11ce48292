// Rules on how nodes are connected: every node reachable by and leaving through sequence flows
// (with BPMN's exceptions), flows that stay inside one (sub)process, message flows between
// different pools.
#include <algorithm>

#include "rules.hpp"

namespace seamless::plugins::structure {

using model::EventDefinitionKind;
using model::no_index;
using model::NodeKind;

namespace {

bool has_definition(const model::Node& node, EventDefinitionKind kind) {
  return std::any_of(node.event_definitions.begin(), node.event_definitions.end(),
                     [&](const model::EventDefinition& d) { return d.kind == kind; });
}

// Activities of ad-hoc subprocesses, compensation handlers and event subprocesses are not
// connected by sequence flows.
bool free_standing(const Model& model, const model::Node& node) {
  if (node.for_compensation) return true;
  if (model::is_subprocess(node.kind) && node.triggered_by_event) return true;
  return node.parent != no_index && model.nodes[node.parent].kind == NodeKind::ad_hoc_sub_process;
}

// A scope (process level or subprocess) without start event starts every node without
// incoming flow (BPMN 2.0 section 10.5.2); the missing start event is reported on its own.
bool started_implicitly(const Model& model, const model::Node& node) {
  const std::vector<model::Index>& siblings = node.parent == no_index
                                                  ? model.processes[node.process].nodes
                                                  : model.nodes[node.parent].children;
  return std::none_of(siblings.begin(), siblings.end(), [&](model::Index s) {
    return model.nodes[s].parent == node.parent && model.nodes[s].kind == NodeKind::start_event;
  });
}

}  // namespace

void check_node_connections(const Model& model, Findings& findings) {
  for (const model::Node& node : model.nodes) {
    const bool link_catch = node.kind == NodeKind::intermediate_catch_event &&
                            has_definition(node, EventDefinitionKind::link);
    const bool link_throw = node.kind == NodeKind::intermediate_throw_event &&
                            has_definition(node, EventDefinitionKind::link);
    const bool compensation_boundary = node.kind == NodeKind::boundary_event &&
                                       has_definition(node, EventDefinitionKind::compensate);
    if (node.kind == NodeKind::start_event && !node.incoming.empty()) {
      findings.add(check::Severity::error, "start-event-with-incoming", node.id, node.location,
                   {"start event " + describe(node) + " has an incoming sequence flow",
                    "开始事件" + describe_zh(node) + "有入口顺序流"});
    } else if (node.kind == NodeKind::boundary_event && !node.incoming.empty()) {
      findings.add(check::Severity::error, "boundary-event-with-incoming", node.id, node.location,
                   {"boundary event " + describe(node) + " has an incoming sequence flow",
                    "边界事件" + describe_zh(node) + "有入口顺序流"});
    } else if (node.incoming.empty() && node.kind != NodeKind::start_event &&
               node.kind != NodeKind::boundary_event && !link_catch &&
               !free_standing(model, node) && !started_implicitly(model, node)) {
      findings.add(
          check::Severity::error, "node-without-incoming", node.id, node.location,
          {kind_and_name(node).en + " has no incoming sequence flow: it can never be reached",
           kind_and_name(node).zh + "没有入口顺序流：永远不可达"});
    }
    if (node.kind == NodeKind::end_event && !node.outgoing.empty()) {
      findings.add(check::Severity::error, "end-event-with-outgoing", node.id, node.location,
                   {"end event " + describe(node) + " has an outgoing sequence flow",
                    "结束事件" + describe_zh(node) + "有出口顺序流"});
    } else if (node.outgoing.empty() && node.kind != NodeKind::end_event && !link_throw &&
               !compensation_boundary && !free_standing(model, node)) {
      findings.add(check::Severity::error, "node-without-outgoing", node.id, node.location,
                   {kind_and_name(node).en +
                        " has no outgoing sequence flow: the process cannot go on from it",
                    kind_and_name(node).zh + "没有出口顺序流：流程到此无法继续"});
    }
  }
}

void check_flow_scopes(const Model& model, Findings& findings) {
  for (const model::SequenceFlow& flow : model.flows) {
    if (flow.source == no_index || flow.target == no_index) continue;
    const model::Node& source = model.nodes[flow.source];
    const model::Node& target = model.nodes[flow.target];
    if (source.process != target.process) {
      const std::string& from = model.processes[source.process].id;
      const std::string& to = model.processes[target.process].id;
      findings.add(check::Severity::error, "flow-crosses-pool", flow.id, flow.location,
                   {"sequence flow '" + flow.id + "' connects " + describe(source) +
                        " of process '" + from + "' to " + describe(target) + " of process '" + to +
                        "'; use a message flow between pools",
                    "顺序流“" + flow.id + "”把流程“" + from + "”的" + describe_zh(source) +
                        "连到流程“" + to + "”的" + describe_zh(target) + "；池之间应使用消息流"});
    } else if (source.parent != target.parent || source.parent != flow.scope) {
      auto where = [&](const model::Node& n) {
        return n.parent == no_index ? std::string("at process level")
                                    : "inside subprocess '" + model.nodes[n.parent].id + "'";
      };
      auto where_zh = [&](const model::Node& n) {
        return n.parent == no_index ? std::string("在流程层级")
                                    : "在子流程“" + model.nodes[n.parent].id + "”内";
      };
      findings.add(
          check::Severity::error, "flow-crosses-subprocess", flow.id, flow.location,
          {"sequence flow '" + flow.id + "' connects " + describe(source) + " (" + where(source) +
               ") to " + describe(target) + " (" + where(target) +
               "); sequence flows cannot cross a subprocess boundary",
           "顺序流“" + flow.id + "”把" + describe_zh(source) + "（" + where_zh(source) + "）连到" +
               describe_zh(target) + "（" + where_zh(target) + "）；顺序流不能跨越子流程边界"});
    }
  }
}

void check_message_flows(const Model& model, Findings& findings) {
  // The pool of an endpoint: its process, or the participant itself for a black-box pool.
  auto pool_of = [&](const model::FlowEndpoint& e) -> std::pair<int, model::Index> {
    if (e.node != no_index) return {0, model.nodes[e.node].process};
    if (e.participant != no_index) {
      const model::Participant& p = model.participants[e.participant];
      return p.process != no_index ? std::pair<int, model::Index>{0, p.process}
                                   : std::pair<int, model::Index>{1, e.participant};
    }
    return {2, no_index};
  };
  for (const model::MessageFlow& flow : model.message_flows) {
    const auto source = pool_of(flow.source);
    const auto target = pool_of(flow.target);
    if (source.first == 2 || target.first == 2) continue;  // dangling: a loader error
    if (source == target)
      findings.add(check::Severity::error, "message-flow-same-pool", flow.id, flow.location,
                   {"message flow '" + flow.id +
                        "' connects two elements of the same pool; use a sequence flow",
                    "消息流“" + flow.id + "”连接了同一个池中的两个元素；应使用顺序流"});
  }
}

}  // namespace seamless::plugins::structure
