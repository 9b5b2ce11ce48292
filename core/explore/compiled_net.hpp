// A Net compiled for fast exploration: states are `words` 64-bit words holding a 2-bit saturating
// token count per place (place p in word p/32, bits 2*(p%32)) followed by the data cell. Each
// transition's consume, inhibit, reset and produce sets become word masks, so enabling and
// firing are a few bitwise operations per word.
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
  CompiledNet(const semantics::Net& net, const DataCells& cells);

  const semantics::Net& net() const { return *net_; }
  const DataCells& cells() const { return *cells_; }
  std::uint32_t words() const { return words_; }
  std::size_t transition_count() const { return net_->transitions.size(); }

  std::uint32_t count(const Word* s, semantics::PlaceIndex p) const {
    return std::uint32_t(s[p / 32] >> (2 * (p % 32))) & 3u;
  }
  bool marked(const Word* s, semantics::PlaceIndex p) const { return count(s, p) != 0; }
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
  std::uint32_t find_shortage(const Word* s) const;
  const semantics::Net* net_;
  const DataCells* cells_;
  std::uint32_t words_ = 1;
  std::uint32_t cell_word_ = 0, cell_shift_ = 0, cell_bits_ = 0, cell_mask_ = 0;
  std::vector<Word> masks_;  // per transition: consume, inhibit, reset, produce
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
  struct Group {
    std::vector<std::vector<Word>> busy;  // per copy: the token places that keep it busy
    std::vector<Word> triggers;
  };
  std::vector<Group> groups_;
  bool symmetric_ = false;
};

}  // namespace seamless::explore::detail
