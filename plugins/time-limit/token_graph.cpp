// Arcs of the token graph (token_graph.hpp).
#include "token_graph.hpp"

#include <algorithm>

namespace seamless::plugins::time_limit {

using semantics::none;
using semantics::PlaceIndex;
using semantics::PlaceKind;
using semantics::TransitionIndex;

namespace {

bool contains(const std::vector<PlaceIndex>& places, PlaceIndex p) {
  return std::find(places.begin(), places.end(), p) != places.end();
}

// The place that holds a running subprocess or call activity, per scope (none for processes).
std::vector<PlaceIndex> holders(const semantics::Net& net) {
  std::vector<PlaceIndex> out(net.scopes.size(), none);
  for (std::uint32_t s = 0; s < net.scopes.size(); ++s) {
    const semantics::Scope& scope = net.scopes[s];
    if (scope.node == model::no_index) continue;
    for (PlaceIndex p = 0; p < net.places.size(); ++p)
      if (net.places[p].kind == PlaceKind::scope && net.places[p].element == scope.node &&
          net.places[p].scope == scope.parent)
        out[s] = p;
  }
  return out;
}

}  // namespace

TokenGraph::TokenGraph(const semantics::Net& net, const StateGraph& graph)
    : net_(net), graph_(graph) {
  const std::vector<PlaceIndex> holder = holders(net);
  shapes_.resize(net.transitions.size());
  for (TransitionIndex t = 0; t < net.transitions.size(); ++t) {
    const semantics::Transition& tr = net.transitions[t];
    Shape& shape = shapes_[t];
    for (PlaceIndex p : tr.produce) {
      const PlaceKind kind = net.places[p].kind;
      const bool keeps = tr.kind == semantics::TransitionKind::boundary &&
                         (kind == PlaceKind::active || kind == PlaceKind::scope) &&
                         contains(tr.consume, p);
      (keeps ? shape.kept : shape.fresh).push_back(p);
    }
    if (tr.scope != none && tr.scope < holder.size()) shape.holder = holder[tr.scope];
    if (graph.origin != none && tr.consume.empty() && tr.or_join == none)
      shape.kept.push_back(graph.origin);
  }
}

NodeId TokenGraph::node(explore::StateId state, PlaceIndex place) const {
  const auto begin = graph_.marked.begin() + std::ptrdiff_t(graph_.marked_begin[state]);
  const auto end = graph_.marked.begin() + std::ptrdiff_t(graph_.marked_begin[state + 1]);
  const auto it = std::lower_bound(begin, end, place);
  return it != end && *it == place ? NodeId(it - graph_.marked.begin()) : no_node;
}

explore::StateId TokenGraph::state_of(NodeId node) const {
  const auto it =
      std::upper_bound(graph_.marked_begin.begin(), graph_.marked_begin.end(), std::size_t(node));
  return explore::StateId(it - graph_.marked_begin.begin() - 1);
}

bool TokenGraph::consumes(TransitionIndex t, PlaceIndex p) const {
  const semantics::Transition& tr = net_.transitions[t];
  if (contains(tr.consume, p)) return true;
  if (tr.or_join != none && contains(net_.or_joins[tr.or_join].inputs, p)) return true;
  return p == graph_.origin && tr.consume.empty() && tr.or_join == none;
}

void TokenGraph::out(NodeId from, std::vector<Arc>& arcs,
                     std::vector<std::size_t>& consuming) const {
  arcs.clear();
  consuming.clear();
  const explore::StateId s = state_of(from);
  const PlaceIndex p = place_of(from);
  for (std::size_t e = graph_.edge_begin[s]; e < graph_.edge_begin[s + 1]; ++e) {
    const explore::StateId next = graph_.edge_target[e];
    if (!graph_.good[next]) continue;
    const TransitionIndex t = graph_.edge_transition[e];
    const semantics::Transition& tr = net_.transitions[t];
    const Shape& shape = shapes_[t];
    auto arc = [&](PlaceIndex q, bool consumed) {
      const NodeId to = node(next, q);
      if (to != no_node) arcs.push_back({to, e, consumed});
    };
    if (consumes(t, p)) {
      consuming.push_back(e);
      for (PlaceIndex q : shape.fresh) arc(q, true);
      if (shape.holder != none && !consumes(t, shape.holder)) arc(shape.holder, true);
      if (contains(shape.kept, p)) arc(p, false);
    } else if (!contains(tr.reset, p)) {
      // Untouched (the holder of the subprocess the step lies in also gets the step's end time
      // from the consumed tokens above: a subprocess completes after everything inside it).
      arc(p, false);
    }
  }
}

}  // namespace seamless::plugins::time_limit
