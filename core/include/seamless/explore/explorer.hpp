// Explicit-state exploration of a Net: breadth-first (so counterexamples are short), states as
// fixed-width bit vectors (2-bit saturating token counts per place, plus the data cell) in an
// open-addressing hash set, optional stubborn-set partial-order reduction that preserves the
// soundness properties (see stubborn.hpp), and limits that end the search early.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "seamless/explore/data_cells.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::explore {

using StateId = std::uint32_t;
inline constexpr StateId no_state = std::numeric_limits<StateId>::max();

struct ExploreOptions {
  std::uint64_t max_states = 5'000'000;
  std::optional<std::chrono::steady_clock::time_point> deadline;
  bool reduction = true;
  // Work out from which states a complete run is still possible (option-to-complete).
  bool completion = true;
};

enum class Outcome : std::uint8_t { complete, state_limit, time_limit };

struct ExploreStats {
  std::uint64_t states = 0;
  std::uint64_t edges = 0;  // transitions fired while exploring
  std::uint64_t fully_expanded = 0;
  double seconds = 0;
  std::uint64_t bytes = 0;  // memory held by the state space at its peak
};

// One transition of a run and the data cell after it.
struct Step {
  semantics::TransitionIndex transition = 0;
  std::uint32_t cell = 0;
};
struct Path {
  std::uint32_t initial_cell = 0;
  std::vector<Step> steps;
};

struct UnsafeState {
  StateId state = no_state;
  semantics::PlaceIndex place = 0;  // the flow with two or more tokens
};
struct ImproperEnd {
  StateId state = no_state;         // the first state in which the end event was reached twice
  semantics::PlaceIndex ended = 0;  // its `ended` place (two tokens)
};
struct Undelivered {
  StateId state = no_state;           // a complete state in which nothing can happen any more
  semantics::PlaceIndex message = 0;  // the message channel that still holds a message
};
struct InstanceShortage {
  StateId state = no_state;  // the first state in which a message waits to start a copy
  std::uint32_t group = 0;   // Net::instance_groups: ... while every copy is busy
};
struct Stuck {
  StateId state = no_state;  // a reachable state from which no complete run is possible
  bool deadlock = false;     // no transition enabled at all (else a livelock)
};

// What an exploration with widened message channels could not settle: a violation, a state
// that cannot complete, or a step seen only where a widened channel surely held no message
// (the concrete run may have one, or none).
struct Unsettled {
  bool unsafe = false;        // two tokens on a flow
  bool improper_end = false;  // an end event reached twice
  bool undelivered = false;   // a message left when the run completes
  bool completion = false;    // some state completes only by taking such a message
  std::vector<bool> fired;    // per transition: fired only in such steps
};

class Exploration {
 public:
  // `widened`: message channels that may fill without bound (explored as "at least n" past 3;
  // see compiled_net.hpp). Widening turns partial-order reduction off.
  Exploration(const semantics::Net& net, const DataCells& cells,
              const std::vector<semantics::PlaceIndex>& widened = {});
  ~Exploration();
  Exploration(Exploration&&) noexcept;
  Exploration& operator=(Exploration&&) noexcept;

  void run(const ExploreOptions& options);

  Outcome outcome() const;
  const ExploreStats& stats() const;
  // Places whose count exceeded what a state stores (3): the analysis was approximate there.
  const std::vector<semantics::PlaceIndex>& saturated() const;

  // The constructor's widened channels, and what the widening left unsettled. With widened
  // channels, every result below (violations, stuck, fired, path_to) holds for real runs: the
  // states they name are reached by runs each of whose steps is certain.
  const std::vector<semantics::PlaceIndex>& widened() const;
  const Unsettled& unsettled() const;

  // Per transition: fired in some explored run.
  const std::vector<bool>& fired() const;
  // The first unsafe state found per flow place, in breadth-first order.
  const std::vector<UnsafeState>& unsafe() const;
  // The first state, per end event and activation scope, that reached it twice.
  const std::vector<ImproperEnd>& improper_ends() const;
  // The first complete, terminal state per message channel that leaves a message there.
  const std::vector<Undelivered>& undelivered() const;
  // Per instance group, the first state in which the Net ran out of copies: the exploration
  // then misses runs with more instances (BuildOptions::instances).
  const std::vector<InstanceShortage>& instance_shortages() const;
  // The first state (breadth-first) from which no complete run is possible, if any.
  std::optional<Stuck> stuck() const;

  // A shortest run (in the explored graph) from an initial state to `state`: a run of the Net,
  // whose last state is `state` up to the order of interchangeable copies.
  Path path_to(StateId state) const;
  // Tokens per place in `state`, and its data cell.
  std::vector<std::uint32_t> marking(StateId state) const;
  std::uint32_t cell(StateId state) const;
  // Tokens on one place in `state` (saturated at 3; for a widened channel past 3, the tokens it
  // surely holds).
  std::uint32_t count(StateId state, semantics::PlaceIndex place) const;
  // The transitions enabled in `state` (tokens and guard), in index order.
  std::vector<semantics::TransitionIndex> enabled(StateId state) const;
  bool enabled(StateId state, semantics::TransitionIndex transition) const;
  // Every enabled transition of `state` with each state it leads to (several when it re-chooses
  // the data), in transition order, whatever reduction the exploration used; no_state for a
  // successor outside the explored space (a limit was reached).
  std::vector<std::pair<semantics::TransitionIndex, StateId>> successors(StateId state) const;
  // States are numbered 0 .. stats().states - 1 in breadth-first order of discovery.

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace seamless::explore
