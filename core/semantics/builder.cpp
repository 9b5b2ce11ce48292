// Model -> Net translation: instances, scopes, places and guard atoms. The translation of each
// node kind is in translate_nodes.cpp; inclusive-join upstream sets in or_join.cpp.
#include "builder.hpp"

#include <algorithm>
#include <set>

#include "seamless/expr/print.hpp"

namespace seamless::semantics::detail {

using model::Index;
using model::no_index;

Builder::Builder(const model::Model& m, const guards::ModelGuards* g, const BuildOptions& o, Net& n)
    : model(m), guards(g), options(o), net(n) {
  net.model = &model;
  net.abstract_guards = options.abstract_guards;
}

void Builder::untranslatable(Index process, const std::string& element, i18n::Text reason,
                             model::Location location) {
  for (const Untranslatable& u : net.untranslatable)
    if (u.element == element && u.reason == reason.en) return;
  net.untranslatable.push_back(
      {process, element, std::move(reason.en), location, std::move(reason.zh)});
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

namespace {
// A condition's text on one line (collapse_spaces), cut with "…" where it would pass 60
// characters (messages are single lines).
std::string one_line(const std::string& text) {
  const std::string collapsed = collapse_spaces(text);
  std::string out;
  std::size_t characters = 0;
  for (char c : collapsed) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // a character starts here
      if (characters + (c == ' ' ? 1 : 0) >= 60) return out + "\xE2\x80\xA6";
      ++characters;
    }
    out += c;
  }
  return out;
}
}  // namespace

void Builder::assume_label(Index node, Index flow) {
  const model::SequenceFlow& f = model.flows[flow];
  for (const Assumption& a : net.assumptions)
    if (a.element == f.id) return;
  const std::string& gateway = model.nodes[node].id;
  const std::string text = one_line(f.guard ? f.guard->text : "");
  net.assumptions.push_back(
      {f.process, f.id, gateway,
       "the condition '" + text + "' of sequence flow '" + f.id +
           "' is read as a label: the choice at '" + gateway + "' is free",
       "顺序流“" + f.id + "”的条件“" + text + "”按标签理解：“" + gateway + "”处的选择是自由的",
       f.guard ? f.guard->location : f.location});
}

TransitionIndex Builder::add(Transition t) {
  net.transitions.push_back(std::move(t));
  return static_cast<TransitionIndex>(net.transitions.size() - 1);
}

std::uint32_t Builder::scope_of(std::uint32_t instance, Index node) const {
  const Index parent = model.nodes[node].parent;
  if (parent == no_index) return instance_scope_[instance];
  auto it = scopes_.find({instance, parent});
  return it == scopes_.end() ? instance_scope_[instance] : it->second;
}

namespace {
// "@3" for a called process inlined as instance 3, "#2" for the second copy of a process that
// messages instantiate; nothing for the first.
std::string instance_suffix(const Net& net, std::uint32_t instance) {
  if (instance >= net.instances.size()) return "";
  if (net.instances[instance].call != no_index) return "@" + std::to_string(instance);
  const std::uint32_t group = net.instances[instance].group;
  if (group == none) return "";
  const auto& copies = net.instance_groups[group].copies;
  const auto position = std::find(copies.begin(), copies.end(), instance) - copies.begin();
  return position == 0 ? "" : "#" + std::to_string(position + 1);
}
}  // namespace

PlaceIndex Builder::flow_place(std::uint32_t instance, Index flow) {
  const auto key = std::make_tuple(int(PlaceKind::flow), instance, flow);
  if (auto it = places_.find(key); it != places_.end()) return it->second;
  const model::SequenceFlow& f = model.flows[flow];
  Place p;
  p.kind = PlaceKind::flow;
  p.element = flow;
  p.instance = instance;
  p.scope = f.scope == no_index ? instance_scope_[instance] : scopes_.at({instance, f.scope});
  p.label = f.id + instance_suffix(net, instance);
  net.places.push_back(std::move(p));
  return places_[key] = static_cast<PlaceIndex>(net.places.size() - 1);
}

PlaceIndex Builder::node_place(PlaceKind kind, std::uint32_t instance, Index node) {
  const auto key = std::make_tuple(int(kind), instance, node);
  if (auto it = places_.find(key); it != places_.end()) return it->second;
  Place p;
  p.kind = kind;
  p.element = node;
  p.instance = instance;
  p.scope = scope_of(instance, node);
  p.label =
      std::string(to_string(kind)) + ":" + model.nodes[node].id + instance_suffix(net, instance);
  net.places.push_back(std::move(p));
  return places_[key] = static_cast<PlaceIndex>(net.places.size() - 1);
}

PlaceIndex Builder::history_place(PlaceKind kind, std::uint32_t instance, Index node) {
  const PlaceIndex p = node_place(kind, instance, node);
  net.places[p].must_be_empty_at_end = false;
  return p;
}

PlaceIndex Builder::ready_place(std::uint32_t instance) {
  // The copies of a process that messages instantiate share one: it lies outside every copy.
  const std::uint32_t group = net.instances[instance].group;
  if (group != none) instance = net.instance_groups[group].copies.front();
  const auto key = std::make_tuple(int(PlaceKind::ready), instance, no_index);
  if (auto it = places_.find(key); it != places_.end()) return it->second;
  Place p;
  p.kind = PlaceKind::ready;
  p.element = net.instances[instance].process;
  p.instance = instance;
  p.scope = group != none ? none : instance_scope_[instance];
  p.label = "ready:" + model.processes[p.element].id;
  net.places.push_back(std::move(p));
  return places_[key] = static_cast<PlaceIndex>(net.places.size() - 1);
}

namespace {
// Whether a node of this process runs in a top-level (not inlined) instance.
bool primary(const Net& net, std::uint32_t instance) {
  return net.instances[instance].call == no_index;
}
}  // namespace

PlaceIndex Builder::message_place(std::uint32_t instance, Index message_flow) {
  const model::MessageFlow& mf = model.message_flows[message_flow];
  if (!primary(net, instance) || mf.source.node == no_index || mf.target.node == no_index)
    return none;
  // Both ends must run in a top-level instance.
  auto runs = [&](Index node) {
    const Index process = model.nodes[node].process;
    for (std::uint32_t i = 0; i < net.instances.size(); ++i)
      if (net.instances[i].process == process && primary(net, i)) return true;
    return false;
  };
  if (!runs(mf.source.node) || !runs(mf.target.node)) return none;
  // Only receive tasks and message-catching events wait for messages (spec: "a catching event or
  // receive task consumes one"); a message to any other node is not held for anyone.
  const model::Node& target = model.nodes[mf.target.node];
  const bool catches_message =
      std::any_of(target.event_definitions.begin(), target.event_definitions.end(),
                  [](const model::EventDefinition& d) {
                    return d.kind == model::EventDefinitionKind::message;
                  });
  const bool consumer = target.kind == model::NodeKind::receive_task ||
                        (model::is_catching_event(target.kind) && catches_message);
  if (!consumer) return none;
  const auto key = std::make_tuple(int(PlaceKind::message), 0u, message_flow);
  if (auto it = places_.find(key); it != places_.end()) return it->second;
  Place p;
  p.kind = PlaceKind::message;
  p.element = message_flow;
  p.scope = none;
  p.label = "message:" + mf.id;
  p.must_be_empty_at_end = false;  // messages in transit do not keep a run from completing
  net.places.push_back(std::move(p));
  return places_[key] = static_cast<PlaceIndex>(net.places.size() - 1);
}

std::vector<PlaceIndex> Builder::incoming_messages(std::uint32_t instance, Index node,
                                                   bool& from_environment) {
  std::vector<PlaceIndex> channels;
  from_environment = false;
  for (Index i = 0; i < model.message_flows.size(); ++i) {
    if (model.message_flows[i].target.node != node) continue;
    const PlaceIndex p = message_place(instance, i);
    if (p == none) {
      from_environment = true;
    } else {
      channels.push_back(p);
    }
  }
  return channels;
}

std::vector<PlaceIndex> Builder::outgoing_messages(std::uint32_t instance, Index node) {
  std::vector<PlaceIndex> channels;
  for (Index i = 0; i < model.message_flows.size(); ++i) {
    if (model.message_flows[i].source.node != node) continue;
    const PlaceIndex p = message_place(instance, i);
    if (p != none) channels.push_back(p);
  }
  return channels;
}

std::vector<std::vector<PlaceIndex>> Builder::receive_alternatives(std::uint32_t instance,
                                                                   Index node) {
  bool from_environment = false;
  std::vector<std::vector<PlaceIndex>> out;
  for (PlaceIndex c : incoming_messages(instance, node, from_environment)) out.push_back({c});
  if (out.empty() || from_environment) out.push_back({});
  return out;
}

std::vector<PlaceIndex> Builder::places_of(std::uint32_t instance,
                                           const std::vector<Index>& flows) {
  std::vector<PlaceIndex> out;
  for (Index f : flows) out.push_back(flow_place(instance, f));
  return out;
}

std::uint32_t Builder::atom_of(Index flow, bool& usable) {
  usable = false;
  if (guards == nullptr) return none;
  const guards::FlowGuard* g = guards->find(flow);
  if (g == nullptr || g->status != guards::GuardStatus::ok || !g->expr) return none;
  const Index process = model.flows[flow].process;
  const std::string key = expr::print(*g->expr, guards->processes[process].environment);
  auto [it, inserted] =
      atoms_.emplace(std::make_pair(process, key), static_cast<std::uint32_t>(net.atoms.size()));
  if (inserted) net.atoms.push_back({process, &*g->expr, flow});
  usable = true;
  return it->second;
}

std::vector<Alternative> Builder::outputs(std::uint32_t, Index node, bool exclusive) {
  const model::Node& n = model.nodes[node];
  std::vector<Index> plain, conditional;
  Index default_flow = no_index;
  for (Index f : n.outgoing) {
    if (f == n.default_flow || model.flows[f].is_default) {
      default_flow = f;
    } else if (model.flows[f].guard) {
      conditional.push_back(f);
    } else {
      plain.push_back(f);
    }
  }
  std::vector<Alternative> out;
  if (conditional.empty()) {
    if (exclusive) {
      for (Index f : plain) out.push_back({{}, {f}});
      if (default_flow != no_index) out.push_back({{}, {default_flow}});
      if (out.empty()) out.push_back({});
    } else {
      Alternative a{{}, plain};
      if (default_flow != no_index) a.flows.push_back(default_flow);
      out.push_back(std::move(a));
    }
    return out;
  }
  // The atom of each conditional flow; none: a free choice (every guard under --abstract-guards,
  // and a condition no plugin can read, which is a label). A guard that does not parse or
  // type-check cannot be analysed.
  std::vector<std::uint32_t> atom(conditional.size(), none);
  if (!options.abstract_guards) {
    for (std::size_t i = 0; i < conditional.size(); ++i) {
      const guards::FlowGuard* g = guards ? guards->find(conditional[i]) : nullptr;
      if (g && g->status == guards::GuardStatus::unknown_language) {
        assume_label(node, conditional[i]);
        continue;
      }
      bool usable = false;
      atom[i] = atom_of(conditional[i], usable);
      if (!usable) {
        const model::SequenceFlow& f = model.flows[conditional[i]];
        i18n::Text why{g ? std::string(guards::to_string(g->status)) : "not compiled",
                       g ? std::string(guards::to_string(g->status)) : "未编译"};
        if (g && !g->problem.empty()) why = {g->problem, g->problem_zh};
        untranslatable(
            n.process, f.id,
            {"the condition of sequence flow '" + f.id + "' cannot be analysed (" + why.en + ")",
             "顺序流“" + f.id + "”的条件无法分析（" + why.zh_or_en() + "）"},
            f.guard ? f.guard->location : f.location);
        return {};
      }
    }
  }
  if (exclusive) {
    std::vector<Literal> none_holds;
    for (std::size_t i = 0; i < conditional.size(); ++i) {
      Alternative a{{}, {conditional[i]}};
      if (atom[i] != none) {
        a.guard.push_back({atom[i], true});
        if (std::none_of(none_holds.begin(), none_holds.end(),
                         [&](const Literal& l) { return l.atom == atom[i]; }))
          none_holds.push_back({atom[i], false});
      }
      out.push_back(std::move(a));
    }
    for (Index f : plain) out.push_back({{}, {f}});
    if (default_flow != no_index) out.push_back({none_holds, {default_flow}});
    return out;
  }
  // Every flow whose guard holds: one alternative per truth assignment of the distinct atoms
  // (free flows under --abstract-guards count as atoms of their own here).
  std::vector<std::uint32_t> distinct;  // positions in `conditional` that decide
  std::vector<std::size_t> decider(conditional.size());
  for (std::size_t i = 0; i < conditional.size(); ++i) {
    std::size_t d = distinct.size();
    for (std::size_t j = 0; j < distinct.size(); ++j)
      if (atom[i] != none && atom[distinct[j]] == atom[i]) d = j;
    if (d == distinct.size()) distinct.push_back(static_cast<std::uint32_t>(i));
    decider[i] = d;
  }
  if (distinct.size() > 12) {
    untranslatable(n.process, n.id,
                   {"more than 12 independent conditions on the outgoing flows of '" + n.id + "'",
                    "“" + n.id + "”的出口顺序流上有超过 12 个互相独立的条件"},
                   n.location);
    return {};
  }
  // A free flow may always be taken instead of none at all: a choice between labels (or
  // abstracted guards) takes a non-empty set. With decided guards only, taking no flow stays
  // possible: that is the gateway's gap.
  const bool free_choice = std::any_of(distinct.begin(), distinct.end(),
                                       [&](std::uint32_t i) { return atom[i] == none; });
  for (std::uint32_t mask = 0; mask < (1u << distinct.size()); ++mask) {
    Alternative a;
    for (std::size_t d = 0; d < distinct.size(); ++d)
      if (atom[distinct[d]] != none) a.guard.push_back({atom[distinct[d]], bool((mask >> d) & 1)});
    a.flows = plain;
    bool any = false;
    for (std::size_t i = 0; i < conditional.size(); ++i) {
      if ((mask >> decider[i]) & 1) {
        a.flows.push_back(conditional[i]);
        any = true;
      }
    }
    if (!any && default_flow != no_index) a.flows.push_back(default_flow);
    if (a.flows.empty() && free_choice) continue;
    out.push_back(std::move(a));
  }
  return out;
}

void Builder::add_setter(Transition& t, Index node) {
  const model::Node& n = model.nodes[node];
  if (n.sets.empty() || guards == nullptr || n.process >= guards->processes.size()) return;
  if (auto it = setters_.find(node); it != setters_.end()) {
    t.setter = it->second;
    return;
  }
  Setter s;
  s.process = n.process;
  s.node = node;
  const expr::Environment& env = guards->processes[n.process].environment;
  for (const std::string& name : n.sets)
    if (auto slot = env.slot_of(name)) s.slots.push_back(*slot);
  std::sort(s.slots.begin(), s.slots.end());
  if (s.slots.empty()) return;
  net.setters.push_back(std::move(s));
  t.setter = setters_[node] = static_cast<std::uint32_t>(net.setters.size() - 1);
}

bool Builder::on_call_chain(std::uint32_t instance, Index process) const {
  for (std::uint32_t i = instance; i != none; i = net.instances[i].parent)
    if (net.instances[i].process == process) return true;
  return false;
}

std::uint32_t Builder::make_instance(Index process, Index call, std::uint32_t parent,
                                     std::uint32_t parent_scope) {
  const auto id = static_cast<std::uint32_t>(net.instances.size());
  net.instances.push_back({process, call, parent});
  Scope scope;
  scope.node = call;
  scope.process = process;
  scope.instance = id;
  scope.parent = parent_scope;
  net.scopes.push_back(scope);
  instance_scope_.push_back(static_cast<std::uint32_t>(net.scopes.size() - 1));
  // Subprocess scopes, outermost first (nodes are in document order, parents before children).
  for (Index n : model.processes[process].nodes) {
    const model::Node& node = model.nodes[n];
    if (!model::is_subprocess(node.kind) || node.children.empty()) continue;
    Scope s;
    s.node = n;
    s.process = process;
    s.instance = id;
    s.parent = node.parent == no_index ? instance_scope_[id] : scopes_.at({id, node.parent});
    net.scopes.push_back(s);
    scopes_[{id, n}] = static_cast<std::uint32_t>(net.scopes.size() - 1);
  }
  return id;
}

void Builder::finish_scopes() {
  for (PlaceIndex p = 0; p < net.places.size(); ++p)
    for (std::uint32_t s = net.places[p].scope; s != none; s = net.scopes[s].parent)
      net.scopes[s].places.push_back(p);
}

}  // namespace seamless::semantics::detail
