// The state of Model -> Net translation, shared by the translation steps: place creation per
// instance, scopes, guard atoms, and the output alternatives of a node.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "seamless/guards/model_guards.hpp"
#include "seamless/semantics/build.hpp"

namespace seamless::semantics::detail {

// Whether the node has an event definition of this kind.
inline bool has_definition(const model::Node& n, model::EventDefinitionKind kind) {
  for (const model::EventDefinition& d : n.event_definitions)
    if (d.kind == kind) return true;
  return false;
}

// Whether the node catches an error or escalation of `kind` thrown with `ref` (an empty ref on
// either side matches any).
inline bool catches(const model::Node& n, model::EventDefinitionKind kind, const std::string& ref) {
  for (const model::EventDefinition& d : n.event_definitions)
    if (d.kind == kind && (d.ref.empty() || ref.empty() || d.ref == ref)) return true;
  return false;
}

// Whether one of the node's event definitions is a repeating timer (timeCycle).
inline bool has_timer_cycle(const model::Node& n) {
  for (const model::EventDefinition& d : n.event_definitions)
    if (d.kind == model::EventDefinitionKind::timer && d.timer_kind == "timeCycle") return true;
  return false;
}

// `text` with every run of white space made one space and none at either end (condition texts
// and link names as tools write them, with line breaks inside).
std::string collapse_spaces(const std::string& text);

// One way a node can hand on its token: the guard literals under which it happens and the
// flows it puts tokens on.
struct Alternative {
  std::vector<Literal> guard;
  std::vector<model::Index> flows;
};

class Builder {
 public:
  Builder(const model::Model& model, const guards::ModelGuards* guards, const BuildOptions& options,
          Net& net);

  void build();

  // Places (created on first use).
  PlaceIndex flow_place(std::uint32_t instance, model::Index flow);
  PlaceIndex node_place(PlaceKind kind, std::uint32_t instance, model::Index node);
  PlaceIndex ready_place(std::uint32_t instance);
  // A place that records history (`ended`, `fired`): never part of completion.
  PlaceIndex history_place(PlaceKind kind, std::uint32_t instance, model::Index node);
  // The channel of a message flow between two translated nodes; none when the message flow
  // has no such channel (an end is a pool or a black box, or an inlined copy is involved).
  PlaceIndex message_place(std::uint32_t instance, model::Index message_flow);

  std::uint32_t scope_of(std::uint32_t instance, model::Index node) const;
  TransitionIndex add(Transition transition);
  void untranslatable(model::Index process, const std::string& element, i18n::Text reason,
                      model::Location location);
  // Records (once) that the condition of `flow`, which no plugin can read, is a label: the
  // choice at `node` is free.
  void assume_label(model::Index node, model::Index flow);

  // The ways a node's outgoing flows are taken: every unconditional flow, conditional flows
  // whose guard holds, the default when no condition holds. `exclusive`: exactly one flow.
  // Flows whose condition is free (labels, every guard under --abstract-guards) may or may not
  // be taken; a choice with a free flow never takes no flow at all.
  std::vector<Alternative> outputs(std::uint32_t instance, model::Index node, bool exclusive);
  std::vector<PlaceIndex> places_of(std::uint32_t instance, const std::vector<model::Index>& flows);

  // Message channels a node consumes from (incoming message flows with a channel), and whether
  // some incoming message flow comes from the environment (always available).
  std::vector<PlaceIndex> incoming_messages(std::uint32_t instance, model::Index node,
                                            bool& from_environment);
  std::vector<PlaceIndex> outgoing_messages(std::uint32_t instance, model::Index node);
  // Ways of receiving the messages a node waits for: one alternative per channel it can consume
  // from, plus "nothing" when a message may come from outside the model (or none is awaited).
  std::vector<std::vector<PlaceIndex>> receive_alternatives(std::uint32_t instance,
                                                            model::Index node);

  const model::Model& model;
  const guards::ModelGuards* guards;
  const BuildOptions& options;
  Net& net;

 private:
  std::uint32_t make_instance(model::Index process, model::Index call, std::uint32_t parent,
                              std::uint32_t parent_scope);
  void translate_instance(std::uint32_t instance);
  void translate_node(std::uint32_t instance, model::Index node);
  void finish_scopes();
  std::uint32_t atom_of(model::Index flow, bool& usable);
  void add_setter(Transition& t, model::Index node);
  bool on_call_chain(std::uint32_t instance, model::Index process) const;

  std::map<std::tuple<int, std::uint32_t, model::Index>, PlaceIndex> places_;
  std::map<std::pair<std::uint32_t, model::Index>, std::uint32_t> scopes_;  // (instance, node)
  std::map<std::pair<model::Index, std::string>, std::uint32_t> atoms_;     // (process, text)
  std::map<model::Index, std::uint32_t> setters_;                           // node -> setter
  std::vector<std::uint32_t> instance_scope_;                               // instance -> scope
  // Place sets of a transition to fill from a scope's places once every place exists.
  enum class Fill : std::uint8_t {
    inhibit_tokens,  // inhibit: the scope's token places (it has completed when they are empty)
    reset_all,       // reset: every place of the scope (it is cancelled)
    reset_history,   // reset: its `ended` and `fired` flags (its activation ends)
    require_tokens,  // require_any: its token places outside event subprocesses (it is active)
  };
  struct Deferred {
    TransitionIndex transition;
    std::uint32_t scope;
    Fill fill;
  };
  std::vector<Deferred> deferred_;
  void defer(TransitionIndex t, std::uint32_t scope, Fill fill) {
    deferred_.push_back({t, scope, fill});
  }
  bool inside_event_subprocess_scope(PlaceIndex p, std::uint32_t scope) const;
  // Activity (or subprocess) places and the once-per-activation flags of their boundary events.
  std::vector<std::pair<PlaceIndex, std::vector<PlaceIndex>>> once_flags_;
  // Translation of the node kinds (translate_nodes.cpp).
  std::vector<PlaceIndex> inputs(std::uint32_t instance, model::Index node);
  bool implicit_start(model::Index node) const;
  void translate_start(std::uint32_t instance, model::Index node);
  void translate_activity(std::uint32_t instance, model::Index node);
  void translate_scope(std::uint32_t instance, model::Index node, std::uint32_t inner_scope,
                       const std::vector<model::Index>& starts,
                       const std::vector<model::Index>& implicit_nodes,
                       std::uint32_t inner_instance);
  void translate_boundaries(std::uint32_t instance, model::Index node, PlaceIndex holder,
                            std::uint32_t inner_scope);
  void translate_end(std::uint32_t instance, model::Index node);
  void translate_intermediate(std::uint32_t instance, model::Index node);
  void translate_gateway(std::uint32_t instance, model::Index node);
  void translate_event_choice(std::uint32_t instance, model::Index node);
  // Event subprocesses (event_subprocess.cpp).
  void translate_event_subprocess(std::uint32_t instance, model::Index node);
  // The scope's event subprocess start event that catches an error or escalation thrown by
  // `thrower` inside it, or no_index.
  model::Index catching_event_start(std::uint32_t scope, model::Index thrower,
                                    model::EventDefinitionKind kind, const std::string& ref) const;
  void translate_caught_throw(std::uint32_t instance, model::Index thrower, model::Index start,
                              std::uint32_t scope, const std::vector<PlaceIndex>& ins);
  // The catching link event a throwing link continues at, or no_index.
  model::Index link_target(model::Index thrower) const;
  // Whether a message sent by a node of another top-level process starts `process` (a message
  // start event with such a channel): then it gets copies (net.hpp, InstanceGroup).
  bool instantiated_by_message(model::Index process, const std::vector<model::Index>& top) const;
  // The start transition `t` of `instance`: a copy of an instantiated process starts only
  // while it is idle, and starting clears its history.
  void start_copy_when_idle(TransitionIndex t, std::uint32_t instance);
  // InstanceGroup::places, busy and triggers, once every place exists.
  void align_instance_groups();
  // InstanceGroup::independent, and its absorbing starts (`made`: the copy's instances).
  void mark_independent(InstanceGroup& group, const std::vector<std::uint32_t>& made);
  // Per instance group, per copy: the copy's instance and the instances inlined into it, in
  // the order they were made (the same for every copy).
  std::vector<std::vector<std::vector<std::uint32_t>>> copy_instances_;
  void compute_or_joins();
  void add_markers();
  void finish();
};

}  // namespace seamless::semantics::detail
