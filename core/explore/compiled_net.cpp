// Compiles a Net into word masks (compiled_net.hpp) and implements enabling and firing on them.
#include "compiled_net.hpp"

#include <algorithm>
#include <bit>

namespace seamless::explore::detail {

using semantics::none;
using semantics::PlaceIndex;
using semantics::TransitionIndex;

namespace {
void set_field(std::vector<Word>& mask, PlaceIndex p, Word bits) {
  mask[p / 32] |= bits << (2 * (p % 32));
}

// `n` (1..64) bits of `s` from bit `at`, and writing them.
Word get_bits(const Word* s, std::uint32_t at, std::uint32_t n) {
  const std::uint32_t w = at / 64, o = at % 64;
  Word v = s[w] >> o;
  if (o != 0 && o + n > 64) v |= s[w + 1] << (64 - o);
  return n == 64 ? v : v & ((Word(1) << n) - 1);
}
void put_bits(Word* s, std::uint32_t at, std::uint32_t n, Word v) {
  const std::uint32_t w = at / 64, o = at % 64;
  const Word mask = n == 64 ? ~Word(0) : (Word(1) << n) - 1;
  s[w] = (s[w] & ~(mask << o)) | ((v & mask) << o);
  if (o != 0 && o + n > 64) {
    const std::uint32_t high = o + n - 64;  // bits that go into the next word
    const Word high_mask = (Word(1) << high) - 1;
    s[w + 1] = (s[w + 1] & ~high_mask) | ((v >> (64 - o)) & high_mask);
  }
}
// Copies `bits` bits from `from` at bit `from_at` to `to` at bit `to_at`.
void copy_bits(const Word* from, std::uint32_t from_at, Word* to, std::uint32_t to_at,
               std::uint32_t bits) {
  for (std::uint32_t done = 0; done < bits;) {
    const std::uint32_t n = std::min<std::uint32_t>(64, bits - done);
    put_bits(to, to_at + done, n, get_bits(from, from_at + done, n));
    done += n;
  }
}
}  // namespace

std::vector<Word> CompiledNet::mask_of(const std::vector<PlaceIndex>& places) const {
  std::vector<Word> m(words_, 0);
  for (PlaceIndex p : places) set_field(m, p, 1);
  return m;
}

CompiledNet::CompiledNet(const semantics::Net& net, const DataCells& cells,
                         const std::vector<PlaceIndex>& widened)
    : net_(&net), cells_(&cells), widened_(widened) {
  std::sort(widened_.begin(), widened_.end());
  widened_.erase(std::unique(widened_.begin(), widened_.end()), widened_.end());
  if (!widened_.empty()) {
    flag_field_.assign(net.places.size(), none);
    for (std::size_t i = 0; i < widened_.size(); ++i)
      flag_field_[widened_[i]] = PlaceIndex(net.places.size() + i);
  }
  const std::uint32_t place_bits =
      2 * static_cast<std::uint32_t>(net.places.size() + widened_.size());
  cell_bits_ = cells.cell_count() > 1 ? std::bit_width(cells.cell_count() - 1) : 0;
  cell_mask_ = cell_bits_ ? (1u << cell_bits_) - 1 : 0;
  // The cell goes into the first word with room for it after the places.
  cell_word_ = (place_bits + 63) / 64;
  cell_shift_ = 0;
  if (cell_bits_ && place_bits % 64 != 0 && 64 - place_bits % 64 >= cell_bits_) {
    cell_word_ = place_bits / 64;
    cell_shift_ = place_bits % 64;
  }
  words_ = std::max<std::uint32_t>(1, cell_bits_ ? cell_word_ + 1 : (place_bits + 63) / 64);

  const std::size_t t_count = net.transitions.size();
  masks_.assign(t_count * 4 * words_, 0);
  for (TransitionIndex t = 0; t < t_count; ++t) {
    const semantics::Transition& tr = net.transitions[t];
    auto fill = [&](int which, const std::vector<PlaceIndex>& places, Word bits) {
      Word* m = &masks_[(std::size_t(t) * 4 + which) * words_];
      for (PlaceIndex p : places) m[p / 32] |= bits << (2 * (p % 32));
    };
    fill(0, tr.consume, 1);
    fill(1, tr.inhibit, 3);
    fill(2, tr.reset, 3);
    fill(3, tr.produce, 1);
    if (widened_.empty()) continue;
    std::vector<PlaceIndex> flags;  // a reset widened place is exact (empty) again
    for (PlaceIndex p : tr.reset)
      if (flag_field_[p] != none) flags.push_back(flag_field_[p]);
    fill(2, flags, 3);
  }
  if (!widened_.empty()) {
    widened_consume_.resize(t_count);
    widened_produce_.resize(t_count);
    fire_masks_.assign(t_count * 2 * words_, 0);
    for (TransitionIndex t = 0; t < t_count; ++t) {
      const semantics::Transition& tr = net.transitions[t];
      auto split = [&](const std::vector<PlaceIndex>& places, std::vector<PlaceIndex>& wide,
                       int which) {
        Word* m = &fire_masks_[(std::size_t(t) * 2 + which) * words_];
        for (PlaceIndex p : places) {
          if (flag_field_[p] != none)
            wide.push_back(p);
          else
            m[p / 32] |= Word(1) << (2 * (p % 32));
        }
      };
      split(tr.consume, widened_consume_[t], 0);
      split(tr.produce, widened_produce_[t], 1);
    }
  }
  keyed_.resize(net.places.size());
  for (TransitionIndex t = 0; t < t_count; ++t) {
    if (net.transitions[t].consume.empty())
      unkeyed_.push_back(t);
    else
      keyed_[net.transitions[t].consume.front()].push_back(t);
  }
  require_any_.resize(t_count);
  for (TransitionIndex t = 0; t < t_count; ++t)
    if (!net.transitions[t].require_any.empty())
      require_any_[t] = mask_of(net.transitions[t].require_any);
  flow_mask_.assign(words_, 0);
  ended_mask_.assign(words_, 0);
  must_be_empty_mask_.assign(words_, 0);
  silent_mask_.assign(words_, 0);
  for (PlaceIndex p = 0; p < net.places.size(); ++p) {
    const semantics::PlaceKind kind = net.places[p].kind;
    if (kind == semantics::PlaceKind::flow) set_field(flow_mask_, p, 1);
    if (kind == semantics::PlaceKind::ended) {
      set_field(ended_mask_, p, 1);
      set_field(silent_mask_, p, 1);
    }
    if (net.places[p].must_be_empty_at_end) set_field(must_be_empty_mask_, p, 1);
    if (semantics::starts_independent_instances(net, p)) set_field(silent_mask_, p, 1);
    if (semantics::is_marker(kind)) {
      set_field(silent_mask_, p, 1);
      has_markers_ = true;
    }
  }
  for (const semantics::OrJoin& j : net.or_joins) {
    join_inputs_.push_back(mask_of(j.inputs));
    std::vector<JoinSource> sources;
    for (const semantics::OrJoin::Source& source : j.sources) {
      std::vector<PlaceIndex> reached;
      for (std::uint32_t i : source.reaches) reached.push_back(j.inputs[i]);
      sources.push_back({source.place, mask_of(reached)});
    }
    join_sources_.push_back(std::move(sources));
  }

  for (const semantics::InstanceGroup& g : net.instance_groups) {
    Group group;
    for (const auto& busy : g.busy) group.busy.push_back(mask_of(busy));
    group.triggers = mask_of(g.triggers);
    for (const auto& copy : g.places) {
      std::vector<BitRun> runs;
      for (std::size_t i = 0; i < copy.size(); ++i) {
        if (i > 0 && copy[i] == copy[i - 1] + 1) {
          runs.back().bits += 2;
          continue;
        }
        runs.push_back({2 * copy[i], std::uint32_t(2 * i), 2});
      }
      group.runs.push_back(std::move(runs));
      group.row_words = std::uint32_t((2 * copy.size() + 63) / 64);
    }
    symmetric_ = symmetric_ || g.places.size() > 1;
    groups_.push_back(std::move(group));
  }

  // Is the place graph acyclic? (Kahn's algorithm over place -> place edges.) Then so is the
  // state graph up to the order of copies: the copies of a group are isomorphic and meet only
  // in shared places, so a cycle through copies permuted would be a cycle through one copy.)
  const std::size_t n = net.places.size();
  std::vector<std::vector<PlaceIndex>> next(n);
  std::vector<std::uint32_t> indegree(n, 0);
  for (const semantics::Transition& tr : net.transitions) {
    std::vector<PlaceIndex> from = tr.consume;
    if (tr.or_join != none)
      from.insert(from.end(), net.or_joins[tr.or_join].inputs.begin(),
                  net.or_joins[tr.or_join].inputs.end());
    for (PlaceIndex a : from)
      for (PlaceIndex b : tr.produce) {
        next[a].push_back(b);
        ++indegree[b];
      }
  }
  std::vector<PlaceIndex> ready;
  for (PlaceIndex p = 0; p < n; ++p)
    if (indegree[p] == 0) ready.push_back(p);
  std::size_t removed = 0;
  while (!ready.empty()) {
    const PlaceIndex p = ready.back();
    ready.pop_back();
    ++removed;
    for (PlaceIndex q : next[p])
      if (--indegree[q] == 0) ready.push_back(q);
  }
  acyclic_ = removed == n;
}

bool CompiledNet::tokens_enable(const Word* s, TransitionIndex t) const {
  const Word* pre = mask(t, 0);
  const Word* inh = mask(t, 1);
  for (std::uint32_t w = 0; w < words_; ++w) {
    const Word occupied = (s[w] | (s[w] >> 1)) & low_bits;
    if ((occupied & pre[w]) != pre[w] || (s[w] & inh[w]) != 0) return false;
  }
  if (!require_any_[t].empty() && !any_marked(s, require_any_[t])) return false;
  const std::uint32_t j = net_->transitions[t].or_join;
  if (j == none) return true;
  if (!any_marked(s, join_inputs_[j])) return false;
  for (const JoinSource& source : join_sources_[j])
    if (marked(s, source.place) && !any_marked(s, source.reaches)) return false;
  return true;
}

void CompiledNet::enabled_transitions(const Word* s, std::vector<TransitionIndex>& out) const {
  out.clear();
  const std::size_t places = keyed_.size();
  for (std::uint32_t w = 0; w < words_ && std::size_t(w) * 32 < places; ++w) {
    Word occupied = (s[w] | (s[w] >> 1)) & low_bits;
    while (occupied != 0) {
      const PlaceIndex p = static_cast<PlaceIndex>(w * 32 + std::countr_zero(occupied) / 2);
      occupied &= occupied - 1;
      if (p >= places) break;  // flags and the data cell follow the places
      for (TransitionIndex t : keyed_[p])
        if (enabled(s, t)) out.push_back(t);
    }
  }
  for (TransitionIndex t : unkeyed_)
    if (enabled(s, t)) out.push_back(t);
  std::sort(out.begin(), out.end());
}

bool CompiledNet::guard_holds(const Word* s, TransitionIndex t) const {
  const auto& guard = net_->transitions[t].guard;
  if (guard.empty()) return true;
  const std::uint32_t c = cell(s);
  for (const semantics::Literal& l : guard)
    if (cells_->holds(c, l.atom) != l.value) return false;
  return true;
}

bool CompiledNet::any_marked(const Word* s, const std::vector<Word>& m) const {
  for (std::uint32_t w = 0; w < words_; ++w)
    if (((s[w] | (s[w] >> 1)) & low_bits & m[w]) != 0) return true;
  return false;
}

bool CompiledNet::uncertain_step(const Word* s, TransitionIndex t) const {
  if (widened_consume_.empty()) return false;
  for (PlaceIndex p : widened_consume_[t])
    if (unbounded(s, p) && count(s, p) == 1) return true;
  return false;
}

void CompiledNet::set_field_value(Word* s, PlaceIndex p, std::uint32_t value) const {
  auto put = [&](PlaceIndex f, std::uint32_t v) {
    const Word field = Word(3) << (2 * (f % 32));
    s[f / 32] = (s[f / 32] & ~field) | (Word(v & 3u) << (2 * (f % 32)));
  };
  put(p, value);
  if (!flag_field_.empty() && flag_field_[p] != none) put(flag_field_[p], value >> 2);
}

void CompiledNet::fire_widened(TransitionIndex t, Word* out) const {
  for (PlaceIndex p : widened_consume_[t]) {
    const std::uint32_t c = count(out, p);  // marked: the step is enabled
    const bool wide = unbounded(out, p);
    set_field_value(out, p, (wide ? 4u : 0u) | (wide && c == 1 ? 1u : c - 1));
  }
  for (PlaceIndex p : widened_produce_[t]) {
    const std::uint32_t c = count(out, p);
    set_field_value(out, p, unbounded(out, p) || c == 3 ? 4u | std::min(c + 1, 3u) : c + 1);
  }
}

bool CompiledNet::fire(const Word* s, TransitionIndex t, Word* out,
                       PlaceIndex& saturated_place) const {
  const bool wide =
      !widened_consume_.empty() && (!widened_consume_[t].empty() || !widened_produce_[t].empty());
  const Word* pre = wide ? &fire_masks_[std::size_t(t) * 2 * words_] : mask(t, 0);
  const Word* rst = mask(t, 2);
  const Word* post = wide ? &fire_masks_[(std::size_t(t) * 2 + 1) * words_] : mask(t, 3);
  const std::uint32_t j = net_->transitions[t].or_join;
  bool ok = true;
  for (std::uint32_t w = 0; w < words_; ++w) {
    Word consume = pre[w];
    if (j != none) {
      const Word occupied = (s[w] | (s[w] >> 1)) & low_bits;
      consume |= occupied & join_inputs_[j][w];
    }
    Word v = (s[w] - consume) & ~rst[w];  // a marked field minus one never borrows
    const Word full = v & (v >> 1) & low_bits & post[w];
    const Word overflow = full & ~silent_mask_[w];
    if (overflow != 0) {
      ok = false;
      saturated_place = static_cast<PlaceIndex>(w * 32 + std::countr_zero(overflow) / 2);
    }
    out[w] = v + (post[w] & ~full);
  }
  if (wide) fire_widened(t, out);
  return ok;
}

PlaceIndex CompiledNet::doubled(const Word* s, const std::vector<Word>& mask) const {
  for (std::uint32_t w = 0; w < words_; ++w) {
    const Word two = (s[w] >> 1) & low_bits & mask[w];
    if (two != 0) return static_cast<PlaceIndex>(w * 32 + std::countr_zero(two) / 2);
  }
  return none;
}

// Copies are ordered by their rows (the counts of their aligned places, packed), compared word
// by word: any fixed total order makes one representative per set of permuted states. Message
// channels are shared, never a copy's, so widened flags never move.
void CompiledNet::sort_copies(Word* s, std::vector<std::vector<std::uint32_t>>* orders) const {
  thread_local std::vector<Word> rows;
  thread_local std::vector<std::uint32_t> order;
  if (orders != nullptr) orders->assign(groups_.size(), {});
  for (std::size_t gi = 0; gi < groups_.size(); ++gi) {
    const Group& g = groups_[gi];
    const std::size_t copies = g.runs.size();
    if (copies < 2) continue;
    const std::uint32_t width = g.row_words;
    rows.assign(copies * width, 0);
    for (std::size_t c = 0; c < copies; ++c)
      for (const BitRun& r : g.runs[c])
        copy_bits(s, r.state_bit, &rows[c * width], r.row_bit, r.bits);
    order.resize(copies);
    for (std::uint32_t c = 0; c < copies; ++c) order[c] = c;
    auto row = [&](std::uint32_t c) { return rows.begin() + std::ptrdiff_t(c * width); };
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return std::lexicographical_compare(row(a), row(a) + width, row(b), row(b) + width);
    });
    if (orders != nullptr) (*orders)[gi] = order;
    for (std::size_t c = 0; c < copies; ++c) {
      if (order[c] == c) continue;
      for (const BitRun& r : g.runs[c])
        copy_bits(&rows[order[c] * width], r.row_bit, s, r.state_bit, r.bits);
    }
  }
}

std::uint32_t CompiledNet::find_shortage(const Word* s) const {
  for (std::uint32_t g = 0; g < groups_.size(); ++g) {
    if (net_->instance_groups[g].independent || !any_marked(s, groups_[g].triggers)) continue;
    bool all_busy = true;
    for (const auto& busy : groups_[g].busy) all_busy = all_busy && any_marked(s, busy);
    if (all_busy) return g;
  }
  return none;
}

void CompiledNet::initial_state(Word* s) const {
  std::fill(s, s + words_, Word(0));
  for (const auto& [p, n] : net_->initial)
    s[p / 32] += Word(std::min<std::uint32_t>(n, 3)) << (2 * (p % 32));
}

bool CompiledNet::final(const Word* s) const {
  return !any_marked(s, must_be_empty_mask_);
}

}  // namespace seamless::explore::detail
