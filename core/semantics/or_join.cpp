// Inclusive joins: for each input, the places from which a token can still reach it without
// passing through the join itself (BPMN 2.0 section 13.3.2: the join waits while such a token
// exists).
#include <algorithm>

#include "builder.hpp"

namespace seamless::semantics::detail {

void Builder::compute_or_joins() {
  if (net.or_joins.empty()) return;
  // Which transitions put tokens on each place, and what each consumes.
  std::vector<std::vector<TransitionIndex>> producers(net.places.size());
  for (TransitionIndex t = 0; t < net.transitions.size(); ++t)
    for (PlaceIndex p : net.transitions[t].produce) producers[p].push_back(t);
  auto consumed = [&](const Transition& t) {
    std::vector<PlaceIndex> c = t.consume;
    if (t.or_join != none)
      c.insert(c.end(), net.or_joins[t.or_join].inputs.begin(),
               net.or_joins[t.or_join].inputs.end());
    return c;
  };
  for (std::uint32_t j = 0; j < net.or_joins.size(); ++j) {
    OrJoin& join = net.or_joins[j];
    join.upstream.clear();
    for (PlaceIndex input : join.inputs) {
      std::vector<bool> seen(net.places.size(), false);
      std::vector<PlaceIndex> stack{input};
      seen[input] = true;
      while (!stack.empty()) {
        const PlaceIndex q = stack.back();
        stack.pop_back();
        for (TransitionIndex t : producers[q]) {
          if (net.transitions[t].or_join == j) continue;
          for (PlaceIndex p : consumed(net.transitions[t]))
            if (!seen[p]) {
              seen[p] = true;
              stack.push_back(p);
            }
        }
      }
      std::vector<PlaceIndex> upstream;
      for (PlaceIndex p = 0; p < net.places.size(); ++p)
        if (seen[p] && p != input) upstream.push_back(p);
      join.upstream.push_back(std::move(upstream));
    }
  }
}

}  // namespace seamless::semantics::detail
