// Model -> Net: event subprocesses (spec/properties.md, "Execution semantics"; BPMN 2.0
// section 10.2.5, 10.3.5 in 2.0.2), errors and escalations they catch, and link events.
//
// While its parent scope is active (some token of the parent outside event subprocesses), the
// start event of an event subprocess may fire: a message start on a message (from a channel, or
// from outside the model), timer, signal and conditional starts at any time. An interrupting one
// first empties the parent scope; a non-interrupting one runs beside it, once per activation
// for a timer without cycle, else whenever it is not already running (one instance at a time).
// Error and escalation starts fire when a matching end event inside the parent is reached.
#include <algorithm>

#include "builder.hpp"

namespace seamless::semantics::detail {

using model::EventDefinitionKind;
using model::Index;
using model::no_index;
using model::NodeKind;

namespace {

bool triggered_by_throw(const model::Node& start) {
  return has_definition(start, EventDefinitionKind::error) ||
         has_definition(start, EventDefinitionKind::escalation);
}

bool is_inside(const model::Model& m, Index node, Index container) {
  for (Index p = m.nodes[node].parent; p != no_index; p = m.nodes[p].parent)
    if (p == container) return true;
  return false;
}

std::vector<Index> start_events_of(const model::Model& m, Index event_subprocess) {
  std::vector<Index> starts;
  for (Index c : m.nodes[event_subprocess].children)
    if (m.nodes[c].kind == NodeKind::start_event) starts.push_back(c);
  return starts;
}

// Link names are compared with white space collapsed: "Intermediate Event\nLink" and
// "Intermediate Event Link" name the same link.
std::string link_name(const model::Node& n) {
  for (const auto& d : n.event_definitions)
    if (d.kind == EventDefinitionKind::link) return collapse_spaces(d.ref.empty() ? n.name : d.ref);
  return {};
}

}  // namespace

bool Builder::inside_event_subprocess_scope(PlaceIndex p, std::uint32_t scope) const {
  for (std::uint32_t s = net.places[p].scope; s != none && s != scope; s = net.scopes[s].parent) {
    const Index node = net.scopes[s].node;
    if (node != no_index && model.nodes[node].triggered_by_event &&
        net.instances[net.scopes[s].instance].call != node)
      return true;
  }
  return false;
}

void Builder::translate_event_subprocess(std::uint32_t instance, Index node) {
  const model::Node& esp = model.nodes[node];
  const std::uint32_t parent = scope_of(instance, node);
  const std::uint32_t own = scopes_.count({instance, node}) ? scopes_.at({instance, node}) : none;
  const std::vector<Index> starts = start_events_of(model, node);
  if (own == none || starts.empty()) {
    untranslatable(esp.process, esp.id,
                   {"event subprocess '" + esp.id + "' has no start event",
                    "事件子流程“" + esp.id + "”没有开始事件"},
                   esp.location);
    return;
  }
  for (Index s : starts) {
    const model::Node& start = model.nodes[s];
    if (triggered_by_throw(start)) continue;  // fired by the throwing end event (translate_end)
    if (start.event_definitions.empty()) {
      untranslatable(
          esp.process, start.id,
          {"the start event '" + start.id + "' of event subprocess '" + esp.id + "' has no trigger",
           "事件子流程“" + esp.id + "”的开始事件“" + start.id + "”没有触发条件"},
          start.location);
      continue;
    }
    const bool once = !start.interrupting && !has_timer_cycle(start) &&
                      has_definition(start, EventDefinitionKind::timer) &&
                      start.event_definitions.size() == 1;
    const PlaceIndex flag = once ? history_place(PlaceKind::fired, instance, node) : none;
    const bool message = has_definition(start, EventDefinitionKind::message);
    const auto sends = outgoing_messages(instance, s);
    for (const auto& receive :
         message ? receive_alternatives(instance, s) : std::vector<std::vector<PlaceIndex>>{{}})
      for (const Alternative& out : outputs(instance, s, false)) {
        Transition t;
        t.kind = TransitionKind::event_subprocess;
        t.node = s;
        t.instance = instance;
        t.scope = own;
        t.consume = receive;
        t.produce = places_of(instance, out.flows);
        t.produce.insert(t.produce.end(), sends.begin(), sends.end());
        t.guard = out.guard;
        if (flag != none) {
          t.inhibit.push_back(flag);
          t.produce.push_back(flag);
        }
        t.label = esp.id + ":" + start.id;
        const TransitionIndex ti = add(std::move(t));
        defer(ti, parent, Fill::require_tokens);
        if (start.interrupting) {
          defer(ti, parent, Fill::reset_all);
        } else {
          defer(ti, own, Fill::reset_history);
          if (flag == none) defer(ti, own, Fill::inhibit_tokens);
        }
      }
  }
}

Index Builder::catching_event_start(std::uint32_t scope, Index thrower, EventDefinitionKind kind,
                                    const std::string& ref) const {
  const Scope& sc = net.scopes[scope];
  const bool instance_level = instance_scope_[sc.instance] == scope;
  const Index container = instance_level ? no_index : sc.node;
  const std::vector<Index>& nodes =
      instance_level ? model.processes[sc.process].nodes : model.nodes[container].children;
  for (Index n : nodes) {
    const model::Node& esp = model.nodes[n];
    if (!esp.triggered_by_event || esp.parent != container) continue;
    if (is_inside(model, thrower, n)) continue;  // a throw inside it goes further out
    for (Index s : start_events_of(model, n))
      if (catches(model.nodes[s], kind, ref)) return s;
  }
  return no_index;
}

void Builder::translate_caught_throw(std::uint32_t instance, Index thrower, Index start,
                                     std::uint32_t scope, const std::vector<PlaceIndex>& ins) {
  const model::Node& n = model.nodes[thrower];
  const model::Node& s = model.nodes[start];
  const Index esp = s.parent;
  const std::uint32_t own = scopes_.at({net.scopes[scope].instance, esp});
  const std::uint32_t at = net.scopes[scope].instance;
  const auto sends = outgoing_messages(instance, thrower);
  for (PlaceIndex in : ins)
    for (const Alternative& out : outputs(at, start, false)) {
      Transition t;
      t.kind = TransitionKind::event_subprocess;
      t.node = start;
      t.instance = at;
      t.scope = own;
      t.consume = {in};
      t.produce = places_of(at, out.flows);
      t.produce.insert(t.produce.end(), sends.begin(), sends.end());
      t.guard = out.guard;
      t.label = n.id + "->" + model.nodes[esp].id;
      const TransitionIndex ti = add(std::move(t));
      // Errors always interrupt (BPMN 2.0 section 10.5.6); escalations as the start says.
      if (s.interrupting || has_definition(s, EventDefinitionKind::error)) {
        defer(ti, scope, Fill::reset_all);
      } else {
        defer(ti, own, Fill::reset_history);
      }
    }
}

Index Builder::link_target(Index thrower) const {
  const model::Node& n = model.nodes[thrower];
  const std::string name = link_name(n);
  std::vector<Index> catches;
  for (Index c : model.processes[n.process].nodes) {
    const model::Node& cn = model.nodes[c];
    if (cn.kind == NodeKind::intermediate_catch_event && cn.parent == n.parent &&
        has_definition(cn, EventDefinitionKind::link))
      catches.push_back(c);
  }
  for (Index c : catches)
    if (link_name(model.nodes[c]) == name) return c;
  // Unnamed or misnamed pairs: one catching link in the scope is the only place to continue.
  return catches.size() == 1 ? catches.front() : no_index;
}

}  // namespace seamless::semantics::detail
