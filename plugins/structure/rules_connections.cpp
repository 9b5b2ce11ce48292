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
                   "start event " + describe(node) + " has an incoming sequence flow");
    } else if (node.kind == NodeKind::boundary_event && !node.incoming.empty()) {
      findings.add(check::Severity::error, "boundary-event-with-incoming", node.id, node.location,
                   "boundary event " + describe(node) + " has an incoming sequence flow");
    } else if (node.incoming.empty() && node.kind != NodeKind::start_event &&
               node.kind != NodeKind::boundary_event && !link_catch &&
               !free_standing(model, node)) {
      findings.add(check::Severity::error, "node-without-incoming", node.id, node.location,
                   std::string(model::to_string(node.kind)) + " " + describe(node) +
                       " has no incoming sequence flow: it can never be reached");
    }
    if (node.kind == NodeKind::end_event && !node.outgoing.empty()) {
      findings.add(check::Severity::error, "end-event-with-outgoing", node.id, node.location,
                   "end event " + describe(node) + " has an outgoing sequence flow");
    } else if (node.outgoing.empty() && node.kind != NodeKind::end_event && !link_throw &&
               !compensation_boundary && !free_standing(model, node)) {
      findings.add(check::Severity::error, "node-without-outgoing", node.id, node.location,
                   std::string(model::to_string(node.kind)) + " " + describe(node) +
                       " has no outgoing sequence flow: the process cannot go on from it");
    }
  }
}

void check_flow_scopes(const Model& model, Findings& findings) {
  for (const model::SequenceFlow& flow : model.flows) {
    if (flow.source == no_index || flow.target == no_index) continue;
    const model::Node& source = model.nodes[flow.source];
    const model::Node& target = model.nodes[flow.target];
    if (source.process != target.process) {
      findings.add(check::Severity::error, "flow-crosses-pool", flow.id, flow.location,
                   "sequence flow '" + flow.id + "' connects " + describe(source) +
                       " of process '" + model.processes[source.process].id + "' to " +
                       describe(target) + " of process '" + model.processes[target.process].id +
                       "'; use a message flow between pools");
    } else if (source.parent != target.parent || source.parent != flow.scope) {
      auto where = [&](const model::Node& n) {
        return n.parent == no_index ? std::string("at process level")
                                    : "inside subprocess '" + model.nodes[n.parent].id + "'";
      };
      findings.add(check::Severity::error, "flow-crosses-subprocess", flow.id, flow.location,
                   "sequence flow '" + flow.id + "' connects " + describe(source) + " (" +
                       where(source) + ") to " + describe(target) + " (" + where(target) +
                       "); sequence flows cannot cross a subprocess boundary");
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
                   "message flow '" + flow.id +
                       "' connects two elements of the same pool; use a sequence flow");
  }
}

}  // namespace seamless::plugins::structure
