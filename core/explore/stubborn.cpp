// Stubborn-set computation (stubborn.hpp).
#include "stubborn.hpp"

#include <algorithm>

namespace seamless::explore::detail {

using semantics::none;
using semantics::PlaceIndex;
using semantics::TransitionIndex;

namespace {
void unique_sort(std::vector<TransitionIndex>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}
}  // namespace

StubbornSets::StubbornSets(const CompiledNet& compiled) : net_(compiled) {
  const semantics::Net& net = compiled.net();
  const std::size_t places = net.places.size();
  const std::size_t transitions = net.transitions.size();
  producers_.resize(places);
  consumers_.resize(places);
  resetters_.resize(places);
  inhibitors_.resize(places);
  watchers_.resize(places);
  violation_enablers_.resize(places);
  for (TransitionIndex t = 0; t < transitions; ++t) {
    const semantics::Transition& tr = net.transitions[t];
    for (PlaceIndex p : tr.produce) producers_[p].push_back(t);
    for (PlaceIndex p : tr.consume) consumers_[p].push_back(t);
    for (PlaceIndex p : tr.reset) resetters_[p].push_back(t);
    for (PlaceIndex p : tr.inhibit) inhibitors_[p].push_back(t);
    if (tr.or_join != none) {
      const semantics::OrJoin& j = net.or_joins[tr.or_join];
      for (PlaceIndex p : j.inputs) {
        consumers_[p].push_back(t);
        watchers_[p].push_back(t);
      }
      for (const auto& source : j.sources) watchers_[source.place].push_back(t);
    }
    for (PlaceIndex p : tr.require_any) watchers_[p].push_back(t);
    if (tr.setter != none) setters_.push_back(t);
    if (!tr.guard.empty()) guarded_.push_back(t);
  }
  for (auto* lists : {&producers_, &consumers_, &resetters_, &inhibitors_, &watchers_})
    for (auto& l : *lists) unique_sort(l);
  // Virtual violation detectors: two tokens on a flow, or on an `ended` place (an end event
  // reached twice in one activation), enabled by the place's producers.
  for (PlaceIndex p = 0; p < places; ++p)
    if (net.places[p].kind == semantics::PlaceKind::flow ||
        net.places[p].kind == semantics::PlaceKind::ended)
      violation_enablers_[p] = producers_[p];
  // An end event reached twice needs two firings of its end transitions, whichever tokens they
  // take: they are in every stubborn set as disabled members (Valmari's rule for reaching a
  // transition), so the reduction never postpones the second arrival for good.
  for (PlaceIndex p = 0; p < places; ++p)
    if (net.places[p].kind == semantics::PlaceKind::ended)
      ended_producers_.insert(ended_producers_.end(), producers_[p].begin(), producers_[p].end());
  unique_sort(ended_producers_);
  mark_.assign(transitions, 0);
  enabled_at_.assign(transitions, 0);
}

void StubbornSets::add(TransitionIndex t) {
  if (mark_[t] == generation_) return;
  mark_[t] = generation_;
  members_.push_back(t);
  work_.push_back(t);
  if (enabled_at_[t] == state_) ++enabled_members_;
}

void StubbornSets::begin_set() {
  if (generation_ == UINT32_MAX) {
    std::fill(mark_.begin(), mark_.end(), 0);
    generation_ = 0;
  }
  ++generation_;
  work_.clear();
  members_.clear();
  enabled_members_ = 0;
}

void StubbornSets::necessary_enabling(const Word* s, TransitionIndex t) {
  const semantics::Net& net = net_.net();
  const semantics::Transition& tr = net.transitions[t];
  // An empty consumed place: prefer one whose producers are already members.
  PlaceIndex best = none;
  std::size_t best_new = SIZE_MAX;
  for (PlaceIndex p : tr.consume) {
    if (net_.marked(s, p)) continue;
    std::size_t fresh = 0;
    for (TransitionIndex u : producers_[p]) fresh += mark_[u] != generation_;
    if (fresh < best_new) {
      best_new = fresh;
      best = p;
    }
  }
  if (best != none) {
    add_all(producers_[best]);
    return;
  }
  for (PlaceIndex p : tr.inhibit)
    if (net_.marked(s, p)) {
      add_all(consumers_[p]);
      add_all(resetters_[p]);
      return;
    }
  if (!tr.require_any.empty() && std::none_of(tr.require_any.begin(), tr.require_any.end(),
                                              [&](PlaceIndex p) { return net_.marked(s, p); })) {
    for (PlaceIndex p : tr.require_any) add_all(producers_[p]);
    return;
  }
  if (tr.or_join != none) {
    const semantics::OrJoin& j = net.or_joins[tr.or_join];
    PlaceIndex blocker = none;
    if (!semantics::or_join_enabled(
            j, [&](PlaceIndex p) { return net_.marked(s, p); }, &blocker)) {
      if (blocker == none) {  // no input marked
        for (PlaceIndex p : j.inputs) add_all(producers_[p]);
        return;
      }
      // The blocking token must move on, or an input it reaches must get a token.
      add_all(consumers_[blocker]);
      add_all(resetters_[blocker]);
      for (const auto& source : j.sources)
        if (source.place == blocker)
          for (std::uint32_t i : source.reaches) add_all(producers_[j.inputs[i]]);
      return;
    }
  }
  // Only the guard is false: the data must change first.
  add_all(setters_);
}

void StubbornSets::close(const Word* s, std::size_t limit) {
  const semantics::Net& net = net_.net();
  while (!work_.empty() && enabled_members_ < limit) {
    const TransitionIndex u = work_.back();
    work_.pop_back();
    if (enabled_at_[u] != state_) {
      necessary_enabling(s, u);
      continue;
    }
    const semantics::Transition& tr = net.transitions[u];
    for (PlaceIndex p : tr.consume) {
      add_all(consumers_[p]);
      add_all(resetters_[p]);
      add_all(watchers_[p]);
      add_all(violation_enablers_[p]);
    }
    for (PlaceIndex p : tr.inhibit) add_all(producers_[p]);
    for (PlaceIndex p : tr.produce) {
      add_all(inhibitors_[p]);
      add_all(watchers_[p]);
    }
    for (PlaceIndex p : tr.reset) {
      add_all(consumers_[p]);
      add_all(producers_[p]);
      add_all(watchers_[p]);
      add_all(violation_enablers_[p]);
    }
    if (tr.or_join != none) {
      const semantics::OrJoin& j = net.or_joins[tr.or_join];
      for (PlaceIndex p : j.inputs) {
        add_all(producers_[p]);
        add_all(violation_enablers_[p]);
      }
      for (const auto& source : j.sources) {
        add_all(producers_[source.place]);
        add_all(consumers_[source.place]);
      }
    }
    for (PlaceIndex p : tr.require_any) {
      add_all(consumers_[p]);
      add_all(resetters_[p]);
    }
    if (!tr.guard.empty()) add_all(setters_);
    if (tr.setter != none) {
      add_all(guarded_);
      add_all(setters_);
    }
  }
}

void StubbornSets::reduce(const Word* s, const std::vector<TransitionIndex>& enabled,
                          std::vector<TransitionIndex>& out) {
  out = enabled;
  if (enabled.size() <= 1) return;
  if (state_ == UINT32_MAX) {
    std::fill(enabled_at_.begin(), enabled_at_.end(), 0);
    state_ = 0;
  }
  ++state_;
  for (TransitionIndex t : enabled) enabled_at_[t] = state_;
  std::vector<TransitionIndex> chosen;
  const auto choose_members = [&] {
    chosen.clear();
    for (TransitionIndex t : members_)
      if (enabled_at_[t] == state_) chosen.push_back(t);
  };
  // The core every set holds (the end transitions and what they need), closed once per state.
  begin_set();
  add_all(ended_producers_);
  close(s, SIZE_MAX);
  core_ = members_;
  if (enabled_members_ > 0) {
    // The core is itself a stubborn set, and every other one contains it.
    choose_members();
  } else {
    std::size_t best = enabled.size();
    for (TransitionIndex seed : enabled) {
      begin_set();
      for (TransitionIndex t : core_) mark_[t] = generation_;
      members_ = core_;
      add(seed);
      close(s, best);
      if (enabled_members_ >= best) continue;
      best = enabled_members_;
      choose_members();
      if (best == 1) break;
    }
  }
  if (chosen.empty()) return;
  std::sort(chosen.begin(), chosen.end());
  out = std::move(chosen);
}

}  // namespace seamless::explore::detail
