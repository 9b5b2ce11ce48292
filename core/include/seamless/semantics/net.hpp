// The Net: a Model's behaviour as a flat, extended Petri net, which every behavioural analysis
// reads instead of BPMN (spec/properties.md, "Execution semantics"). Places hold token counts:
// sequence flows, message channels, running activities, subprocess scopes and not-yet-started
// processes. A transition consumes one token from each `consume` place, requires every `inhibit`
// place to be empty, empties every `reset` place, then adds one token to each `produce` place;
// it may also require a conjunction of guard-atom truth values of the current data cell, and
// may re-choose the data (reform:sets). An inclusive join has the extra non-local condition of
// its OrJoin; an event subprocess's start needs some token of its parent scope (`require_any`).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "seamless/expr/expr.hpp"
#include "seamless/model/model.hpp"

namespace seamless::semantics {

using PlaceIndex = std::uint32_t;
using TransitionIndex = std::uint32_t;
inline constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

enum class PlaceKind : std::uint8_t {
  flow,      // a sequence flow (element: the flow)
  message,   // a message flow's channel (element: the message flow)
  active,    // an activity that started and has not completed (element: the node)
  scope,     // a running embedded subprocess or call activity (element: the node)
  ready,     // a process that has not started yet (element: the process): its none, timer,
             // signal and conditional starts (and messages from outside) start it once per run
  implicit,  // a node without incoming flows in a process without start events (element: node)
  fired,     // a non-interrupting boundary event or event subprocess fired during this
             // activation (element: the event, or the event subprocess)
  ended,     // an end event was reached in this activation of its process or subprocess: a
             // second token reaching it there is an improper completion (element: end event)
  // Markers record history for the reform checks (only when BuildOptions asks for them):
  // produced, never consumed, not part of completion, counts saturate at 3 silently.
  produced,  // a document was produced in this run, counted (element: model document)
  reached,   // a token arrived for the node: it is enabled or waits for inputs (element: node)
};
inline bool is_marker(PlaceKind kind) {
  return kind == PlaceKind::produced || kind == PlaceKind::reached;
}
std::string_view to_string(PlaceKind kind);
// Places that hold the tokens of a running process (flows, running activities and subprocesses,
// implicit starts): a scope is active while one of them is marked. The others record history
// (flags, markers), wait for a start (ready) or lie between processes (messages).
inline bool is_token_place(PlaceKind kind) {
  return kind == PlaceKind::flow || kind == PlaceKind::active || kind == PlaceKind::scope ||
         kind == PlaceKind::implicit;
}

struct Place {
  PlaceKind kind = PlaceKind::flow;
  model::Index element = model::no_index;
  std::uint32_t instance = 0;        // Net::instances: which copy of a process it belongs to
  std::uint32_t scope = none;        // Net::scopes: the innermost scope it lies in (none: messages)
  bool must_be_empty_at_end = true;  // a complete run leaves it empty
  std::string label;                 // for messages and dumps: "Flow_1", "active:Task_3"
};

enum class TransitionKind : std::uint8_t {
  start,             // a start event fires (consumes the instance's `ready` token)
  node,              // an activity, intermediate event or gateway fires in one step
  begin,             // an activity with boundary events starts (token into its `active` place)
  finish,            // ... and completes
  boundary,          // a boundary event fires (interrupting: the activity ends)
  enter,             // a subprocess or call activity starts its inner start event
  leave,             // ... and completes once nothing is left inside
  end,               // an end event (not terminate) consumes a token
  terminate,         // a terminate end event: empties its instance
  event_choice,      // an event-based gateway together with the event that wins
  event_subprocess,  // an event subprocess starts (its start event fires)
};
std::string_view to_string(TransitionKind kind);

// "guard atom `atom` has truth value `value`" in the current data cell.
struct Literal {
  std::uint32_t atom = 0;
  bool value = true;
};

struct Transition {
  TransitionKind kind = TransitionKind::node;
  model::Index node = model::no_index;  // the BPMN node that fires: the step shown in runs
  model::Index flow = model::no_index;  // the outgoing flow chosen (exclusive branches), if any
  std::uint32_t instance = 0;
  std::uint32_t scope = none;  // the scope the node lies in
  std::vector<PlaceIndex> consume;
  std::vector<PlaceIndex> inhibit;
  std::vector<PlaceIndex> reset;
  std::vector<PlaceIndex> produce;
  std::vector<PlaceIndex> require_any;  // non-empty: at least one of them must be marked
  std::vector<Literal> guard;           // all must hold
  std::uint32_t setter = none;          // Net::setters: re-chooses the data (reform:sets)
  std::uint32_t or_join = none;         // Net::or_joins: consumes every marked input instead
  bool executes_activity = false;       // the activity `node` runs (dead-activity)
  std::string label;                    // for dumps: "Task_1", "Gateway_2->Flow_5"
};

// An inclusive join (BPMN 2.0.2 section 13.4.3): enabled when some input is marked and every
// marked place from which a path of sequence flows not visiting the join leads to an input
// also has such a path to a *marked* input. `sources` lists, for every place with such paths
// (inputs excluded: a marked input reaches itself), the inputs it reaches (indices into
// `inputs`). Fires by consuming one token from each marked input.
struct OrJoin {
  struct Source {
    PlaceIndex place = 0;
    std::vector<std::uint32_t> reaches;  // indices into `inputs`, ascending
  };
  std::vector<PlaceIndex> inputs;
  std::vector<Source> sources;
};

// The inclusive join's rule on a marking: `marked(place)` tells whether a place holds a token.
// When some input is marked but the join must wait, `blocker` (if given) is set to a marked
// source that reaches only empty inputs.
template <class Marked>
bool or_join_enabled(const OrJoin& join, Marked&& marked, PlaceIndex* blocker = nullptr) {
  bool any = false;
  for (PlaceIndex p : join.inputs) any = any || marked(p);
  if (!any) return false;
  for (const OrJoin::Source& source : join.sources) {
    if (!marked(source.place)) continue;
    bool reaches_marked = false;
    for (std::uint32_t i : source.reaches)
      reaches_marked = reaches_marked || marked(join.inputs[i]);
    if (!reaches_marked) {
      if (blocker != nullptr) *blocker = source.place;
      return false;
    }
  }
  return true;
}

// A process instance (a top-level process, or a called process inlined at a call activity) or
// an embedded subprocess: where tokens "of that instance" live.
struct Scope {
  model::Index node = model::no_index;  // the subprocess or call activity; no_index: a process
  model::Index process = model::no_index;
  std::uint32_t instance = 0;
  std::uint32_t parent = none;
  std::vector<PlaceIndex> places;  // every place inside, nested scopes included
};

// A copy of a process: index 0.. for top-level processes, more for call activities.
struct Instance {
  model::Index process = model::no_index;
  model::Index call = model::no_index;  // the call activity that made this copy, if any
  std::uint32_t parent = none;
  std::uint32_t group = none;  // Net::instance_groups: one of the copies of a process that
                               // messages instantiate, if it is
};

// A process that a message sent inside the model instantiates (BPMN 2.0.2 sections 10.5.2
// and 13.2: a message start event creates a new instance for each message it receives): the
// Net holds `copies.size()` interchangeable copies of it (BuildOptions::instances). A copy
// starts only while it is idle (none of its token places is marked), and starting clears its
// history; so one copy serves instance after instance, and several run side by side (an
// instance that only has its end events left to reach counts as ended here). The
// explorer keeps states in a canonical order of the copies (symmetry reduction) and reports
// a state in which a starting message waits while every copy is busy: there BPMN would create
// one instance more than the Net has.
struct InstanceGroup {
  model::Index process = model::no_index;
  std::vector<std::uint32_t> copies;  // each copy's top-level instance
  // Per copy, its places (nested subprocesses and called processes included, shared places
  // such as messages and markers excluded), aligned: places[c][i] of every copy c play the
  // same part.
  std::vector<std::vector<PlaceIndex>> places;
  // Per copy, the token places that keep it busy: all but its finishing flows, flows into
  // a plain end event of the process level, whose only step left is to reach it. A start
  // takes a copy that holds no more than those and clears them: the instance before has
  // then as good as ended (its end events do nothing else; the explorer still explores them).
  std::vector<std::vector<PlaceIndex>> busy;
  std::vector<PlaceIndex> triggers;  // message channels whose messages start a copy
  // The copies touch nothing outside themselves but their starting messages (they wait for
  // no other message, and nobody waits for theirs): every instance then runs like any other,
  // alone, so one copy shows them all. Its Net has one copy, and a starting message that
  // arrives while it is busy starts an instance of the same behaviour (an `absorb` start:
  // consumes the message, needs the copy busy); no shortage can arise.
  bool independent = false;
};

// A guard expression used by some transition; equal guards of one process share an atom.
struct Atom {
  model::Index process = model::no_index;  // whose Environment its variables are in
  const expr::Expr* expr = nullptr;
  model::Index flow = model::no_index;  // the first flow carrying it
};

// A step that re-chooses case data: the variable slots of its process it may change.
struct Setter {
  model::Index process = model::no_index;
  model::Index node = model::no_index;
  std::vector<std::uint32_t> slots;
};

// Something in the model the Net cannot express: every behavioural check on that process is
// inconclusive, naming it.
struct Untranslatable {
  model::Index process = model::no_index;
  std::string element;  // BPMN id
  std::string reason;   // "complexGateway is not supported"
  model::Location location;
  std::string reason_zh{};  // the reason in Chinese
};

// A condition no guard-language plugin can read (free text such as `yes`, XPath, an unknown
// language) read as a label: the choice at its source node between such flows is free (an
// exclusive gateway takes exactly one flow, an inclusive one any non-empty set). Checks whose
// verdict relies on that choice say so (analysis::note_assumptions). One per flow.
struct Assumption {
  model::Index process = model::no_index;
  std::string element;  // the flow's id
  std::string gateway;  // the id of the node that chooses (the flow's source)
  std::string text_en;  // "the condition 'yes' of sequence flow 'Flow_3' is read as a label: ..."
  std::string text_zh;
  model::Location location;  // of the condition
};

struct Net {
  const model::Model* model = nullptr;
  std::vector<Place> places;
  std::vector<Transition> transitions;
  std::vector<OrJoin> or_joins;
  std::vector<Scope> scopes;
  std::vector<Instance> instances;
  std::vector<InstanceGroup> instance_groups;
  std::vector<Atom> atoms;
  std::vector<Setter> setters;
  std::vector<std::pair<PlaceIndex, std::uint32_t>> initial;  // place, tokens
  // Start transitions already fired in `initial`: an instance with a single way to start (one
  // start event, no message, no guard) begins started, so runs need not show the step and the
  // state space has no "not started" state. Counterexamples list them first.
  std::vector<TransitionIndex> prefix;
  std::vector<Untranslatable> untranslatable;
  // Conditions read as labels (free choices), in the order the translation met them; none under
  // --abstract-guards, where every guard is free by request.
  std::vector<Assumption> assumptions;
  // Activities of the model that the Net runs (dead-activity asks about each).
  std::vector<model::Index> activities;
  // Guards treated as free choices (--abstract-guards) instead of atoms.
  bool abstract_guards = false;
  // Marker places, per model document / model node; `none` where not asked for.
  std::vector<PlaceIndex> produced_markers;
  std::vector<PlaceIndex> reached_markers;
};

// Whether message place `p` starts the copy of an independent instance group: how many messages
// wait there does not matter, so its count saturates silently.
inline bool starts_independent_instances(const Net& net, PlaceIndex p) {
  if (net.places[p].kind != PlaceKind::message) return false;
  for (const InstanceGroup& g : net.instance_groups)
    for (PlaceIndex trigger : g.triggers)
      if (g.independent && trigger == p) return true;
  return false;
}

}  // namespace seamless::semantics
