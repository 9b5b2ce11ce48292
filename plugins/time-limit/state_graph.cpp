// Building the state graph of the timed analysis from an exploration (state_graph.hpp).
#include "state_graph.hpp"

#include <deque>

namespace seamless::plugins::time_limit {

using explore::StateId;
using semantics::PlaceIndex;

namespace {

constexpr std::size_t no_edge = SIZE_MAX;

// Reverse breadth-first search from the final states: good states and their way to complete.
void mark_good(StateGraph& g) {
  const std::size_t n = g.states();
  std::vector<std::size_t> in_begin(n + 1, 0), in_edges(g.edge_target.size());
  for (StateId t : g.edge_target) ++in_begin[t + 1];
  for (std::size_t s = 0; s < n; ++s) in_begin[s + 1] += in_begin[s];
  std::vector<std::size_t> fill(in_begin.begin(), in_begin.end() - 1);
  for (std::size_t e = 0; e < g.edge_target.size(); ++e) in_edges[fill[g.edge_target[e]]++] = e;
  std::vector<StateId> source(g.edge_target.size());
  for (StateId s = 0; s < n; ++s)
    for (std::size_t e = g.edge_begin[s]; e < g.edge_begin[s + 1]; ++e) source[e] = s;
  g.to_final.assign(n, no_edge);
  std::deque<StateId> queue;
  for (StateId s = 0; s < n; ++s)
    if (g.final_state[s]) {
      g.good[s] = 1;
      queue.push_back(s);
    }
  while (!queue.empty()) {
    const StateId t = queue.front();
    queue.pop_front();
    for (std::size_t i = in_begin[t]; i < in_begin[t + 1]; ++i) {
      const std::size_t e = in_edges[i];
      const StateId s = source[e];
      if (g.good[s]) continue;
      g.good[s] = 1;
      g.to_final[s] = e;
      queue.push_back(s);
    }
  }
}

}  // namespace

i18n::Text time_limit_reached() {
  return {"the time limit was reached (--timeout)", "已达到时间上限（--timeout）"};
}

StateGraph build_state_graph(const analysis::ExploredModel& explored, const Deadline& deadline) {
  StateGraph g;
  const semantics::Net& net = *explored.net;
  const explore::Exploration& x = *explored.exploration;
  const StateId n = explored.state_count();
  bool free_steps = false;  // a step that consumes nothing starts at time 0
  for (const semantics::Transition& t : net.transitions)
    free_steps = free_steps || (t.consume.empty() && t.or_join == semantics::none);
  if (free_steps) g.origin = PlaceIndex(net.places.size());

  g.edge_begin.reserve(n + 1);
  g.marked_begin.reserve(n + 1);
  g.edge_begin.push_back(0);
  g.marked_begin.push_back(0);
  g.final_state.assign(n, 0);
  g.good.assign(n, 0);
  std::vector<std::uint32_t> two_tokens(n, semantics::none);
  for (StateId s = 0; s < n; ++s) {
    if ((s & 1023) == 0 && past(deadline)) {
      g.problem = time_limit_reached();
      return g;
    }
    bool final = true;
    for (PlaceIndex p = 0; p < net.places.size(); ++p) {
      if (semantics::is_marker(net.places[p].kind)) continue;
      const std::uint32_t count = x.count(s, p);
      if (count == 0) continue;
      g.marked.push_back(p);
      if (count > 1 && two_tokens[s] == semantics::none) two_tokens[s] = p;
      final = final && !net.places[p].must_be_empty_at_end;
    }
    if (free_steps) g.marked.push_back(g.origin);
    g.marked_begin.push_back(g.marked.size());
    g.final_state[s] = final;
    for (const auto& [t, next] : x.successors(s)) {
      if (next == explore::no_state) continue;
      g.edge_transition.push_back(t);
      g.edge_target.push_back(next);
    }
    g.edge_begin.push_back(g.edge_target.size());
  }
  for (StateId s = 0; s < n && x.path_to(s).steps.empty(); ++s) g.initial.push_back(s);
  mark_good(g);
  for (StateId s = 0; s < n; ++s)
    if (g.good[s] && two_tokens[s] != semantics::none) {
      const i18n::Text where = analysis::describe_place_text(net, two_tokens[s]);
      g.problem = {"the model is not safe: " + where.en +
                       " can hold two tokens in a run that completes, so their times are not told "
                       "apart",
                   "模型不安全：在能完成的运行中，" + where.zh_or_en() +
                       "上可能同时有两个令牌，它们的用时无法区分"};
      break;
    }
  return g;
}

std::vector<std::size_t> completion(const StateGraph& graph, explore::StateId state) {
  std::vector<std::size_t> edges;
  while (!graph.final_state[state] && graph.to_final[state] != no_edge) {
    edges.push_back(graph.to_final[state]);
    state = graph.edge_target[graph.to_final[state]];
  }
  return edges;
}

}  // namespace seamless::plugins::time_limit
