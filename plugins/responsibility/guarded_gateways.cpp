// Guarded gateways in the model and in the Net (guarded_gateways.hpp). A flow is the default
// when its gateway names it or it is marked as such, conditional when it has a condition, and
// unconditional otherwise, as the Net's translation classifies them.
#include "guarded_gateways.hpp"

#include <algorithm>

namespace seamless::plugins::responsibility {

namespace {

bool contains(const std::vector<model::Index>& v, model::Index x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

std::vector<GuardedGateway> guarded_gateways(const model::Model& m,
                                             const guards::ModelGuards* guards,
                                             std::vector<model::Index>* label_gateways) {
  std::vector<GuardedGateway> out;
  for (model::Index n = 0; n < m.nodes.size(); ++n) {
    const model::Node& node = m.nodes[n];
    const bool exclusive = node.kind == model::NodeKind::exclusive_gateway;
    if (!exclusive && node.kind != model::NodeKind::inclusive_gateway) continue;
    GuardedGateway g;
    g.node = n;
    g.exclusive = exclusive;
    bool default_or_plain = false;
    for (model::Index f : node.outgoing) {
      if (f >= m.flows.size()) continue;
      g.branches.push_back(f);
      const guards::FlowGuard* guard = guards ? guards->find(f) : nullptr;
      if (f == node.default_flow || m.flows[f].is_default || !m.flows[f].guard)
        default_or_plain = true;
      else if (guard && guard->status == guards::GuardStatus::unknown_language)
        g.labels.push_back(f);
      else
        g.conditional.push_back(f);
    }
    if (!g.labels.empty() && label_gateways) label_gateways->push_back(n);
    g.gap_possible = !g.conditional.empty() && !default_or_plain && g.labels.empty();
    g.overlap_possible = exclusive && g.conditional.size() >= 2;
    if (g.gap_possible || g.overlap_possible) out.push_back(std::move(g));
  }
  return out;
}

GatewayInNet::GatewayInNet(const GuardedGateway& gateway, const semantics::Net& net,
                           const explore::DataCells& cells)
    : gateway_(gateway), net_(net), cells_(cells), holding_(cells.cell_count()) {
  const model::Node& node = net.model->nodes[gateway.node];
  for (semantics::TransitionIndex t = 0; t < net.transitions.size(); ++t) {
    const semantics::Transition& tr = net.transitions[t];
    if (tr.node == gateway.node && tr.kind == semantics::TransitionKind::node)
      transitions_.push_back(t);
  }
  for (semantics::PlaceIndex p = 0; p < net.places.size(); ++p) {
    const semantics::Place& place = net.places[p];
    const bool in_front =
        (place.kind == semantics::PlaceKind::flow && contains(node.incoming, place.element)) ||
        (place.kind == semantics::PlaceKind::implicit && place.element == gateway.node);
    if (!in_front) continue;
    Input input{p, semantics::none};
    for (semantics::TransitionIndex t : transitions_) {
      const std::uint32_t j = net.transitions[t].or_join;
      if (j != semantics::none &&
          std::find(net.or_joins[j].inputs.begin(), net.or_joins[j].inputs.end(), p) !=
              net.or_joins[j].inputs.end())
        input.or_join = j;
    }
    inputs_.push_back(input);
  }
}

const std::vector<model::Index>& GatewayInNet::holding(std::uint32_t cell) {
  std::optional<std::vector<model::Index>>& memo = holding_.at(cell);
  if (memo) return *memo;
  std::vector<bool> holds(gateway_.conditional.size(), false);
  auto mark = [&](model::Index flow) {
    for (std::size_t i = 0; i < gateway_.conditional.size(); ++i)
      if (gateway_.conditional[i] == flow) holds[i] = true;
  };
  for (semantics::TransitionIndex t : transitions_) {
    const semantics::Transition& tr = net_.transitions[t];
    const bool guard_holds = std::all_of(
        tr.guard.begin(), tr.guard.end(),
        [&](const semantics::Literal& l) { return cells_.holds(cell, l.atom) == l.value; });
    if (!guard_holds) continue;
    if (gateway_.exclusive) {
      if (tr.flow != model::no_index) mark(tr.flow);
      continue;
    }
    for (semantics::PlaceIndex p : tr.produce)
      if (net_.places[p].kind == semantics::PlaceKind::flow) mark(net_.places[p].element);
  }
  memo.emplace();
  for (std::size_t i = 0; i < holds.size(); ++i)
    if (holds[i]) memo->push_back(gateway_.conditional[i]);
  return *memo;
}

}  // namespace seamless::plugins::responsibility
