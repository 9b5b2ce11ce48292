// Reconstructing the critical run and the loop run (timed_runs.hpp).
#include "timed_runs.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace seamless::plugins::time_limit {

using semantics::none;
using semantics::PlaceIndex;

namespace {

struct Back {
  NodeId from;
  Arc arc;
};

void append_edge(TimedRun& run, const explore::Exploration& x, const StateGraph& g,
                 std::size_t edge, bool chain) {
  run.path.steps.push_back({g.edge_transition[edge], x.cell(g.edge_target[edge])});
  run.on_chain.push_back(chain);
}

void complete(TimedRun& run, const explore::Exploration& x, const StateGraph& g,
              explore::StateId from) {
  for (std::size_t e : completion(g, from)) append_edge(run, x, g, e, false);
}

// Arcs from `from` to the first node `stop` accepts, breadth-first over arcs `usable` accepts.
template <class Usable, class Stop>
std::optional<std::vector<Arc>> search(const TokenGraph& tokens, NodeId from, Usable usable,
                                       Stop stop, NodeId& reached) {
  std::unordered_map<NodeId, Back> back{{from, {no_node, {}}}};
  std::deque<NodeId> queue{from};
  std::vector<Arc> arcs;
  std::vector<std::size_t> consuming;
  while (!queue.empty()) {
    const NodeId v = queue.front();
    queue.pop_front();
    if (stop(v)) {
      std::vector<Arc> path;
      for (NodeId u = v; back.at(u).from != no_node; u = back.at(u).from)
        path.insert(path.begin(), back.at(u).arc);
      reached = v;
      return path;
    }
    tokens.out(v, arcs, consuming);
    for (const Arc& a : arcs)
      if (usable(v, a) && back.emplace(a.target, Back{v, a}).second) queue.push_back(a.target);
  }
  return std::nullopt;
}

}  // namespace

TimedRun longest_run(const semantics::Net& net, const explore::Exploration& x,
                     const TokenGraph& tokens, const std::vector<std::int64_t>& weights,
                     const Longest& longest) {
  const StateGraph& g = tokens.states();
  // The initial tokens' times: the steps already taken in the initial marking.
  std::vector<std::int64_t> time(net.places.size() + 1, 0);
  std::vector<std::size_t> producer(net.places.size() + 1, SIZE_MAX);
  std::int64_t prefix_end = 0;
  std::size_t prefix_last = SIZE_MAX;
  for (std::size_t i = 0; i < net.prefix.size(); ++i) {
    const semantics::Transition& tr = net.transitions[net.prefix[i]];
    std::int64_t start = 0;
    for (PlaceIndex p : tr.consume) start = std::max(start, time[p]);
    const std::int64_t end = start + weights[net.prefix[i]];
    for (PlaceIndex p : tr.produce) {
      time[p] = end;
      producer[p] = i;
    }
    if (end >= prefix_end) {
      prefix_end = end;
      prefix_last = i;
    }
  }
  TimedRun run;
  run.seconds = prefix_end;
  explore::StateId start = explore::no_state;
  NodeId best = no_node;
  for (explore::StateId s : g.initial) {
    if (!g.good[s]) continue;
    if (start == explore::no_state) start = s;
    for (std::size_t i = g.marked_begin[s]; i < g.marked_begin[s + 1]; ++i) {
      const PlaceIndex p = g.marked[i];
      const std::int64_t t = (p < net.places.size() ? time[p] : 0) + longest.after[i];
      if (longest.after[i] >= 0 && t > run.seconds) {
        run.seconds = t;
        start = s;
        best = NodeId(i);
      }
    }
  }
  if (start == explore::no_state) return run;  // no complete run
  run.path.initial_cell = x.cell(start);
  if (best == no_node) {
    if (prefix_last != SIZE_MAX && prefix_end > 0) run.prefix_on_chain = prefix_last;
    complete(run, x, g, start);
    return run;
  }
  const PlaceIndex first = g.marked[best];
  if (first < net.places.size() && producer[first] != SIZE_MAX)
    run.prefix_on_chain = producer[first];
  const auto& after = longest.after;
  std::size_t last_edge = SIZE_MAX;
  auto stop = [&](NodeId v) {
    if (after[v] == 0) return true;
    std::vector<Arc> arcs;
    std::vector<std::size_t> consuming;
    tokens.out(v, arcs, consuming);
    for (std::size_t e : consuming)
      if (weights[g.edge_transition[e]] == after[v]) {
        last_edge = e;
        return true;
      }
    return false;
  };
  auto tight = [&](NodeId v, const Arc& a) {
    return after[a.target] >= 0 && arc_weight(tokens, weights, a) + after[a.target] == after[v];
  };
  NodeId reached = no_node;
  const auto arcs = search(tokens, best, tight, stop, reached);
  if (!arcs) return run;  // cannot happen: `after` is a longest path
  for (const Arc& a : *arcs) append_edge(run, x, g, a.edge, a.consumed);
  explore::StateId at = tokens.state_of(reached);
  if (last_edge != SIZE_MAX) {
    append_edge(run, x, g, last_edge, true);
    at = g.edge_target[last_edge];
  }
  complete(run, x, g, at);
  return run;
}

TimedRun loop_run(const explore::Exploration& x, const TokenGraph& tokens,
                  const std::vector<std::int64_t>& weights, const Longest& longest) {
  const StateGraph& g = tokens.states();
  TimedRun run;
  NodeId reached = no_node;
  const auto back = search(
      tokens, longest.loop_arc.target, [](NodeId, const Arc&) { return true; },
      [&](NodeId v) { return v == longest.loop_from; }, reached);
  std::vector<std::size_t> cycle{longest.loop_arc.edge};
  run.seconds = arc_weight(tokens, weights, longest.loop_arc);
  if (back)
    for (const Arc& a : *back) {
      cycle.push_back(a.edge);
      run.seconds += arc_weight(tokens, weights, a);
    }
  // Shown from the state of the loop that a run reaches first (the smallest breadth-first id).
  std::vector<explore::StateId> from{tokens.state_of(longest.loop_from)};
  for (std::size_t i = 0; i + 1 < cycle.size(); ++i) from.push_back(g.edge_target[cycle[i]]);
  const std::size_t first = std::size_t(std::min_element(from.begin(), from.end()) - from.begin());
  std::rotate(cycle.begin(), cycle.begin() + std::ptrdiff_t(first), cycle.end());
  const explore::StateId at = from[first];
  run.path = x.path_to(at);
  run.on_chain.assign(run.path.steps.size(), 0);
  run.loop_begin = run.path.steps.size();
  for (std::size_t e : cycle) append_edge(run, x, g, e, true);
  run.loop_end = run.path.steps.size();
  complete(run, x, g, at);
  return run;
}

}  // namespace seamless::plugins::time_limit
