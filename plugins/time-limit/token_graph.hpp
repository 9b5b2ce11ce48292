// The token graph: one node per token of a state that can complete (a marked place), an arc
// from a token to each token its time flows into when a step fires. Timed semantics: a step
// starts at the latest time of the tokens it consumes and puts its tokens at start + duration;
// a token that a step does not touch keeps its time. The time of a run is the latest time of
// its steps, so the longest path from a token (arcs weighted by the durations of the steps
// that consume it) is how much later than that token the run can still end.
#pragma once

#include <cstdint>
#include <vector>

#include "state_graph.hpp"

namespace seamless::plugins::time_limit {

using NodeId = std::uint64_t;
inline constexpr NodeId no_node = UINT64_MAX;

// How a token takes part in one edge of the state graph.
struct Arc {
  NodeId target = no_node;  // the token it flows into in the edge's target state
  std::size_t edge = 0;     // the state-graph edge
  bool consumed = false;    // the step consumed the token: weighted by the step's duration
};

class TokenGraph {
 public:
  TokenGraph(const semantics::Net& net, const StateGraph& graph);

  NodeId node_count() const { return graph_.marked.size(); }
  NodeId node(explore::StateId state, semantics::PlaceIndex place) const;
  explore::StateId state_of(NodeId node) const;
  semantics::PlaceIndex place_of(NodeId node) const { return graph_.marked[node]; }
  const StateGraph& states() const { return graph_; }

  // The arcs out of `node` into states that can complete, and the edges whose step consumes
  // the token (the step itself ends at the token's time + its duration).
  void out(NodeId node, std::vector<Arc>& arcs, std::vector<std::size_t>& consuming) const;

 private:
  struct Shape {
    std::vector<semantics::PlaceIndex> fresh;        // produced at start + duration
    std::vector<semantics::PlaceIndex> kept;         // consumed and put back unchanged (a boundary
                                                     // event that does not interrupt its activity)
    semantics::PlaceIndex holder = semantics::none;  // the running subprocess it lies in
  };
  bool consumes(semantics::TransitionIndex t, semantics::PlaceIndex p) const;

  const semantics::Net& net_;
  const StateGraph& graph_;
  std::vector<Shape> shapes_;
};

}  // namespace seamless::plugins::time_limit
