// A Net compiled for fast exploration: states are `words` 64-bit words holding a 2-bit saturating
// token count per place (place p in word p/32, bits 2*(p%32)), then one 2-bit "unbounded" flag
// per widened place, then the data cell. Each transition's consume, inhibit, reset and produce
// sets become word masks, so enabling and firing are a few bitwise operations per word.
//
// Widened places (message channels that can fill without bound) count exactly up to 3; a fourth
// message sets the flag, and the place then stands for "at least n" messages (n = count - 1, so
// the place stays marked): a message received lowers n (not below 0), one sent raises it (up to
// 2). Every concrete run has its abstract run; a step that takes a message where n = 0 may not
// be possible in the concrete run (uncertain_step), every other step is.
#pragma once

#include <cstdint>
#include <vector>

#include "seamless/explore/data_cells.hpp"
#include "seamless/semantics/net.hpp"

namespace seamless::explore::detail {

using Word = std::uint64_t;
inline constexpr Word low_bits = 0x5555555555555555ull;  // the low bit of every 2-bit field

class CompiledNet {
 public:
  CompiledNet(const semantics::Net& net, const DataCells& cells,
              const std::vector<semantics::PlaceIndex>& widened = {});

  const semantics::Net& net() const { return *net_; }
  const DataCells& cells() const { return *cells_; }
  std::uint32_t words() const { return words_; }
  std::size_t transition_count() const { return net_->transitions.size(); }

  std::uint32_t count(const Word* s, semantics::PlaceIndex p) const {
    return std::uint32_t(s[p / 32] >> (2 * (p % 32))) & 3u;
  }
  bool marked(const Word* s, semantics::PlaceIndex p) const { return count(s, p) != 0; }
  // A widened place that went past 3: it holds at least lower_bound() messages, maybe more.
  bool unbounded(const Word* s, semantics::PlaceIndex p) const {
    const semantics::PlaceIndex f = flag_field_.empty() ? semantics::none : flag_field_[p];
    return f != semantics::none && ((s[f / 32] >> (2 * (f % 32))) & 1u) != 0;
  }
  // The tokens `p` surely holds: its count, or for an unbounded place the n of "at least n".
  std::uint32_t lower_bound(const Word* s, semantics::PlaceIndex p) const {
    return unbounded(s, p) ? count(s, p) - 1 : count(s, p);
  }
  bool widens() const { return !widened_.empty(); }
  const std::vector<semantics::PlaceIndex>& widened() const { return widened_; }
  // t takes a message from an unbounded place that surely holds none: the concrete run may
  // have none there.
  bool uncertain_step(const Word* s, semantics::TransitionIndex t) const;
  std::uint32_t cell(const Word* s) const {
    if (cell_bits_ == 0) return 0;
    return std::uint32_t(s[cell_word_] >> cell_shift_) & cell_mask_;
  }
  void set_cell(Word* s, std::uint32_t cell) const {
    if (cell_bits_ == 0) return;
    s[cell_word_] =
        (s[cell_word_] & ~(Word(cell_mask_) << cell_shift_)) | (Word(cell) << cell_shift_);
  }

  // Token and data conditions (not the guard): consume places marked, inhibit places empty,
  // some `require_any` place marked, the inclusive join's condition.
  bool tokens_enable(const Word* s, semantics::TransitionIndex t) const;
  bool guard_holds(const Word* s, semantics::TransitionIndex t) const;
  bool enabled(const Word* s, semantics::TransitionIndex t) const {
    return tokens_enable(s, t) && guard_holds(s, t);
  }
  // Every enabled transition of `s`, in index order. Only transitions that consume from a
  // marked place (or consume nothing) are looked at.
  void enabled_transitions(const Word* s, std::vector<semantics::TransitionIndex>& out) const;
  // Fires t (which must be enabled) into `out` (the cell unchanged). Returns false when a count
  // saturated; `saturated_place` then names one such place.
  bool fire(const Word* s, semantics::TransitionIndex t, Word* out,
            semantics::PlaceIndex& saturated_place) const;

  // A flow place with two or more tokens, or none.
  semantics::PlaceIndex unsafe_place(const Word* s) const { return doubled(s, flow_mask_); }
  // An `ended` place with two or more tokens (an end event reached twice in one activation of
  // its scope), or none.
  semantics::PlaceIndex twice_ended_place(const Word* s) const { return doubled(s, ended_mask_); }
  // No token left where a complete run leaves none.
  bool final(const Word* s) const;
  // Some place of `mask` is marked.
  bool any_marked(const Word* s, const std::vector<Word>& mask) const;
  std::vector<Word> mask_of(const std::vector<semantics::PlaceIndex>& places) const;

  // No transition can put a token back where one was taken (the place graph has no cycle), so
  // the state graph has no cycle either.
  bool acyclic() const { return acyclic_; }

  // Some place is a marker (history): partial-order reduction does not preserve questions about
  // markers, so the explorer explores such a Net fully.
  bool has_markers() const { return has_markers_; }

  // Instance groups (semantics::InstanceGroup). `symmetric`: some group has two or more
  // copies, whose order canonicalize() fixes: a state and its copies permuted are one state.
  bool has_instance_groups() const { return !groups_.empty(); }
  bool symmetric() const { return symmetric_; }
  // `orders` (if given) receives per group the copy now at each position (empty: unchanged).
  void canonicalize(Word* s, std::vector<std::vector<std::uint32_t>>* orders = nullptr) const {
    if (symmetric_) sort_copies(s, orders);
  }
  const std::vector<std::vector<semantics::PlaceIndex>>& group_places(std::uint32_t g) const {
    return net_->instance_groups[g].places;
  }
  // The Net's initial marking (counts capped at 3) in `s`, data cell 0.
  void initial_state(Word* s) const;
  // A group a message waits to instantiate while every copy of it is busy, or none: there
  // BPMN would run one instance more than the Net holds.
  std::uint32_t instance_shortage(const Word* s) const {
    return groups_.empty() ? semantics::none : find_shortage(s);
  }

 private:
  const Word* mask(semantics::TransitionIndex t, int which) const {
    return &masks_[(std::size_t(t) * 4 + which) * words_];
  }
  semantics::PlaceIndex doubled(const Word* s, const std::vector<Word>& mask) const;
  void sort_copies(Word* s, std::vector<std::vector<std::uint32_t>>* orders) const;
  // The count (and flag) of a place as one value 0..7.
  void set_field_value(Word* s, semantics::PlaceIndex p, std::uint32_t value) const;
  void fire_widened(semantics::TransitionIndex t, Word* out) const;
  std::uint32_t find_shortage(const Word* s) const;
  const semantics::Net* net_;
  const DataCells* cells_;
  std::uint32_t words_ = 1;
  std::uint32_t cell_word_ = 0, cell_shift_ = 0, cell_bits_ = 0, cell_mask_ = 0;
  std::vector<Word> masks_;  // per transition: consume, inhibit, reset, produce
  // Per place, the transitions that consume from it first (their key: no key marked, not
  // enabled); the transitions that consume nothing.
  std::vector<std::vector<semantics::TransitionIndex>> keyed_;
  std::vector<semantics::TransitionIndex> unkeyed_;
  // Widened places: their flag fields (per place, none when not widened), and per transition
  // the widened places it consumes and produces (fired one by one, not by the masks).
  std::vector<semantics::PlaceIndex> widened_, flag_field_;
  std::vector<std::vector<semantics::PlaceIndex>> widened_consume_, widened_produce_;
  std::vector<Word> fire_masks_;  // per transition: consume and produce without widened places
  std::vector<Word> flow_mask_, ended_mask_, must_be_empty_mask_;
  std::vector<Word> silent_mask_;  // counts that saturate silently: markers and `ended` places
  bool has_markers_ = false;
  std::vector<std::vector<Word>> require_any_;  // per transition: its mask, empty when none
  struct JoinSource {
    semantics::PlaceIndex place;
    std::vector<Word> reaches;  // mask of the inputs it reaches
  };
  std::vector<std::vector<Word>> join_inputs_;         // per or-join: mask of every input
  std::vector<std::vector<JoinSource>> join_sources_;  // per or-join
  bool acyclic_ = false;
  // A run of consecutive places of a copy: its bits in the state and in the copy's row (its
  // places' counts packed in aligned order), so a copy is read and written a word at a time.
  struct BitRun {
    std::uint32_t state_bit, row_bit, bits;
  };
  struct Group {
    std::vector<std::vector<Word>> busy;  // per copy: the token places that keep it busy
    std::vector<Word> triggers;
    std::vector<std::vector<BitRun>> runs;  // per copy
    std::uint32_t row_words = 0;
  };
  std::vector<Group> groups_;
  bool symmetric_ = false;
};

}  // namespace seamless::explore::detail
