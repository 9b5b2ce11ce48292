// Inclusive joins (BPMN 2.0.2 section 13.4.3): for each join, the places from which a path of
// sequence flows that does not visit the join leads to one of its inputs, and which inputs each
// reaches. The join waits while a marked place reaches some empty input but no marked one.
#include <algorithm>

#include "builder.hpp"

namespace seamless::semantics::detail {

void Builder::compute_or_joins() {
  if (net.or_joins.empty()) return;
  // Transitions putting tokens on each place, and what each takes: paths run over the places
  // that hold a process's tokens (flows, running activities and subprocesses), never through
  // message channels or history flags, and never from an activity into its boundary events.
  std::vector<std::vector<TransitionIndex>> producers(net.places.size());
  for (TransitionIndex t = 0; t < net.transitions.size(); ++t)
    for (PlaceIndex p : net.transitions[t].produce) producers[p].push_back(t);
  auto taken = [&](const Transition& t) {
    std::vector<PlaceIndex> c = t.consume;
    if (t.or_join != none)
      c.insert(c.end(), net.or_joins[t.or_join].inputs.begin(),
               net.or_joins[t.or_join].inputs.end());
    return c;
  };
  for (std::uint32_t j = 0; j < net.or_joins.size(); ++j) {
    OrJoin& join = net.or_joins[j];
    // reaches[p]: the inputs place p leads to (backward search from each input).
    std::vector<std::vector<std::uint32_t>> reaches(net.places.size());
    for (std::uint32_t i = 0; i < join.inputs.size(); ++i) {
      std::vector<bool> seen(net.places.size(), false);
      std::vector<PlaceIndex> stack{join.inputs[i]};
      seen[join.inputs[i]] = true;
      while (!stack.empty()) {
        const PlaceIndex q = stack.back();
        stack.pop_back();
        for (TransitionIndex t : producers[q]) {
          if (net.transitions[t].or_join == j) continue;  // paths do not visit the join
          // A boundary event is attached to its activity, not joined to it by a sequence flow:
          // a token in the activity has no path through the boundary event's flows.
          if (net.transitions[t].kind == TransitionKind::boundary) continue;
          for (PlaceIndex p : taken(net.transitions[t]))
            if (!seen[p] && is_token_place(net.places[p].kind)) {
              seen[p] = true;
              stack.push_back(p);
            }
        }
      }
      for (PlaceIndex p = 0; p < net.places.size(); ++p)
        if (seen[p]) reaches[p].push_back(i);
    }
    join.sources.clear();
    for (PlaceIndex p = 0; p < net.places.size(); ++p) {
      if (reaches[p].empty()) continue;
      if (std::find(join.inputs.begin(), join.inputs.end(), p) != join.inputs.end()) continue;
      join.sources.push_back({p, reaches[p]});
    }
  }
}

}  // namespace seamless::semantics::detail
