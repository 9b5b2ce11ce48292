// The exclusive and inclusive gateways whose choice the case data decides, and how they look in
// the Net: which places hold a token in front of them, which of their conditions hold in a data
// cell (read off the guard literals of their transitions, so exactly as the Net decides).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "seamless/explore/data_cells.hpp"
#include "seamless/guards/model_guards.hpp"
#include "seamless/model/model.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::plugins::responsibility {

struct GuardedGateway {
  model::Index node = model::no_index;
  bool exclusive = true;                  // else inclusive
  std::vector<model::Index> conditional;  // outgoing flows with a condition (not the default)
  std::vector<model::Index> branches;     // every outgoing flow, in model order
  // Outgoing flows whose condition is a label (no plugin can read it): a free choice, as the
  // Net reads it, so never part of a gap or an overlap; not in `conditional`.
  std::vector<model::Index> labels;
  bool gap_possible = false;      // no default flow, no unconditional outgoing flow, no label
  bool overlap_possible = false;  // exclusive, with two or more conditions
};

// The gateways of the model where a gap or an overlap is possible at all, in model order.
// `label_gateways` (when given) receives the exclusive and inclusive gateways with a label among
// their conditions, which are not judged there. `guards` null: every condition counts.
std::vector<GuardedGateway> guarded_gateways(const model::Model& model,
                                             const guards::ModelGuards* guards,
                                             std::vector<model::Index>* label_gateways = nullptr);

// One gateway in the Net: its inputs and the cells' answers, computed once per cell.
class GatewayInNet {
 public:
  GatewayInNet(const GuardedGateway& gateway, const semantics::Net& net,
               const explore::DataCells& cells);

  // An input place of the gateway that has a token and from which it may fire now (an inclusive
  // join: no token can still arrive on its empty inputs), or none.
  template <class Count>
  semantics::PlaceIndex ready_input(Count&& count) const;

  // The conditional flows whose guard holds in `cell`, in model order.
  const std::vector<model::Index>& holding(std::uint32_t cell);

 private:
  const GuardedGateway& gateway_;
  const semantics::Net& net_;
  const explore::DataCells& cells_;
  struct Input {
    semantics::PlaceIndex place;
    std::uint32_t or_join;  // semantics::none unless the gateway joins inclusively
  };
  std::vector<Input> inputs_;
  std::vector<semantics::TransitionIndex> transitions_;
  std::vector<std::optional<std::vector<model::Index>>> holding_;  // per cell, once computed
};

template <class Count>
semantics::PlaceIndex GatewayInNet::ready_input(Count&& count) const {
  for (const Input& in : inputs_) {
    if (count(in.place) == 0) continue;
    if (in.or_join == semantics::none) return in.place;
    const semantics::OrJoin& join = net_.or_joins[in.or_join];
    if (semantics::or_join_enabled(join, [&](semantics::PlaceIndex p) { return count(p) != 0; }))
      return in.place;
  }
  return semantics::none;
}

}  // namespace seamless::plugins::responsibility
