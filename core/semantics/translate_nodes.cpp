// Model -> Net: the transitions of each BPMN node kind (spec/properties.md, "Execution
// semantics"), and the driver that translates every instance of every process.
#include <algorithm>
#include <set>

#include "builder.hpp"

namespace seamless::semantics::detail {

using model::EventDefinitionKind;
using model::Index;
using model::no_index;
using model::NodeKind;

namespace {

template <class T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

bool Builder::implicit_start(Index node) const {
  const model::Node& n = model.nodes[node];
  if (!n.incoming.empty() || n.kind == NodeKind::start_event ||
      n.kind == NodeKind::boundary_event || n.for_compensation || n.triggered_by_event)
    return false;
  if (n.kind == NodeKind::intermediate_catch_event && has_definition(n, EventDefinitionKind::link))
    return false;
  // Only where the enclosing scope has no start event.
  const std::vector<Index>& siblings =
      n.parent == no_index ? model.processes[n.process].nodes : model.nodes[n.parent].children;
  for (Index s : siblings)
    if (model.nodes[s].parent == n.parent && model.nodes[s].kind == NodeKind::start_event)
      return false;
  return true;
}

std::vector<PlaceIndex> Builder::inputs(std::uint32_t instance, Index node) {
  const model::Node& n = model.nodes[node];
  if (implicit_start(node)) return {node_place(PlaceKind::implicit, instance, node)};
  return places_of(instance, n.incoming);
}

void Builder::translate_start(std::uint32_t instance, Index node) {
  const model::Node& n = model.nodes[node];
  const PlaceIndex ready = ready_place(instance);
  const bool message_start = has_definition(n, EventDefinitionKind::message);
  for (const auto& receive : message_start ? receive_alternatives(instance, node)
                                           : std::vector<std::vector<PlaceIndex>>{{}}) {
    for (const Alternative& out : outputs(instance, node, false)) {
      Transition t;
      t.kind = TransitionKind::start;
      t.node = node;
      t.instance = instance;
      t.scope = scope_of(instance, node);
      // A copy of a process that messages instantiate starts on the message alone.
      if (receive.empty() || net.instances[instance].group == none) t.consume = {ready};
      append(t.consume, receive);
      t.produce = places_of(instance, out.flows);
      append(t.produce, outgoing_messages(instance, node));
      t.guard = out.guard;
      t.label = n.id;
      start_copy_when_idle(add(std::move(t)), instance);
    }
  }
}

void Builder::translate_activity(std::uint32_t instance, Index node) {
  const model::Node& n = model.nodes[node];
  const auto outs = outputs(instance, node, false);
  const auto receives = n.kind == NodeKind::receive_task ? receive_alternatives(instance, node)
                                                         : std::vector<std::vector<PlaceIndex>>{{}};
  const auto sends = outgoing_messages(instance, node);
  const auto ins = inputs(instance, node);
  const std::uint32_t scope = scope_of(instance, node);
  auto finishing = [&](Transition& t, const std::vector<PlaceIndex>& receive,
                       const Alternative& out) {
    append(t.consume, receive);
    t.produce = places_of(instance, out.flows);
    append(t.produce, sends);
    t.guard = out.guard;
    add_setter(t, node);
  };
  if (n.boundary_events.empty()) {
    for (PlaceIndex in : ins)
      for (const auto& receive : receives)
        for (const Alternative& out : outs) {
          Transition t;
          t.kind = TransitionKind::node;
          t.node = node;
          t.instance = instance;
          t.scope = scope;
          t.consume = {in};
          t.executes_activity = true;
          t.label = n.id;
          finishing(t, receive, out);
          add(std::move(t));
        }
    return;
  }
  const PlaceIndex active = node_place(PlaceKind::active, instance, node);
  for (PlaceIndex in : ins) {
    Transition t;
    t.kind = TransitionKind::begin;
    t.node = node;
    t.instance = instance;
    t.scope = scope;
    t.consume = {in};
    t.produce = {active};
    t.executes_activity = true;
    t.label = n.id + ":begin";
    add(std::move(t));
  }
  for (const auto& receive : receives)
    for (const Alternative& out : outs) {
      Transition t;
      t.kind = TransitionKind::finish;
      t.node = node;
      t.instance = instance;
      t.scope = scope;
      t.consume = {active};
      t.label = n.id + ":finish";
      finishing(t, receive, out);
      add(std::move(t));
    }
  translate_boundaries(instance, node, active, none);
}

void Builder::translate_boundaries(std::uint32_t instance, Index node, PlaceIndex holder,
                                   std::uint32_t inner_scope) {
  const model::Node& activity = model.nodes[node];
  std::vector<PlaceIndex> once;  // flags of non-interrupting events that fire once
  for (Index b : activity.boundary_events) {
    const model::Node& be = model.nodes[b];
    if (has_definition(be, EventDefinitionKind::compensate)) continue;  // not normal flow
    // Errors and escalations of a subprocess come from its inner end events (translate_end).
    if (inner_scope != none && (has_definition(be, EventDefinitionKind::error) ||
                                has_definition(be, EventDefinitionKind::escalation)))
      continue;
    const bool message = has_definition(be, EventDefinitionKind::message);
    // A non-interrupting event fires at most once per activation, except a timer cycle.
    const bool cycle = has_timer_cycle(be);
    PlaceIndex flag = none;
    if (!be.cancel_activity && !cycle) {
      flag = node_place(PlaceKind::fired, instance, b);
      once.push_back(flag);
    }
    for (const auto& receive :
         message ? receive_alternatives(instance, b) : std::vector<std::vector<PlaceIndex>>{{}})
      for (const Alternative& out : outputs(instance, b, false)) {
        Transition t;
        t.kind = TransitionKind::boundary;
        t.node = b;
        t.instance = instance;
        t.scope = scope_of(instance, node);
        t.consume = {holder};
        append(t.consume, receive);
        t.produce = places_of(instance, out.flows);
        append(t.produce, outgoing_messages(instance, b));
        if (!be.cancel_activity) t.produce.push_back(holder);
        if (flag != none) {
          t.inhibit.push_back(flag);
          t.produce.push_back(flag);
        }
        t.guard = out.guard;
        t.label = be.id;
        const TransitionIndex ti = add(std::move(t));
        if (be.cancel_activity && inner_scope != none) defer(ti, inner_scope, Fill::reset_all);
      }
  }
  // The flags clear whenever the activation ends (completion or interruption): see finish().
  if (!once.empty()) once_flags_.push_back({holder, once});
}

void Builder::translate_scope(std::uint32_t instance, Index node, std::uint32_t inner_scope,
                              const std::vector<Index>& starts,
                              const std::vector<Index>& implicit_nodes,
                              std::uint32_t inner_instance) {
  const model::Node& n = model.nodes[node];
  const PlaceIndex holder = node_place(PlaceKind::scope, instance, node);
  const std::uint32_t scope = scope_of(instance, node);
  // Entering: one alternative per inner start event (or all implicit starts at once).
  std::vector<Alternative> entries;
  for (Index s : starts)
    for (const Alternative& a : outputs(inner_instance, s, false)) entries.push_back(a);
  std::vector<PlaceIndex> implicit;
  for (Index i : implicit_nodes)
    implicit.push_back(node_place(PlaceKind::implicit, inner_instance, i));
  if (starts.empty()) entries.push_back({});
  for (PlaceIndex in : inputs(instance, node))
    for (const Alternative& entry : entries) {
      Transition t;
      t.kind = TransitionKind::enter;
      t.node = node;
      t.instance = instance;
      t.scope = scope;
      t.consume = {in};
      t.produce = {holder};
      append(t.produce, places_of(inner_instance, entry.flows));
      if (starts.empty()) append(t.produce, implicit);
      t.guard = entry.guard;
      t.executes_activity = true;
      t.label = n.id + ":enter";
      add(std::move(t));
    }
  const auto sends = outgoing_messages(instance, node);
  for (const auto& receive : std::vector<std::vector<PlaceIndex>>{{}})
    for (const Alternative& out : outputs(instance, node, false)) {
      Transition t;
      t.kind = TransitionKind::leave;
      t.node = node;
      t.instance = instance;
      t.scope = scope;
      t.consume = {holder};
      append(t.consume, receive);
      t.produce = places_of(instance, out.flows);
      append(t.produce, sends);
      t.guard = out.guard;
      t.label = n.id + ":leave";
      add_setter(t, node);
      const TransitionIndex ti = add(std::move(t));
      defer(ti, inner_scope, Fill::inhibit_tokens);
      defer(ti, inner_scope, Fill::reset_history);
    }
  translate_boundaries(instance, node, holder, inner_scope);
}

void Builder::translate_end(std::uint32_t instance, Index node) {
  const model::Node& n = model.nodes[node];
  const std::uint32_t scope = scope_of(instance, node);
  const auto sends = outgoing_messages(instance, node);
  const auto ins = inputs(instance, node);
  if (has_definition(n, EventDefinitionKind::terminate)) {
    for (PlaceIndex in : ins) {
      Transition t;
      t.kind = TransitionKind::terminate;
      t.node = node;
      t.instance = instance;
      t.scope = scope;
      t.consume = {in};
      t.produce = sends;
      t.label = n.id;
      defer(add(std::move(t)), scope, Fill::reset_all);
    }
    return;
  }
  // An error or escalation end event inside a subprocess triggers the matching boundary event.
  const bool error = has_definition(n, EventDefinitionKind::error);
  const bool escalation = has_definition(n, EventDefinitionKind::escalation);
  if (error || escalation) {
    const EventDefinitionKind kind =
        error ? EventDefinitionKind::error : EventDefinitionKind::escalation;
    std::string ref;
    for (const auto& d : n.event_definitions)
      if (d.kind == kind) ref = d.ref;
    for (std::uint32_t s = scope; s != none; s = net.scopes[s].parent) {
      // First an event subprocess of the scope, then a boundary event of its activity.
      if (const Index start = catching_event_start(s, node, kind, ref); start != no_index) {
        translate_caught_throw(instance, node, start, s, ins);
        return;
      }
      const Index holder_node = net.scopes[s].node;
      if (holder_node == no_index) break;
      for (Index b : model.nodes[holder_node].boundary_events) {
        const model::Node& be = model.nodes[b];
        if (!catches(be, kind, ref)) continue;
        const std::uint32_t holder_instance =
            net.scopes[s].node == net.instances[net.scopes[s].instance].call
                ? net.instances[net.scopes[s].instance].parent
                : net.scopes[s].instance;
        const PlaceIndex holder = node_place(PlaceKind::scope, holder_instance, holder_node);
        for (PlaceIndex in : ins)
          for (const Alternative& out : outputs(holder_instance, b, false)) {
            Transition t;
            t.kind = TransitionKind::boundary;
            t.node = b;
            t.instance = holder_instance;
            t.scope = scope_of(holder_instance, holder_node);
            t.consume = {in, holder};
            t.produce = places_of(holder_instance, out.flows);
            append(t.produce, sends);
            if (!be.cancel_activity) t.produce.push_back(holder);
            t.guard = out.guard;
            t.label = n.id + "->" + be.id;
            const TransitionIndex ti = add(std::move(t));
            if (be.cancel_activity) defer(ti, s, Fill::reset_all);
          }
        return;
      }
    }
  }
  // The end event's `ended` flag: a second token reaching it in the same activation of its
  // scope is an improper completion (spec/properties.md, proper-completion).
  const PlaceIndex ended = history_place(PlaceKind::ended, instance, node);
  for (PlaceIndex in : ins) {
    Transition t;
    t.kind = TransitionKind::end;
    t.node = node;
    t.instance = instance;
    t.scope = scope;
    t.consume = {in};
    t.produce = sends;
    t.produce.push_back(ended);
    t.label = n.id;
    add(std::move(t));
  }
}

void Builder::translate_intermediate(std::uint32_t instance, Index node) {
  const model::Node& n = model.nodes[node];
  std::vector<Alternative> outs;
  Index target = node;
  if (n.kind == NodeKind::intermediate_throw_event &&
      has_definition(n, EventDefinitionKind::link)) {
    target = link_target(node);
    if (target == no_index) {
      untranslatable(n.process, n.id,
                     {"link event '" + n.id + "' has no matching catching link",
                      "链接事件“" + n.id + "”没有对应的捕获链接"},
                     n.location);
      return;
    }
  } else if (n.kind == NodeKind::intermediate_catch_event &&
             has_definition(n, EventDefinitionKind::link)) {
    return;  // entered from its throwing link
  }
  outs = outputs(instance, target, false);
  const bool message_catch = n.kind == NodeKind::intermediate_catch_event &&
                             has_definition(n, EventDefinitionKind::message);
  const auto receives = message_catch ? receive_alternatives(instance, node)
                                      : std::vector<std::vector<PlaceIndex>>{{}};
  const auto sends = outgoing_messages(instance, node);
  for (PlaceIndex in : inputs(instance, node))
    for (const auto& receive : receives)
      for (const Alternative& out : outs) {
        Transition t;
        t.kind = TransitionKind::node;
        t.node = node;
        t.instance = instance;
        t.scope = scope_of(instance, node);
        t.consume = {in};
        append(t.consume, receive);
        t.produce = places_of(instance, out.flows);
        append(t.produce, sends);
        t.guard = out.guard;
        t.label = n.id;
        add(std::move(t));
      }
}

void Builder::translate_event_choice(std::uint32_t instance, Index node) {
  const model::Node& gateway = model.nodes[node];
  const auto ins = inputs(instance, node);
  for (Index f : gateway.outgoing) {
    const Index e = model.flows[f].target;
    if (e == no_index) continue;
    const model::Node& event = model.nodes[e];
    const bool waits_for_message =
        event.kind == NodeKind::receive_task || has_definition(event, EventDefinitionKind::message);
    const auto receives = waits_for_message ? receive_alternatives(instance, e)
                                            : std::vector<std::vector<PlaceIndex>>{{}};
    const auto sends = outgoing_messages(instance, e);
    for (PlaceIndex in : ins)
      for (const auto& receive : receives)
        for (const Alternative& out : outputs(instance, e, false)) {
          Transition t;
          t.kind = TransitionKind::event_choice;
          t.node = e;
          t.flow = f;
          t.instance = instance;
          t.scope = scope_of(instance, node);
          t.consume = {in};
          append(t.consume, receive);
          t.produce = places_of(instance, out.flows);
          append(t.produce, sends);
          t.guard = out.guard;
          t.executes_activity = model::is_activity(event.kind);
          t.label = gateway.id + "->" + event.id;
          add_setter(t, e);
          add(std::move(t));
        }
  }
}

namespace {
// Whether the scope of `node` (its process level or subprocess) has an end event.
bool scope_has_end_event(const model::Model& m, Index node) {
  const model::Node& n = m.nodes[node];
  const std::vector<Index>& siblings =
      n.parent == no_index ? m.processes[n.process].nodes : m.nodes[n.parent].children;
  return std::any_of(siblings.begin(), siblings.end(), [&](Index s) {
    return m.nodes[s].parent == n.parent && m.nodes[s].kind == NodeKind::end_event;
  });
}
}  // namespace

void Builder::translate_gateway(std::uint32_t instance, Index node) {
  const model::Node& n = model.nodes[node];
  const auto ins = inputs(instance, node);
  // A gateway without incoming flow (in a scope with start events) never gets a token. One
  // without outgoing flow ends its path only where its scope has no end event (BPMN 2.0.2
  // section 10.5.3); elsewhere it has nowhere to put its token, which stays there.
  if (ins.empty()) return;
  if (n.outgoing.empty() && scope_has_end_event(model, node)) return;
  auto make = [&](TransitionKind kind) {
    Transition t;
    t.kind = kind;
    t.node = node;
    t.instance = instance;
    t.scope = scope_of(instance, node);
    t.label = n.id;
    return t;
  };
  switch (n.kind) {
    case NodeKind::exclusive_gateway:
      for (PlaceIndex in : ins)
        for (const Alternative& out : outputs(instance, node, true)) {
          Transition t = make(TransitionKind::node);
          t.consume = {in};
          t.produce = places_of(instance, out.flows);
          t.guard = out.guard;
          if (out.flows.size() == 1) {
            t.flow = out.flows[0];
            t.label += "->" + model.flows[out.flows[0]].id;
          }
          add(std::move(t));
        }
      return;
    case NodeKind::parallel_gateway: {
      Transition t = make(TransitionKind::node);
      t.consume = ins;
      t.produce = places_of(instance, n.outgoing);
      add(std::move(t));
      return;
    }
    case NodeKind::inclusive_gateway: {
      std::uint32_t join = none;
      if (ins.size() > 1) {
        net.or_joins.push_back({ins, {}});
        join = static_cast<std::uint32_t>(net.or_joins.size() - 1);
      }
      for (const Alternative& out : outputs(instance, node, false)) {
        if (join != none) {
          Transition t = make(TransitionKind::node);
          t.or_join = join;
          t.produce = places_of(instance, out.flows);
          t.guard = out.guard;
          add(std::move(t));
          continue;
        }
        for (PlaceIndex in : ins) {
          Transition t = make(TransitionKind::node);
          t.consume = {in};
          t.produce = places_of(instance, out.flows);
          t.guard = out.guard;
          add(std::move(t));
        }
      }
      return;
    }
    case NodeKind::event_based_gateway:
      translate_event_choice(instance, node);
      return;
    default:
      untranslatable(n.process, n.id,
                     {std::string(to_string(n.kind)) + " '" + n.id + "' is not supported",
                      "不支持" + std::string(model::name_zh(n.kind)) + "“" + n.id + "”"},
                     n.location);
  }
}

void Builder::translate_instance(std::uint32_t instance) {
  const Index process = net.instances[instance].process;
  const model::Process& p = model.processes[process];
  for (const model::UnsupportedElement& u : p.unsupported)
    untranslatable(
        process, u.id,
        {u.type + " '" + u.id + "' is not supported", "不支持元素 " + u.type + "“" + u.id + "”"},
        u.location);
  const bool top = net.instances[instance].call == no_index;
  bool has_start = false;
  for (Index node : p.nodes) {
    const model::Node& n = model.nodes[node];
    if (n.kind == NodeKind::start_event && n.parent == no_index) has_start = true;
    translate_node(instance, node);
  }
  if (top && !has_start) {
    // BPMN: without start events every node without incoming flows starts.
    Transition t;
    t.kind = TransitionKind::start;
    t.instance = instance;
    t.scope = instance_scope_[instance];
    t.consume = {ready_place(instance)};
    for (Index node : p.nodes)
      if (model.nodes[node].parent == no_index && implicit_start(node))
        t.produce.push_back(node_place(PlaceKind::implicit, instance, node));
    t.label = "start:" + p.id;
    start_copy_when_idle(add(std::move(t)), instance);
  }
}

void Builder::translate_node(std::uint32_t instance, Index node) {
  const model::Node& n = model.nodes[node];
  const bool top = net.instances[instance].call == no_index;
  switch (n.kind) {
    case NodeKind::start_event:
      // Inner start events (and those of inlined processes) are entered by their scope.
      if (n.parent == no_index && top) translate_start(instance, node);
      return;
    case NodeKind::end_event:
      translate_end(instance, node);
      return;
    case NodeKind::intermediate_catch_event:
    case NodeKind::intermediate_throw_event:
      translate_intermediate(instance, node);
      return;
    case NodeKind::boundary_event:
      return;  // with its activity
    case NodeKind::exclusive_gateway:
    case NodeKind::parallel_gateway:
    case NodeKind::inclusive_gateway:
    case NodeKind::event_based_gateway:
    case NodeKind::complex_gateway:
      translate_gateway(instance, node);
      return;
    default:
      break;
  }
  if (n.for_compensation) return;  // runs only on compensation, outside normal flow
  if (n.triggered_by_event) {
    translate_event_subprocess(instance, node);
    return;
  }
  if ((n.kind == NodeKind::sub_process || n.kind == NodeKind::transaction) && !n.children.empty()) {
    std::vector<Index> starts, implicit;
    for (Index c : n.children) {
      if (model.nodes[c].kind == NodeKind::start_event && !model.nodes[c].triggered_by_event)
        starts.push_back(c);
      else if (implicit_start(c))
        implicit.push_back(c);
    }
    translate_scope(instance, node, scopes_.at({instance, node}), starts, implicit, instance);
    return;
  }
  if (n.kind == NodeKind::call_activity && n.called_process != no_index) {
    const model::Process& called = model.processes[n.called_process];
    if (on_call_chain(instance, n.called_process)) {
      untranslatable(n.process, n.id,
                     {"call activity '" + n.id + "' calls process '" + called.id + "' recursively",
                      "调用活动“" + n.id + "”递归调用流程“" + called.id + "”"},
                     n.location);
      return;
    }
    const std::uint32_t inner =
        make_instance(n.called_process, node, instance, scope_of(instance, node));
    std::vector<Index> starts, implicit;
    for (Index c : called.nodes) {
      if (model.nodes[c].parent != no_index) continue;
      if (model.nodes[c].kind == NodeKind::start_event)
        starts.push_back(c);
      else if (implicit_start(c))
        implicit.push_back(c);
    }
    translate_scope(instance, node, instance_scope_[inner], starts, implicit, inner);
    translate_instance(inner);
    return;
  }
  translate_activity(instance, node);
}

void Builder::build() {
  std::set<Index> called;
  for (const model::Node& n : model.nodes)
    if (n.kind == NodeKind::call_activity && n.called_process != no_index)
      called.insert(n.called_process);
  std::vector<Index> top_processes;
  for (Index p = 0; p < model.processes.size(); ++p) {
    if (model.processes[p].nodes.empty()) continue;
    if (called.count(p) && model.processes[p].participant == no_index) continue;
    top_processes.push_back(p);
  }
  std::vector<std::uint32_t> top;
  for (Index p : top_processes) {
    if (!instantiated_by_message(p, top_processes)) {
      top.push_back(make_instance(p, no_index, none, none));
      continue;
    }
    const auto group = std::uint32_t(net.instance_groups.size());
    net.instance_groups.push_back({});
    net.instance_groups.back().process = p;
    const std::uint32_t copies =
        std::max(1u, p < options.instances.size() ? options.instances[p] : 1u);
    for (std::uint32_t c = 0; c < copies; ++c) {
      const std::uint32_t id = make_instance(p, no_index, none, none);
      net.instances[id].group = group;
      net.instance_groups[group].copies.push_back(id);
      top.push_back(id);
    }
  }
  copy_instances_.resize(net.instance_groups.size());
  for (std::uint32_t i : top) {
    const auto first_inlined = std::uint32_t(net.instances.size());
    translate_instance(i);
    const std::uint32_t group = net.instances[i].group;
    if (group == none) continue;
    std::vector<std::uint32_t> made{i};
    for (auto j = first_inlined; j < net.instances.size(); ++j) made.push_back(j);
    copy_instances_[group].push_back(std::move(made));
  }
  finish();
}

bool Builder::instantiated_by_message(Index process, const std::vector<Index>& top) const {
  auto runs_on_top = [&](Index node) {
    return std::find(top.begin(), top.end(), model.nodes[node].process) != top.end();
  };
  for (const model::MessageFlow& mf : model.message_flows) {
    if (mf.source.node == no_index || mf.target.node == no_index) continue;
    const model::Node& target = model.nodes[mf.target.node];
    if (target.process != process || target.kind != NodeKind::start_event ||
        target.parent != no_index || !has_definition(target, EventDefinitionKind::message))
      continue;
    if (model.nodes[mf.source.node].process != process && runs_on_top(mf.source.node)) return true;
  }
  return false;
}

void Builder::start_copy_when_idle(TransitionIndex t, std::uint32_t instance) {
  if (net.instances[instance].group == none) return;
  defer(t, instance_scope_[instance], Fill::inhibit_tokens);
  defer(t, instance_scope_[instance], Fill::reset_history);
}

void Builder::align_instance_groups() {
  std::vector<const std::tuple<int, std::uint32_t, Index>*> key_of(net.places.size(), nullptr);
  for (const auto& [key, place] : places_) key_of[place] = &key;
  for (std::uint32_t g = 0; g < net.instance_groups.size(); ++g) {
    InstanceGroup& group = net.instance_groups[g];
    const auto& made = copy_instances_[g];
    const std::vector<PlaceIndex>& first = net.scopes[instance_scope_[group.copies[0]]].places;
    group.places.assign(made.size(), {});
    for (std::size_t c = 0; c < made.size(); ++c) {
      for (PlaceIndex p : first) {
        const auto& [kind, instance, element] = *key_of[p];
        const auto position = std::find(made[0].begin(), made[0].end(), instance) - made[0].begin();
        group.places[c].push_back(places_.at({kind, made[c][position], element}));
      }
    }
    // Finishing flows: only plain end transitions take them, and they do nothing else.
    std::vector<char> finishing(net.places.size(), 0), other_use(net.places.size(), 0);
    for (const Transition& t : net.transitions) {
      const bool plain_end = t.kind == TransitionKind::end && t.consume.size() == 1 &&
                             t.reset.empty() && t.inhibit.empty() &&
                             std::all_of(t.produce.begin(), t.produce.end(), [&](PlaceIndex p) {
                               return net.places[p].kind == PlaceKind::ended;
                             });
      for (PlaceIndex p : t.consume) (plain_end ? finishing : other_use)[p] = 1;
    }
    group.busy.assign(made.size(), {});
    for (std::size_t c = 0; c < made.size(); ++c) {
      const std::uint32_t level = instance_scope_[group.copies[c]];
      std::vector<PlaceIndex> ends;
      for (PlaceIndex p : group.places[c]) {
        if (!is_token_place(net.places[p].kind)) continue;
        const bool ends_here = net.places[p].kind == PlaceKind::flow && finishing[p] &&
                               !other_use[p] && net.places[p].scope == level;
        (ends_here ? ends : group.busy[c]).push_back(p);
      }
      for (Transition& t : net.transitions) {
        if (t.kind != TransitionKind::start || t.instance != group.copies[c]) continue;
        t.inhibit.erase(
            std::remove_if(
                t.inhibit.begin(), t.inhibit.end(),
                [&](PlaceIndex p) { return std::find(ends.begin(), ends.end(), p) != ends.end(); }),
            t.inhibit.end());
        append(t.reset, ends);
        std::sort(t.reset.begin(), t.reset.end());
        t.reset.erase(std::unique(t.reset.begin(), t.reset.end()), t.reset.end());
      }
    }
    std::set<PlaceIndex> triggers;
    for (const Transition& t : net.transitions)
      if (t.kind == TransitionKind::start && net.instances[t.instance].group == g)
        for (PlaceIndex p : t.consume)
          if (net.places[p].kind == PlaceKind::message) triggers.insert(p);
    group.triggers.assign(triggers.begin(), triggers.end());
    mark_independent(group, made[0]);
  }
}

void Builder::mark_independent(InstanceGroup& group, const std::vector<std::uint32_t>& made) {
  if (group.copies.size() != 1) return;
  std::vector<char> own(net.places.size(), 0);
  for (PlaceIndex p : group.places[0]) own[p] = 1;
  for (PlaceIndex p : group.triggers) own[p] = 2;
  auto inside = [&](const std::vector<PlaceIndex>& places, bool triggers_too) {
    return std::all_of(places.begin(), places.end(), [&](PlaceIndex p) {
      return own[p] == 1 || (triggers_too && own[p] == 2) || is_marker(net.places[p].kind);
    });
  };
  for (const Transition& t : net.transitions) {
    if (std::find(made.begin(), made.end(), t.instance) == made.end()) continue;
    if (!inside(t.consume, true) || !inside(t.produce, false) || !inside(t.inhibit, false) ||
        !inside(t.reset, false) || !inside(t.require_any, false))
      return;
  }
  // Nobody else may take the starting messages or watch the copy's places.
  for (const Transition& t : net.transitions) {
    if (std::find(made.begin(), made.end(), t.instance) != made.end()) continue;
    for (const auto* places : {&t.consume, &t.inhibit, &t.reset, &t.require_any})
      for (PlaceIndex p : *places)
        if (own[p] != 0) return;
  }
  group.independent = true;
  std::vector<Transition> absorbs;
  for (const Transition& t : net.transitions) {
    if (t.kind != TransitionKind::start || t.instance != group.copies[0]) continue;
    for (PlaceIndex p : t.consume) {
      if (own[p] != 2) continue;
      Transition a;
      a.kind = TransitionKind::start;
      a.node = t.node;
      a.instance = t.instance;
      a.scope = t.scope;
      a.consume = {p};
      a.require_any = group.busy[0];
      a.label = t.label + ":another-instance";
      if (std::none_of(absorbs.begin(), absorbs.end(), [&](const Transition& b) {
            return b.node == a.node && b.consume == a.consume;
          }))
        absorbs.push_back(std::move(a));
    }
  }
  for (Transition& a : absorbs) add(std::move(a));
}

void Builder::finish() {
  finish_scopes();
  for (const Deferred& d : deferred_) {
    Transition& t = net.transitions[d.transition];
    for (PlaceIndex p : net.scopes[d.scope].places) {
      const PlaceKind kind = net.places[p].kind;
      switch (d.fill) {
        case Fill::inhibit_tokens:
          if (is_token_place(kind)) t.inhibit.push_back(p);
          break;
        case Fill::reset_all:
          t.reset.push_back(p);
          break;
        case Fill::reset_history:
          if (kind == PlaceKind::ended || kind == PlaceKind::fired) t.reset.push_back(p);
          break;
        case Fill::require_tokens:
          if (is_token_place(kind) && !inside_event_subprocess_scope(p, d.scope))
            t.require_any.push_back(p);
          break;
      }
    }
  }
  for (const auto& [holder, flags] : once_flags_)
    for (Transition& t : net.transitions) {
      const bool ends = std::find(t.consume.begin(), t.consume.end(), holder) != t.consume.end() &&
                        std::find(t.produce.begin(), t.produce.end(), holder) == t.produce.end();
      if (ends) append(t.reset, flags);
    }
  for (Transition& t : net.transitions) {
    std::sort(t.reset.begin(), t.reset.end());
    t.reset.erase(std::unique(t.reset.begin(), t.reset.end()), t.reset.end());
  }
  compute_or_joins();
  add_markers();  // before the initial marking: pre-fired starts produce markers too
  align_instance_groups();
  // Initial marking: every top-level instance is ready to start.
  for (std::uint32_t i = 0; i < net.instances.size(); ++i) {
    if (net.instances[i].call != no_index) continue;
    if (net.instances[i].group != none) {
      // The copies of a process that messages instantiate: ready for the starts that need no
      // message from inside the model, which must happen when one of them needs no message.
      if (net.instance_groups[net.instances[i].group].copies.front() != i) continue;
      const auto ready = places_.find(std::make_tuple(int(PlaceKind::ready), i, no_index));
      if (ready == places_.end()) continue;
      net.initial.push_back({ready->second, 1});
      bool free_start = false;
      for (const Transition& t : net.transitions)
        if (t.kind == TransitionKind::start && t.consume.size() == 1 &&
            t.consume[0] == ready->second && t.instance == i)
          free_start = true;
      net.places[ready->second].must_be_empty_at_end = free_start;
      continue;
    }
    const PlaceIndex ready = ready_place(i);
    std::vector<TransitionIndex> starts;
    for (TransitionIndex t = 0; t < net.transitions.size(); ++t)
      if (net.transitions[t].kind == TransitionKind::start && net.transitions[t].instance == i)
        starts.push_back(t);
    if (starts.size() == 1) {
      const Transition& only = net.transitions[starts[0]];
      if (only.consume.size() == 1 && only.guard.empty() && only.setter == none &&
          only.reset.empty() && only.inhibit.empty()) {
        for (PlaceIndex p : only.produce) net.initial.push_back({p, 1});
        net.prefix.push_back(starts[0]);
        net.places[ready].must_be_empty_at_end = true;
        continue;
      }
    }
    net.initial.push_back({ready, 1});
    // An instance that can only be started by a message need not start.
    bool free_start = false, any_start = false;
    for (const Transition& t : net.transitions) {
      if (t.kind != TransitionKind::start || t.instance != i) continue;
      any_start = true;
      if (t.consume.size() == 1) free_start = true;
    }
    net.places[ready].must_be_empty_at_end = free_start || !any_start;
  }
  std::set<Index> activities;
  for (const Transition& t : net.transitions)
    if (t.executes_activity || (t.node != no_index && model::is_activity(model.nodes[t.node].kind)))
      activities.insert(t.node);
  for (std::uint32_t i = 0; i < net.instances.size(); ++i)
    for (Index node : model.processes[net.instances[i].process].nodes) {
      const model::Node& n = model.nodes[node];
      if (model::is_activity(n.kind) && !n.for_compensation && !n.triggered_by_event)
        activities.insert(node);
    }
  net.activities.assign(activities.begin(), activities.end());
}

Net build_net(const model::Model& model, const guards::ModelGuards* guards,
              const BuildOptions& options) {
  Net net;
  Builder(model, guards, options, net).build();
  return net;
}

}  // namespace seamless::semantics::detail

namespace seamless::semantics {
Net build_net(const model::Model& model, const guards::ModelGuards* guards,
              const BuildOptions& options) {
  return detail::build_net(model, guards, options);
}
}  // namespace seamless::semantics
