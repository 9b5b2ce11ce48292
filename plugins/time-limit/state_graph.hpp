// The explored state space as a graph the timed analysis walks: successors of every state, the
// places marked in it, which states can still complete and a shortest way to complete from each.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "seamless/analysis/explored_model.hpp"

namespace seamless::plugins::time_limit {

using Deadline = std::optional<std::chrono::steady_clock::time_point>;
inline bool past(const Deadline& deadline) {
  return deadline && std::chrono::steady_clock::now() > *deadline;
}

struct StateGraph {
  // Edges of state s: edge_begin[s] .. edge_begin[s + 1]; successors outside the explored space
  // are left out.
  std::vector<std::size_t> edge_begin;
  std::vector<semantics::TransitionIndex> edge_transition;
  std::vector<explore::StateId> edge_target;
  // Places holding a token in state s (ascending): marked_begin[s] .. marked_begin[s + 1]. The
  // `origin` pseudo-place (when the Net has steps that consume nothing) is marked everywhere.
  std::vector<std::size_t> marked_begin;
  std::vector<semantics::PlaceIndex> marked;
  semantics::PlaceIndex origin = semantics::none;
  std::vector<std::uint8_t> final_state;  // nothing left that a complete run must consume
  std::vector<std::uint8_t> good;         // a final state is reachable
  // For a good, non-final state: the edge that starts a shortest way to a final state.
  std::vector<std::size_t> to_final;
  std::vector<explore::StateId> initial;  // the states runs start in
  i18n::Text problem;                     // why the timed analysis cannot go on

  std::size_t states() const { return good.size(); }
};

// "the time limit was reached (--timeout)", in both languages.
i18n::Text time_limit_reached();

// Reads the exploration (explored without reduction) into a StateGraph. Sets `problem` when a
// state that can complete holds two tokens on one place, or the deadline passes.
StateGraph build_state_graph(const analysis::ExploredModel& explored, const Deadline& deadline);

// The edges of a shortest completion from `state` (good) to a final state.
std::vector<std::size_t> completion(const StateGraph& graph, explore::StateId state);

}  // namespace seamless::plugins::time_limit
