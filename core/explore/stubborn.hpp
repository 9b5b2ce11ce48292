// Stubborn sets (Valmari) for the Net's extended transitions. A set is closed under:
// - for an enabled member: every transition it can disable or be disabled by, or whose effect
//   depends on the order (shared consumed places, resets, inhibitor places it fills, inclusive
//   joins watching places it changes, data re-choices vs. guards), and the "virtual"
//   transitions that detect a violation on a place it consumes from or resets (two tokens on a
//   flow; an end event reached twice: two tokens on its `ended` place), through their enabling
//   sets; for an enabled member with `require_any`, what empties those places;
// - for a disabled member: one necessary enabling set (the producers of an empty consumed
//   place, the consumers of a marked inhibitor place, the producers of `require_any` places, for
//   a waiting inclusive join what moves its blocking token or marks an input that token
//   reaches, the data re-choices for a false guard).
// Every set also holds the end transitions, as disabled members (the reachability rule for a
// second arrival at an end event). That common core is closed once per state; each candidate
// set grows from it and one enabled seed, and the one with the fewest enabled members wins.
// Instance groups (semantics::InstanceGroup): a Net with K copies differs from one with
// unboundedly many only where every copy is busy; while some copy is idle, a set stubborn in
// the one Net is stubborn in the other (the copies beyond are idle and alike, and the Net is
// invariant under permuting copies, so the arguments also hold for canonical successors). So
// the explorer may look for a shortage (a starting message waits, every copy busy) in the
// reduced space alone: the reduction runs a copy's own last steps (such as reaching its end
// event) before others, and an instance that has only those left no longer counts as live.
#pragma once

#include <vector>

#include "compiled_net.hpp"

namespace seamless::explore::detail {

class StubbornSets {
 public:
  explicit StubbornSets(const CompiledNet& net);

  // The enabled transitions of a stubborn set of state `s` (a subset of `enabled`, which is
  // every enabled transition in index order), as small as the heuristic finds.
  void reduce(const Word* s, const std::vector<semantics::TransitionIndex>& enabled,
              std::vector<semantics::TransitionIndex>& out);

 private:
  void begin_set();
  // Closes the members under the rules above, stopping once `limit` enabled members are in.
  void close(const Word* s, std::size_t limit);
  void add(semantics::TransitionIndex t);
  void add_all(const std::vector<semantics::TransitionIndex>& ts) {
    for (auto t : ts) add(t);
  }
  void necessary_enabling(const Word* s, semantics::TransitionIndex t);

  const CompiledNet& net_;
  using List = std::vector<semantics::TransitionIndex>;
  std::vector<List> producers_, consumers_, resetters_, inhibitors_, watchers_;
  std::vector<List> violation_enablers_;  // per place: see the header comment
  List setters_, guarded_;
  List ended_producers_;  // end transitions (they produce `ended` places)

  std::vector<std::uint32_t> mark_;  // per transition: the set (generation) it is a member of
  std::uint32_t generation_ = 0;
  std::vector<std::uint32_t> enabled_at_;  // per transition: the state (stamp) it is enabled in
  std::uint32_t state_ = 0;
  List work_, members_, core_;
  std::size_t enabled_members_ = 0;
};

}  // namespace seamless::explore::detail
