// The longest time a complete run can still take after each token (the longest path in the
// token graph), or a loop through which time grows without bound.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "token_graph.hpp"

namespace seamless::plugins::time_limit {

struct Longest {
  // Per token node reached from the initial tokens: the longest time, in seconds, from the
  // token's time to the end of a step of some complete run that goes on from there; -1 where
  // not computed.
  std::vector<std::int64_t> after;
  // A loop that adds time at every round: an arc out of `loop_from` that comes back to it.
  bool unbounded = false;
  NodeId loop_from = no_node;
  Arc loop_arc;
  i18n::Text problem;  // the analysis stopped: the deadline, or too many tokens
};

// `weights`: seconds per Net transition (step_weights). Tarjan's algorithm over the token graph
// from the tokens of the initial states that can complete: inside a strongly connected
// component every arc must weigh 0 (else time is unbounded); components finish in reverse
// topological order, so each gets the longest path out of it.
Longest longest_after(const TokenGraph& tokens, const std::vector<std::int64_t>& weights,
                      const Deadline& deadline, std::uint64_t max_nodes);

// The weight of an arc: the duration of the step when it consumes the token, else 0.
inline std::int64_t arc_weight(const TokenGraph& tokens, const std::vector<std::int64_t>& weights,
                               const Arc& arc) {
  return arc.consumed ? weights[tokens.states().edge_transition[arc.edge]] : 0;
}

}  // namespace seamless::plugins::time_limit
